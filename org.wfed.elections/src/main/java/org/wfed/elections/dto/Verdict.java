package org.wfed.elections.dto;

/** A rule's answer shown to staff: passed or not, and why. */
public record Verdict(boolean ok, String explanation) {
}
