package org.wfed.rights.dto;

/** Where a protection-order application stands; a warning letter is ISSUED when recorded. */
public enum OrderStatus {
    APPLIED("已申请"), GRANTED("已签发"), REFUSED("已驳回"), WITHDRAWN("已撤回"), ISSUED("已出具");

    private final String labelZh;

    OrderStatus(String labelZh) {
        this.labelZh = labelZh;
    }

    public String labelZh() { return labelZh; }
}
