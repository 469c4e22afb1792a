package org.wfed.elections.internal.rules;

/** The votes one name received in a round: 赞成, 反对, 弃权. */
public record Votes(long yes, long no, long abstain) {

    public static final Votes NONE = new Votes(0, 0, 0);

    public Votes plus(Mark mark) {
        return switch (mark) {
            case YES -> new Votes(yes + 1, no, abstain);
            case NO -> new Votes(yes, no + 1, abstain);
            case ABSTAIN -> new Votes(yes, no, abstain + 1);
        };
    }
}
