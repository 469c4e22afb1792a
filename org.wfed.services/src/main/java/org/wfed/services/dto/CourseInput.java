package org.wfed.services.dto;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.wfed.core.Validation;

/** A course as entered; {@code kind} one of {@link #KINDS} (家政、手工、电商、育婴、其他). */
public record CourseInput(long unitId, String name, String kind, LocalDate startOn, LocalDate endOn, BigDecimal hours,
                          String provider, String certificate, Integer version) {
    /** The kinds of course, code → name. */
    public static final Map<String, String> KINDS = kinds();

    public CourseInput {
        kind = kind == null || kind.isBlank() ? "OTHER" : kind.trim();
        hours = hours == null ? BigDecimal.ZERO : hours;
        new Validation().positive("unitId", unitId).text("name", name, 200, true)
                .rule(KINDS.containsKey(kind), "kind", "UNKNOWN_KIND", "培训类别应为家政、手工、电商、育婴或其他")
                .required("startOn", startOn).notInFuture("startOn", startOn).required("endOn", endOn)
                .rule(startOn == null || endOn == null || !endOn.isBefore(startOn), "endOn", "BEFORE_START", "结束日期不能早于开始日期")
                .rule(hours.signum() >= 0 && hours.compareTo(BigDecimal.valueOf(10_000)) < 0
                        && hours.stripTrailingZeros().scale() <= 1, "hours", "OUT_OF_RANGE", "学时应在0到10000之间，最多一位小数")
                .text("provider", provider, 200, false).text("certificate", certificate, 200, false).check();
    }

    private static Map<String, String> kinds() {
        Map<String, String> k = new LinkedHashMap<>();
        k.put("HOUSEKEEPING", "家政");
        k.put("HANDICRAFT", "手工");
        k.put("ECOMMERCE", "电商");
        k.put("CHILDCARE", "育婴");
        k.put("OTHER", "其他");
        return java.util.Collections.unmodifiableMap(k);
    }
}
