package org.wfed.aid.dto;

/** The two cancers of 两癌: cervical 宫颈癌 and breast 乳腺癌. */
public enum CancerSite { CERVICAL, BREAST }
