package org.wfed.aid.dto;

/** What a programme gives: cash 现金, goods 物资, a service 服务, or insurance bought 保险. */
public enum ProgrammeKind { CASH, GOODS, SERVICE, INSURANCE }
