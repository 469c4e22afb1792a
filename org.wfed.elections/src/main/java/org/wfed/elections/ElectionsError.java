package org.wfed.elections;

/**
 * The error codes the elections API answers with (the {@code code} of the error envelope), by
 * kind: 409 for a rule of the election broken by the request, 400 for input that cannot be true.
 */
public enum ElectionsError {
    // 409: the election's state or rules refuse the request
    /** A step out of order or one whose rules are not met; the message lists why. */
    STEP_REFUSED,
    /** Counts of a position entered before or after its time. */
    STEP_ORDER,
    /** Attendance or officials changed after the congress. */
    STEP_PASSED,
    /** Candidates changed after the list was approved or voted on. */
    LIST_CLOSED,
    /** The nominee fails 资格审查; the message says why. */
    NOT_ELIGIBLE,
    /** A candidate named scrutineer or counter. */
    CANDIDATE_AS_OFFICIAL,
    /** Fewer present than the quorum. */
    QUORUM_NOT_MET,
    /** Every seat of the position is filled. */
    SEATS_FILLED,
    /** Nobody left to vote on. */
    NO_CANDIDATES,
    /** A filed election cannot be overridden. */
    FILED,
    // 400: the input cannot be true
    ISSUED_MORE_THAN_PRESENT, INVALID_MARK, NOT_RUNNING, VOTES_EXCEED_VALID, YES_EXCEED_SEATS, NOT_A_CANDIDATE,
    TOO_MANY, INVALID_RULES, BODY_REQUIRED,
    /** A previous term's figure that cannot be true (more under 35 than members, an age out of range…). */
    INVALID_PREVIOUS_TERM
}
