package org.wfed.reporting.internal.console;

import org.osgi.service.component.annotations.Component;
import org.wfed.core.extension.ConsolePage;
import org.wfed.reporting.internal.ReportingPermissions;

/** The summary editor: sections, editable prose with linked figures, refresh, submit and review, export. */
@Component
public final class SummaryPage implements ConsolePage {
    @Override public String id() { return "reporting-summary"; }
    @Override public String titleZh() { return "年度工作总结"; }
    @Override public String titleEn() { return "Annual summary"; }
    @Override public String group() { return "reporting"; }
    @Override public int order() { return 20; }
    @Override public String permission() { return ReportingPermissions.READ; }
    @Override public String resourceFolder() { return "console/reporting"; }
}
