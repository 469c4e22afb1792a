package org.wfed.rights.dto;

/** What a case is about (类别). */
public enum CaseKind {
    MARITAL_DISPUTE("婚姻家庭纠纷"), DOMESTIC_VIOLENCE("家庭暴力"), RIGHTS_INFRINGEMENT("权益侵害"), LEGAL_CONSULTATION("法律咨询");

    private final String labelZh;

    CaseKind(String labelZh) {
        this.labelZh = labelZh;
    }

    public String labelZh() { return labelZh; }
}
