package org.wfed.rights.internal.console;

import org.osgi.service.component.annotations.Component;
import org.wfed.core.extension.ConsolePage;
import org.wfed.rights.RightsPermissions;

/** Console page 热线与咨询 (Hotline and consultations). */
@Component
public final class HotlinePage implements ConsolePage {
    @Override public String id() { return "rights-hotline"; }
    @Override public String titleZh() { return "热线与咨询"; }
    @Override public String titleEn() { return "Hotline and consultations"; }
    @Override public String group() { return "rights"; }
    @Override public int order() { return 40; }
    @Override public String permission() { return RightsPermissions.READ; }
    @Override public String resourceFolder() { return "console/rights"; }
}
