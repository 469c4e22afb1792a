package org.wfed.services.dto;

import java.time.LocalDate;

/** A job fair (招聘会): employers and posts present, visitors, agreements reached (达成就业意向). */
public record JobFair(long id, long unitId, String unitName, LocalDate heldOn, String name, int employers, int posts,
                      int visitors, int agreements, int version) {
}
