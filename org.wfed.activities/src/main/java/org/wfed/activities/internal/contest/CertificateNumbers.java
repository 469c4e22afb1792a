package org.wfed.activities.internal.contest;

import java.util.regex.Pattern;

/**
 * Certificate numbers people read (证书编号), e.g. {@code 东湖〔2026〕最美家庭第001号}: a pattern with {@code {unit}}
 * (the unit's short name: without 妇联 and a trailing 街道/社区/乡/镇/村), {@code {year}}, {@code {type}} (the
 * contest type's name) and {@code {seq}} (three digits). Setting {@code wfed.certificateNumberPattern} /
 * {@code WFED_CERTIFICATE_NUMBER_PATTERN}; no internal codes or ids.
 */
final class CertificateNumbers {
    static final String SETTING = "certificateNumberPattern";
    static final String DEFAULT_PATTERN = "{unit}〔{year}〕{type}第{seq}号";
    private static final Pattern FEDERATION = Pattern.compile("(妇女联合会|妇联)$");
    private static final Pattern LEVEL = Pattern.compile("(街道|社区|乡|镇|村)$");

    private final String pattern;

    CertificateNumbers(String pattern) {
        if (pattern == null || pattern.isBlank()) {
            pattern = DEFAULT_PATTERN;
        }
        if (!pattern.contains("{seq}")) {
            throw new IllegalArgumentException("wfed." + SETTING + " must contain {seq}: " + pattern);
        }
        this.pattern = pattern.trim();
    }

    String number(String unitName, int year, String typeName, int seq) {
        return pattern.replace("{unit}", shortName(unitName)).replace("{year}", String.valueOf(year))
                .replace("{type}", typeName).replace("{seq}", String.format("%03d", seq));
    }

    /** 东湖街道妇联 → 东湖; 评选社区 → 评选; a name that would become empty stays whole. */
    static String shortName(String unitName) {
        String s = FEDERATION.matcher(unitName.trim()).replaceFirst("");
        String shorter = LEVEL.matcher(s).replaceFirst("");
        return shorter.isEmpty() ? (s.isEmpty() ? unitName.trim() : s) : shorter;
    }
}
