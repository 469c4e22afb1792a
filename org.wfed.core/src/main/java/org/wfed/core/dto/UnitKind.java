package org.wfed.core.dto;

/** Kinds of federation unit, top to bottom, plus grassroots organisations outside the territory. */
public enum UnitKind {
    /** 市妇联: the top of a city-wide deployment, above its districts. */
    CITY("市妇联", "City"),
    /** 区/县妇联 */
    DISTRICT("区县妇联", "District"),
    /** 街道妇联 (also 办事处) */
    STREET("街道妇联", "Street"),
    /** 乡镇妇联 */
    TOWN("乡镇妇联", "Town"),
    /** 社区妇联 */
    COMMUNITY("社区妇联", "Community"),
    /** 村妇联 */
    VILLAGE("村妇联", "Village"),
    /** 机关事业单位、工业园区、商务楼宇、市场、社会组织等基层妇女组织 */
    GRASSROOTS_ORG("基层妇女组织", "Grassroots organisation");

    private final String labelZh;
    private final String labelEn;

    UnitKind(String labelZh, String labelEn) {
        this.labelZh = labelZh;
        this.labelEn = labelEn;
    }

    public String labelZh() { return labelZh; }
    public String labelEn() { return labelEn; }

    /** Community and village federations: the level where elections go with the 两委. */
    public boolean isGrassroots() {
        return this == COMMUNITY || this == VILLAGE || this == GRASSROOTS_ORG;
    }
}
