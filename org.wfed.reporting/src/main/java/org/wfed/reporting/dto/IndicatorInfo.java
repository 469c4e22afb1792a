package org.wfed.reporting.dto;

import java.util.List;

/**
 * An indicator some present bundle contributes. {@code ratio} marks a derived figure (a rate, an average, a
 * change: never summed) and {@code ratioOf} names its numerator and denominator; {@code measure} says what
 * the number counts (PEOPLE, PERSON_TIMES, HOUSEHOLDS, EVENTS, COUNT, MONEY in yuan, QUANTITY, RATE, AVERAGE);
 * {@code reach} is the default of a summary (OWN or SUBTREE); {@code dimension} its breakdown, or null.
 */
public record IndicatorInfo(String id, String nameZh, String nameEn, String unitZh, String section, int order,
                            boolean ratio, List<String> ratioOf, String measure, String reach, DimensionInfo dimension) {

    /** The indicator as API 1.0 described it: whole numbers, no breakdown, the subtree. */
    public IndicatorInfo(String id, String nameZh, String nameEn, String unitZh, String section, int order,
                         boolean ratio, List<String> ratioOf) {
        this(id, nameZh, nameEn, unitZh, section, order, ratio, ratioOf, ratio ? "RATE" : "COUNT", "SUBTREE", null);
    }
}
