package org.wfed.core.internal.calendar;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HashSet;
import java.util.Set;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;
import org.wfed.core.NoticeCalendar;

/**
 * The shipped statutory holidays and 调休 (国务院办公厅 notices for 2024, 2025 and 2026) plus the deployment's own
 * days (ConfigAdmin pid {@code org.wfed.core.calendar}); a configured day is added to the shipped ones, and a day
 * listed as a make-up working day wins over a holiday.
 */
@Component(service = NoticeCalendar.class, configurationPid = "org.wfed.core.calendar")
@Designate(ocd = NoticeCalendarImpl.Config.class)
public final class NoticeCalendarImpl implements NoticeCalendar {

    @ObjectClassDefinition(name = "wfed working-day calendar")
    public @interface Config {
        @AttributeDefinition(description = "Statutory holidays beyond the shipped ones (2024-2026), ISO dates, e.g. 2027-10-01")
        String[] holidays() default {};

        @AttributeDefinition(description = "Weekend days that are working days (调休) beyond the shipped ones, e.g. 2027-09-26")
        String[] makeUpDays() default {};

        @AttributeDefinition(description = "Use the shipped holidays of 2024-2026")
        boolean shipped() default true;
    }

    /** 放假 days of 2024–2026 (weekends inside a holiday included, as published). */
    static final String[] HOLIDAYS = {
        "2024-01-01", "2024-02-10/2024-02-17", "2024-04-04/2024-04-06", "2024-05-01/2024-05-05", "2024-06-10",
        "2024-09-15/2024-09-17", "2024-10-01/2024-10-07",
        "2025-01-01", "2025-01-28/2025-02-04", "2025-04-04/2025-04-06", "2025-05-01/2025-05-05",
        "2025-05-31/2025-06-02", "2025-10-01/2025-10-08",
        "2026-01-01/2026-01-03", "2026-02-15/2026-02-23", "2026-04-04/2026-04-06", "2026-05-01/2026-05-05",
        "2026-06-19/2026-06-21", "2026-09-25/2026-09-27", "2026-10-01/2026-10-07",
    };

    /** 调休 weekend working days of 2024–2026. */
    static final String[] MAKE_UP_DAYS = {
        "2024-02-04", "2024-02-18", "2024-04-07", "2024-04-28", "2024-05-11", "2024-09-14", "2024-09-29", "2024-10-12",
        "2025-01-26", "2025-02-08", "2025-04-27", "2025-09-28", "2025-10-11",
        "2026-01-04", "2026-02-14", "2026-02-28", "2026-05-09", "2026-09-20", "2026-10-10",
    };

    private volatile Set<LocalDate> holidays = Set.of();
    private volatile Set<LocalDate> makeUpDays = Set.of();

    @Activate
    @Modified
    void configure(Config config) {
        Set<LocalDate> h = config.shipped() ? parse(HOLIDAYS) : new HashSet<>();
        Set<LocalDate> m = config.shipped() ? parse(MAKE_UP_DAYS) : new HashSet<>();
        h.addAll(parse(config.holidays()));
        m.addAll(parse(config.makeUpDays()));
        holidays = Set.copyOf(h);
        makeUpDays = Set.copyOf(m);
    }

    /** The calendar with only the shipped days, for tests and tools outside the framework. */
    public static NoticeCalendarImpl shipped() {
        NoticeCalendarImpl c = new NoticeCalendarImpl();
        c.holidays = Set.copyOf(parse(HOLIDAYS));
        c.makeUpDays = Set.copyOf(parse(MAKE_UP_DAYS));
        return c;
    }

    @Override
    public boolean isWorkingDay(LocalDate day) {
        return NoticeCalendar.isWorkingDay(day, holidays, makeUpDays);
    }

    @Override
    public LocalDate end(LocalDate start, int days, boolean workingDays) {
        return NoticeCalendar.end(start, days, workingDays, holidays, makeUpDays);
    }

    private static Set<LocalDate> parse(String[] days) {
        Set<LocalDate> out = new HashSet<>();
        for (String d : days) {
            if (d == null || d.isBlank()) {
                continue;
            }
            try {
                String[] range = d.trim().split("/");
                LocalDate from = LocalDate.parse(range[0].trim());
                LocalDate to = range.length > 1 ? LocalDate.parse(range[1].trim()) : from;
                for (LocalDate x = from; !x.isAfter(to); x = x.plusDays(1)) {
                    out.add(x);
                }
            } catch (DateTimeParseException e) {
                throw new IllegalArgumentException("not an ISO date (or from/to range) in the calendar: " + d, e);
            }
        }
        return out;
    }
}
