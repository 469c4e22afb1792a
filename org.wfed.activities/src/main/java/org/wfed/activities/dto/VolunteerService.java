package org.wfed.activities.dto;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A volunteer service event (志愿服务): the team, how many volunteers and their total hours, the person-times served
 * ({@code beneficiaries}) and the people served, each once ({@code peopleServed}).
 */
public record VolunteerService(long id, long unitId, String unitName, LocalDate servedOn, Long teamId,
                               String teamName, String content, int volunteers, BigDecimal hours, int beneficiaries,
                               int peopleServed, int version) {
}
