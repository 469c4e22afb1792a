package org.wfed.aid.dto;

/** A woman on a campaign's invitation list; low-income women first. */
public record Invitation(long personId, String name, long unitId, int age, boolean lowIncome, boolean screened) {
}
