package org.wfed.aid.dto;

/** How aid reaches the beneficiary: bank transfer 打卡, cash 现金, goods 实物, paid to an insurer 投保. */
public enum PayChannel { BANK, CASH, GOODS, INSURER }
