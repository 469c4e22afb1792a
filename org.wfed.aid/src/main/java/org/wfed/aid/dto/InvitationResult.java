package org.wfed.aid.dto;

import java.util.List;

/** How many were invited, and who was left out and why. */
public record InvitationResult(int invited, List<Skipped> skipped) {
    public InvitationResult {
        skipped = List.copyOf(skipped);
    }

    /** A person left out of the list, with the reason in Chinese. */
    public record Skipped(long personId, String reason) {
    }
}
