package org.wfed.aid.dto;

/** How aid reaches the beneficiary: bank transfer 打卡, cash 现金, goods 实物, paid to an insurer 投保. */
public enum PayChannel {
    BANK("银行转账"), CASH("现金"), GOODS("实物"), INSURER("投保");

    private final String labelZh;

    PayChannel(String labelZh) {
        this.labelZh = labelZh;
    }

    /** The Chinese word lists and exports show. */
    public String labelZh() {
        return labelZh;
    }
}
