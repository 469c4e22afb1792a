package org.wfed.rights.dto;

/** A party's part in a case. */
public enum PartyRole {
    APPLICANT("求助人"), RESPONDENT("对方当事人"), CHILD("未成年子女"), OTHER("其他");

    private final String labelZh;

    PartyRole(String labelZh) {
        this.labelZh = labelZh;
    }

    public String labelZh() { return labelZh; }
}
