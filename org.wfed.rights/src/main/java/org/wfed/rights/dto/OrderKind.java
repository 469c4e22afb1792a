package org.wfed.rights.dto;

/** An order for a domestic-violence case: a court's 人身保护令 or a police 告诫书. */
public enum OrderKind {
    PROTECTION_ORDER("人身保护令"), WARNING_LETTER("家庭暴力告诫书");

    private final String labelZh;

    OrderKind(String labelZh) {
        this.labelZh = labelZh;
    }

    public String labelZh() { return labelZh; }
}
