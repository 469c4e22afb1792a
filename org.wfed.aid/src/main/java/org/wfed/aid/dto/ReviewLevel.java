package org.wfed.aid.dto;

/** A level of the review chain (审核层级): the applicant's community or village, its street or town, the district. */
public enum ReviewLevel {
    COMMUNITY("社区/村"), STREET("街道/乡镇"), DISTRICT("区县");

    private final String labelZh;

    ReviewLevel(String labelZh) {
        this.labelZh = labelZh;
    }

    public String labelZh() { return labelZh; }
}
