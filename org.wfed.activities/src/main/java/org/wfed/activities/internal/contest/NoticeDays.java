package org.wfed.activities.internal.contest;

import java.time.LocalDate;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.wfed.activities.dto.ContestType;
import org.wfed.core.NoticeCalendar;

/** A contest type's public notice counted on core's federation calendar (weekends, holidays, 调休). */
@Component(service = NoticeDays.class)
public final class NoticeDays {
    private final NoticeCalendar calendar;

    @Activate
    public NoticeDays(@Reference NoticeCalendar calendar) {
        this.calendar = calendar;
    }

    /** The last day of a notice of this type starting on the day. */
    public LocalDate end(ContestType type, LocalDate start) {
        return calendar.end(start, type.noticeDays(), type.noticeWorkingDays());
    }
}
