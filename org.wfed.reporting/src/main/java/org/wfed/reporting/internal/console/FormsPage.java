package org.wfed.reporting.internal.console;

import org.osgi.service.component.annotations.Component;
import org.wfed.core.extension.ConsolePage;
import org.wfed.reporting.internal.ReportingPermissions;

/** Statistical forms filled from the records, with their failed checks. */
@Component
public final class FormsPage implements ConsolePage {
    @Override public String id() { return "reporting-forms"; }
    @Override public String titleZh() { return "统计报表"; }
    @Override public String titleEn() { return "Statistical forms"; }
    @Override public String group() { return "reporting"; }
    @Override public int order() { return 40; }
    @Override public String permission() { return ReportingPermissions.READ; }
    @Override public String resourceFolder() { return "console/reporting"; }
}
