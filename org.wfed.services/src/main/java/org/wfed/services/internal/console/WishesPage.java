package org.wfed.services.internal.console;

import org.osgi.service.component.annotations.Component;
import org.wfed.core.extension.ConsolePage;
import org.wfed.services.ServicesPermissions;

/** Console page 微心愿: micro-wishes collected, claimed and fulfilled. */
@Component
public final class WishesPage implements ConsolePage {
    @Override public String id() { return "services-wishes"; }
    @Override public String titleZh() { return "微心愿"; }
    @Override public String titleEn() { return "Micro-wishes"; }
    @Override public String group() { return "services"; }
    @Override public int order() { return 30; }
    @Override public String permission() { return ServicesPermissions.READ; }
    @Override public String resourceFolder() { return "console/services"; }
}
