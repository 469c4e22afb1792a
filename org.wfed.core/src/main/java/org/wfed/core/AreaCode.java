package org.wfed.core;

/**
 * A 12-digit statistical area code (统计用区划代码): province 2, city 2, county 2, township 3,
 * village 3. Township 001–099 is a street (街道), 100–199 a town (镇), 200–399 a township (乡);
 * village 001–199 a residents' committee (社区), 200–399 a villagers' committee (村).
 */
public record AreaCode(String value) {

    public AreaCode {
        if (value == null || !value.matches("\\d{12}")) {
            throw invalid("应为12位数字");
        }
        if (value.startsWith("00") || value.substring(2, 4).equals("00") && !value.substring(4).matches("0+")) {
            throw invalid("省、市代码不能为00");
        }
    }

    private static WfedException invalid(String why) {
        return new WfedException(400, "INVALID_AREA_CODE", "统计用区划代码无效：" + why, "Invalid area code",
                java.util.List.of(new FieldError("areaCode", "INVALID_AREA_CODE", why)));
    }

    public int township() { return Integer.parseInt(value.substring(6, 9)); }

    public int village() { return Integer.parseInt(value.substring(9, 12)); }

    /** The administrative level the code names. */
    public String level() {
        if (value.substring(6).equals("000000")) {
            return "COUNTY";
        }
        return value.substring(9).equals("000") ? "TOWNSHIP" : "VILLAGE";
    }

    public boolean isStreet() { return township() >= 1 && township() <= 99; }

    public boolean isResidents() { return village() >= 1 && village() <= 199; }

    /** Whether this code lies under the other (same prefix at the other's level). */
    public boolean isUnder(AreaCode parent) {
        String p = parent.value.replaceAll("0+$", "");
        return !value.equals(parent.value) && value.startsWith(p);
    }
}
