package org.wfed.elections.internal.rules;

/** The answer of one rule: passed or not, and why, in words staff read out (Chinese). */
public record Check(boolean ok, String explanation) {

    public static Check pass(String explanation) {
        return new Check(true, explanation);
    }

    public static Check fail(String explanation) {
        return new Check(false, explanation);
    }
}
