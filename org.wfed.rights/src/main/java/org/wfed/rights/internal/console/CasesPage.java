package org.wfed.rights.internal.console;

import org.osgi.service.component.annotations.Component;
import org.wfed.core.extension.ConsolePage;
import org.wfed.rights.RightsPermissions;

/** Console page 维权个案 (Rights cases). */
@Component
public final class CasesPage implements ConsolePage {
    @Override public String id() { return "rights-cases"; }
    @Override public String titleZh() { return "维权个案"; }
    @Override public String titleEn() { return "Rights cases"; }
    @Override public String group() { return "rights"; }
    @Override public int order() { return 10; }
    @Override public String permission() { return RightsPermissions.READ; }
    @Override public String resourceFolder() { return "console/rights"; }
}
