package org.wfed.core.dto;

/** Seats on a federation's leadership. */
public enum Position {
    /** 主席 */
    CHAIR("主席", "Chair"),
    /** 副主席 */
    VICE_CHAIR("副主席", "Vice-chair"),
    /** 常委 */
    STANDING("常委", "Standing member"),
    /** 执委 */
    EXECUTIVE("执委", "Executive member");

    private final String labelZh;
    private final String labelEn;

    Position(String labelZh, String labelEn) {
        this.labelZh = labelZh;
        this.labelEn = labelEn;
    }

    public String labelZh() { return labelZh; }
    public String labelEn() { return labelEn; }
}
