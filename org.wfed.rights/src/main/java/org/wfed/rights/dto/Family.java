package org.wfed.rights.dto;

import java.time.LocalDate;
import java.util.List;

/**
 * A household on file with its colour, when it is next due a visit ({@code visitDue}: the last visit, or the day it
 * was put on file, plus its colour's interval) and whether that day has passed. Unless {@code revealed}, the
 * household's name and members are masked and its address and visit notes withheld.
 */
public record Family(long id, long unitId, String unitName, String household, String address, String colour,
                     String reason, String responsible, LocalDate openedOn, LocalDate closedOn, LocalDate lastVisitOn,
                     LocalDate visitDue, boolean overdue, boolean revealed, List<Member> members, List<FamilyVisit> visits,
                     List<ColourChange> history, int version) {
}
