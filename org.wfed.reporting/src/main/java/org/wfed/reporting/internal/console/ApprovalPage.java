package org.wfed.reporting.internal.console;

import org.osgi.service.component.annotations.Component;
import org.wfed.core.extension.ConsolePage;
import org.wfed.reporting.internal.ReportingPermissions;

/** The approval board: the unit's and its children's summaries of a year and where each stands. */
@Component
public final class ApprovalPage implements ConsolePage {
    @Override public String id() { return "reporting-approval"; }
    @Override public String titleZh() { return "总结审核"; }
    @Override public String titleEn() { return "Summary approval"; }
    @Override public String group() { return "reporting"; }
    @Override public int order() { return 30; }
    @Override public String permission() { return ReportingPermissions.APPROVE; }
    @Override public String resourceFolder() { return "console/reporting"; }
}
