package org.wfed.aid.internal.rules;

/** An earlier application of the same person (not rejected): which programme, which year. */
public record PastAid(String programmeCode, String programmeName, int year) {
}
