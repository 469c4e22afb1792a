package org.wfed.elections.internal.rules;

/** A name in the running for a seat in one round: a listed candidate or a write-in, and her yes votes. */
public record Contender(String key, String name, long yes, boolean writeIn) {
}
