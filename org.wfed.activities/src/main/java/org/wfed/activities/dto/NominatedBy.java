package org.wfed.activities.dto;

/** How a nominee was put forward: 自荐, 他人推荐, 组织推荐. */
public enum NominatedBy {
    SELF("自荐"), OTHERS("他人推荐"), ORGANISATION("组织推荐");

    private final String labelZh;

    NominatedBy(String labelZh) {
        this.labelZh = labelZh;
    }

    public String labelZh() { return labelZh; }
}
