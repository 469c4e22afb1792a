package org.wfed.elections.dto;

import java.util.List;

/** The previous term's composition, position by position; {@code version} as read (omit or 0 for a first entry). */
public record PreviousTermInput(List<PreviousGroup> groups, Integer version) {
}
