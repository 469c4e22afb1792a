package org.wfed.aid.dto;

/**
 * Where an application stands: 审核中 → 已批准 → 公示中 (when required) → 已发放 → 已签收, or 未通过.
 */
public enum ApplicationStatus {
    REVIEWING("审核中"), REJECTED("未通过"), APPROVED("已批准"), NOTICE("公示中"), PAID("已发放"), RECEIVED("已签收");

    private final String labelZh;

    ApplicationStatus(String labelZh) {
        this.labelZh = labelZh;
    }

    public String labelZh() { return labelZh; }

    /** Counts as aid given (or about to be) for the "once per person" and "not in the last N years" rules. */
    public boolean blocksRepeat() {
        return this != REJECTED;
    }
}
