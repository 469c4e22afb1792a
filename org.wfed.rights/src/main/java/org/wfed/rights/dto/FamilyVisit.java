package org.wfed.rights.dto;

import java.time.LocalDate;

/** A visit to a household on file; the note is withheld unless the file was revealed. */
public record FamilyVisit(long id, LocalDate visitedOn, String visitor, String note) {
}
