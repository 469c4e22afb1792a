package org.wfed.activities.internal.console;

import org.osgi.service.component.annotations.Component;
import org.wfed.activities.ActivitiesPermissions;
import org.wfed.core.extension.ConsolePage;

/** Console page 评选与活动设置: contest types (criteria, quota, vote share, notice) and activity types. */
@Component
public final class SettingsPage implements ConsolePage {
    @Override public String id() { return "activities-settings"; }
    @Override public String titleZh() { return "评选与活动设置"; }
    @Override public String titleEn() { return "Contest and activity types"; }
    @Override public String group() { return "activities"; }
    @Override public int order() { return 90; }
    @Override public String permission() { return ActivitiesPermissions.CONFIGURE; }
    @Override public String resourceFolder() { return "console/activities"; }
}
