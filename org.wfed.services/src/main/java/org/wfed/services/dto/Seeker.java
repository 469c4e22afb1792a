package org.wfed.services.dto;

import java.time.LocalDate;

/** A job seeker on the register (求职登记): a person of the registry or a name, her skills and wishes, unemployed or not. */
public record Seeker(long id, long unitId, String unitName, Long personId, String name, String skills, String wishes,
                     LocalDate registeredOn, boolean unemployed, LocalDate unemployedSince, int placements, int version) {
}
