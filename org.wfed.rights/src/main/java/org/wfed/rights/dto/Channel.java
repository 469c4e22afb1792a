package org.wfed.rights.dto;

/** How a consultation reached the federation (渠道). */
public enum Channel {
    HOTLINE("12338热线"), VISIT("来访咨询"), LEGAL_SERVICE("法律服务活动"), ONLINE("网络咨询");

    private final String labelZh;

    Channel(String labelZh) {
        this.labelZh = labelZh;
    }

    public String labelZh() { return labelZh; }
}
