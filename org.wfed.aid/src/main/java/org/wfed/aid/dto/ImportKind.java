package org.wfed.aid.dto;

/** What an import file holds: a beneficiary roster (花名册) or 两癌 screening results (筛查结果) of a campaign. */
public enum ImportKind { ROSTER, SCREENING }
