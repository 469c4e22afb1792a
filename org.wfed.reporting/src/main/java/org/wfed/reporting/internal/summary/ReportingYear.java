package org.wfed.reporting.internal.summary;

import java.time.LocalDate;
import java.util.Map;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.wfed.core.AccessControl;
import org.wfed.core.Caller;
import org.wfed.core.Database;
import org.wfed.reporting.dto.SummaryStatus;
import org.wfed.reporting.internal.ReportingPermissions;
import org.wfed.reporting.internal.ReportingSettings;

/**
 * The year a reporting page opens on for a unit (报告年度): the current year, or, up to the end of the month set by
 * {@code previousYearUntilMonth} (wfed.reportingPreviousYearUntilMonth, default 3 = March; 0: never), the previous
 * year while the unit's summary of that year is not approved.
 */
@Component(service = ReportingYear.class, configurationPid = "org.wfed.reporting")
public final class ReportingYear {
    private static final Logger LOG = LoggerFactory.getLogger(ReportingYear.class);
    static final int DEFAULT_UNTIL_MONTH = 3;

    /** The year and why, for the page's hint. */
    public record Chosen(int year, String reasonZh, String reasonEn) {
    }

    private final Database db;
    private final AccessControl access;
    private final SummaryRepository repo;
    private final int untilMonth;

    @Activate
    public ReportingYear(BundleContext context, Map<String, Object> properties, @Reference Database db,
                         @Reference AccessControl access, @Reference SummaryRepository repo) {
        this.db = db;
        this.access = access;
        this.repo = repo;
        ReportingSettings.Value<Integer> until = new ReportingSettings(context, properties, System::getenv)
                .number("previousYearUntilMonth", "reportingPreviousYearUntilMonth", DEFAULT_UNTIL_MONTH, 12);
        if (until.ignored() != null) {
            LOG.warn("reporting year: ignored the setting {} (not understood; a month 0–12)", until.ignored());
        }
        this.untilMonth = until.value();
    }

    public Chosen of(Caller caller, long unitId, LocalDate today) {
        access.check(caller, ReportingPermissions.READ, unitId);
        boolean early = today.getMonthValue() <= untilMonth;
        boolean approved = early && db.read(c -> repo.find(c, unitId, today.getYear() - 1))
                .map(s -> s.status() == SummaryStatus.APPROVED).orElse(false);
        return choose(today, untilMonth, approved);
    }

    /** The rule itself: early in the year (up to {@code untilMonth}) the previous year while it is not approved. */
    static Chosen choose(LocalDate today, int untilMonth, boolean lastYearApproved) {
        int year = today.getYear();
        if (today.getMonthValue() > untilMonth) {
            return new Chosen(year, "本年度", "this year");
        }
        return lastYearApproved ? new Chosen(year, "上年度总结已审核，打开本年度", "last year's summary is approved: this year")
                : new Chosen(year - 1, "上年度总结尚未审核，打开上年度", "last year's summary is not approved yet: last year");
    }
}
