package org.wfed.elections.dto;

import java.math.BigDecimal;

/**
 * One position of a previous term's committee as entered (上届班子构成): how many held it, their average age, and how
 * many of them were under 35, had 大专及以上 education, a postgraduate degree, were party members, sat on the 两委.
 * A figure not known is null. {@code EXECUTIVE} is the whole committee (chairs and vice-chairs included).
 */
public record PreviousGroup(PositionKind position, Integer members, BigDecimal averageAge, Integer under35, Integer college,
                            Integer postgraduate, Integer partyMembers, Integer inTwoCommittees) {
}
