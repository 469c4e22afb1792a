package org.wfed.activities.dto;

/** Who a contest honours: a family (家庭), a person (个人, e.g. 三八红旗手) or a unit/collective (集体, e.g. 巾帼文明岗). */
public enum NomineeKind {
    FAMILY("家庭"), PERSON("个人"), UNIT("集体");

    private final String labelZh;

    NomineeKind(String labelZh) {
        this.labelZh = labelZh;
    }

    public String labelZh() { return labelZh; }
}
