package org.wfed.rights.internal.console;

import org.osgi.service.component.annotations.Component;
import org.wfed.core.extension.ConsolePage;
import org.wfed.rights.RightsPermissions;

/** Console page 三色家庭 (Families at risk). */
@Component
public final class FamiliesPage implements ConsolePage {
    @Override public String id() { return "rights-families"; }
    @Override public String titleZh() { return "三色家庭"; }
    @Override public String titleEn() { return "Families at risk"; }
    @Override public String group() { return "rights"; }
    @Override public int order() { return 30; }
    @Override public String permission() { return RightsPermissions.READ; }
    @Override public String resourceFolder() { return "console/rights"; }
}
