package org.wfed.rights.dto;

import java.time.LocalDate;

/** One entry of a household's colour history (the first one puts it on file). */
public record ColourChange(LocalDate changedOn, String fromColour, String toColour, String reason, String changedBy) {
}
