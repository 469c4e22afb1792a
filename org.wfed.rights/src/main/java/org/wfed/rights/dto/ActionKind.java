package org.wfed.rights.dto;

/** One step of a case's timeline. */
public enum ActionKind {
    CONTACT("联系"), VISIT("走访"), MEDIATION("调解"), REFERRAL("转介"), LEGAL_AID("法律援助"), SHELTER("临时庇护"), OTHER("其他");

    private final String labelZh;

    ActionKind(String labelZh) {
        this.labelZh = labelZh;
    }

    public String labelZh() { return labelZh; }
}
