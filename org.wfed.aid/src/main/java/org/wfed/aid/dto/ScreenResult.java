package org.wfed.aid.dto;

/** A screening finding: 未见异常 or 异常 (needs follow-up). */
public enum ScreenResult { NORMAL, ABNORMAL }
