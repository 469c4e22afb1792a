package org.wfed.rights.internal.console;

import org.osgi.service.component.annotations.Component;
import org.wfed.core.extension.ConsolePage;
import org.wfed.rights.RightsPermissions;

/** Console page 保护令待办 (Protection orders). */
@Component
public final class OrdersPage implements ConsolePage {
    @Override public String id() { return "rights-orders"; }
    @Override public String titleZh() { return "保护令待办"; }
    @Override public String titleEn() { return "Protection orders"; }
    @Override public String group() { return "rights"; }
    @Override public int order() { return 20; }
    @Override public String permission() { return RightsPermissions.READ; }
    @Override public String resourceFolder() { return "console/rights"; }
}
