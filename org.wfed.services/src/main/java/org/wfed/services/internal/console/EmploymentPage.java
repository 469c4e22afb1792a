package org.wfed.services.internal.console;

import org.osgi.service.component.annotations.Component;
import org.wfed.core.extension.ConsolePage;
import org.wfed.services.ServicesPermissions;

/** Console page 就业服务: job posts, seekers, fairs and placements. */
@Component
public final class EmploymentPage implements ConsolePage {
    @Override public String id() { return "services-employment"; }
    @Override public String titleZh() { return "就业服务"; }
    @Override public String titleEn() { return "Employment services"; }
    @Override public String group() { return "services"; }
    @Override public int order() { return 10; }
    @Override public String permission() { return ServicesPermissions.READ; }
    @Override public String resourceFolder() { return "console/services"; }
}
