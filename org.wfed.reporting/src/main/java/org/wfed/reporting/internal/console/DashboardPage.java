package org.wfed.reporting.internal.console;

import org.osgi.service.component.annotations.Component;
import org.wfed.core.extension.ConsolePage;
import org.wfed.reporting.internal.ReportingPermissions;

/** 指标看板: charts and the indicator table by child unit, with drill-down and year-over-year. */
@Component
public final class DashboardPage implements ConsolePage {
    @Override public String id() { return "reporting-dashboard"; }
    @Override public String titleZh() { return "统计看板"; }
    @Override public String titleEn() { return "Statistics dashboard"; }
    @Override public String group() { return "reporting"; }
    @Override public int order() { return 10; }
    @Override public String permission() { return ReportingPermissions.READ; }
    @Override public String resourceFolder() { return "console/reporting"; }
}
