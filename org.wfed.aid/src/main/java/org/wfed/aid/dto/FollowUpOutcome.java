package org.wfed.aid.dto;

/** How a follow-up ended: 排除 cleared, 癌前病变 pre-cancer, 确诊癌症 cancer (with stage). */
public enum FollowUpOutcome { CLEARED, PRECANCER, CANCER }
