package org.wfed.activities.dto;

import org.wfed.core.Validation;

/** The public votes (群众投票) a nominee received. */
public record VotesInput(int votes, int version) {
    public VotesInput {
        new Validation().notNegative("votes", votes).check();
    }
}
