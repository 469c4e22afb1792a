package org.wfed.rights.dto;

/** How a case ended (结果). */
public enum Outcome {
    RECONCILED("调解和好"), DIVORCED("和平离婚"), REFERRED("转介"), LEGAL_AID("法律援助"), LITIGATION("诉讼"), WITHDRAWN("撤回"), OTHER("其他");

    private final String labelZh;

    Outcome(String labelZh) {
        this.labelZh = labelZh;
    }

    public String labelZh() { return labelZh; }
}
