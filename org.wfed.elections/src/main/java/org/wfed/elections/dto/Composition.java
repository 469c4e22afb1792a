package org.wfed.elections.dto;

import java.util.Map;

/**
 * Composition of one group (e.g. the new chairs): how many, average age, under 35, 大专及以上,
 * party members, in the 两委, and by sector.
 */
public record Composition(String group, String groupZh, int count, Double averageAge, int under35, int college,
                          int partyMembers, int inTwoCommittees, Map<String, Integer> sectors) {
}
