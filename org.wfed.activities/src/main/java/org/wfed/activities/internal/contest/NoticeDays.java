package org.wfed.activities.internal.contest;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HashSet;
import java.util.Set;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;
import org.wfed.activities.dto.ContestType;

/**
 * The deployment's public holidays and make-up working days (调休), which the State Council publishes each year,
 * for counting a notice in working days (ConfigAdmin pid {@code org.wfed.activities.notice}).
 */
@Component(service = NoticeDays.class, configurationPid = "org.wfed.activities.notice")
@Designate(ocd = NoticeDays.Config.class)
public final class NoticeDays {

    /** The configured days, as ISO dates. */
    @ObjectClassDefinition(name = "wfed public-notice calendar")
    public @interface Config {
        @AttributeDefinition(description = "Public holidays falling on working days, e.g. 2026-10-01")
        String[] holidays() default {};

        @AttributeDefinition(description = "Weekend days that are working days (调休), e.g. 2026-10-10")
        String[] makeUpDays() default {};
    }

    private final Set<LocalDate> holidays;
    private final Set<LocalDate> makeUpDays;

    @Activate
    public NoticeDays(Config config) {
        this.holidays = parse(config.holidays());
        this.makeUpDays = parse(config.makeUpDays());
    }

    /** The last day of a notice of this type starting on the day. */
    public LocalDate end(ContestType type, LocalDate start) {
        return NoticeCalendar.end(start, type.noticeDays(), type.noticeWorkingDays(), holidays, makeUpDays);
    }

    private static Set<LocalDate> parse(String[] days) {
        Set<LocalDate> out = new HashSet<>();
        for (String d : days) {
            try {
                out.add(LocalDate.parse(d.trim()));
            } catch (DateTimeParseException e) {
                throw new IllegalArgumentException("not an ISO date in the notice calendar: " + d, e);
            }
        }
        return Set.copyOf(out);
    }
}
