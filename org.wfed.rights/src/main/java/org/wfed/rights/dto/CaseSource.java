package org.wfed.rights.dto;

/** How a case came in (来源): a visit, a letter, the 12338 hotline, a referral, or a station. */
public enum CaseSource {
    VISIT("来访"), LETTER("来信"), HOTLINE("12338热线"), REFERRAL("转介"), STATION("维权站（调解室）");

    private final String labelZh;

    CaseSource(String labelZh) {
        this.labelZh = labelZh;
    }

    public String labelZh() { return labelZh; }
}
