package org.wfed.elections.dto;

import org.wfed.core.Validation;

/** One line of the counting sheet (计票单): a candidate's yes, no and abstain votes. */
public record TallyInput(long candidateId, long yes, long no, long abstain) {
    public TallyInput {
        new Validation().positive("candidateId", candidateId).notNegative("yes", yes).notNegative("no", no)
                .notNegative("abstain", abstain).check();
    }
}
