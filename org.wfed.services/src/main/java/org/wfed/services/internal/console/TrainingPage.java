package org.wfed.services.internal.console;

import org.osgi.service.component.annotations.Component;
import org.wfed.core.extension.ConsolePage;
import org.wfed.services.ServicesPermissions;

/** Console page 技能培训: training courses and their trainees. */
@Component
public final class TrainingPage implements ConsolePage {
    @Override public String id() { return "services-training"; }
    @Override public String titleZh() { return "技能培训"; }
    @Override public String titleEn() { return "Skills training"; }
    @Override public String group() { return "services"; }
    @Override public int order() { return 20; }
    @Override public String permission() { return ServicesPermissions.READ; }
    @Override public String resourceFolder() { return "console/services"; }
}
