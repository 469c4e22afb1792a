package org.wfed.rights.internal;

import java.util.HashMap;
import java.util.Map;
import org.wfed.core.OrgService;

/** Unit names of one answer, each read once. */
public final class Units {
    private final OrgService orgs;
    private final Map<Long, String> names = new HashMap<>();

    public Units(OrgService orgs) {
        this.orgs = orgs;
    }

    public String name(long unitId) {
        return names.computeIfAbsent(unitId, id -> orgs.get(id).name());
    }
}
