package org.wfed.core.extension;

import java.util.List;
import java.util.Map;

/**
 * The demo district core created: its id, streets, communities per street, and people per community
 * (women first), so providers can attach their records.
 */
public record DemoDistrict(long districtId, List<Long> streets, Map<Long, List<Long>> communitiesByStreet,
                           Map<Long, List<Long>> peopleByCommunity) {
    public DemoDistrict {
        streets = List.copyOf(streets);
        communitiesByStreet = Map.copyOf(communitiesByStreet);
        peopleByCommunity = Map.copyOf(peopleByCommunity);
    }

    public List<Long> communities() {
        return streets.stream().flatMap(s -> communitiesByStreet.getOrDefault(s, List.of()).stream()).toList();
    }
}
