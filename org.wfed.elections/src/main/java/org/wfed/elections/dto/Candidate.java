package org.wfed.elections.dto;

/**
 * A candidate with the facts the composition statistics use, and whether she was elected; {@code age} is
 * the age she reaches in the election's year (core's {@code Masks.age}), never her exact age on the day.
 */
public record Candidate(long id, long positionId, long personId, String name, int age, String educationZh,
                        boolean college, boolean partyMember, String sector, boolean inTwoCommittees, boolean fullTime,
                        boolean elected, int votes) {
}
