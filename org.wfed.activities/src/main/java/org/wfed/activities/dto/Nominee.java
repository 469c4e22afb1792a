package org.wfed.activities.dto;

import java.util.List;

/**
 * A nominee of a contest: a family (household name and members), a person or a unit. {@code sourceNomineeId}
 * is the lower-level record it was recommended from; {@code originUnitId} the unit it comes from.
 */
public record Nominee(long id, long contestId, NomineeKind kind, String name, Long personId, List<Member> members,
                      long originUnitId, String story, NominatedBy nominatedBy, String nominator,
                      NomineeStatus status, String statusZh, String eligibilityNote, int votes, String certificateNo,
                      HonourLevel honourLevel, Long sourceNomineeId, int version) {
    public Nominee {
        members = List.copyOf(members);
    }
}
