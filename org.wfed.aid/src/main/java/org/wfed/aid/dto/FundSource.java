package org.wfed.aid.dto;

/** Where the money comes from: 彩票公益金, 财政预算, 社会捐赠, other. */
public enum FundSource { LOTTERY, BUDGET, DONATION, OTHER }
