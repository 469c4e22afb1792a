package org.wfed.activities.internal.console;

import org.osgi.service.component.annotations.Component;
import org.wfed.activities.ActivitiesPermissions;
import org.wfed.core.extension.ConsolePage;

/** Console page 志愿服务: volunteer service records with hours. */
@Component
public final class VolunteersPage implements ConsolePage {
    @Override public String id() { return "activities-volunteers"; }
    @Override public String titleZh() { return "志愿服务"; }
    @Override public String titleEn() { return "Volunteer services"; }
    @Override public String group() { return "activities"; }
    @Override public int order() { return 30; }
    @Override public String permission() { return ActivitiesPermissions.READ; }
    @Override public String resourceFolder() { return "console/activities"; }
}
