package org.wfed.reporting.dto;

/**
 * A sentence of a paragraph as rendered: its text; the reach of its figures for a unit with children
 * ({@code OWN} 本级, {@code SUBTREE} 含下级, {@code MIXED}; null without figures or without children); and
 * whether it was left out of the summary because it states no work ({@code omitted}, {@code reason}): all its
 * figures are zero or not applicable, or no present module provides them. Clauses of a kept sentence that
 * state nothing are left out too; {@code text} is then the sentence as the summary prints it and {@code reason}
 * names what was left out.
 */
public record Sentence(String text, String reach, boolean omitted, String reason) {
}
