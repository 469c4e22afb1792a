package org.wfed.activities.internal.console;

import org.osgi.service.component.annotations.Component;
import org.wfed.activities.ActivitiesPermissions;
import org.wfed.core.extension.ConsolePage;

/** Console page 活动台账: activities with filters, entry form, calendar and exports. */
@Component
public final class EventsPage implements ConsolePage {
    @Override public String id() { return "activities-events"; }
    @Override public String titleZh() { return "活动台账"; }
    @Override public String titleEn() { return "Activities"; }
    @Override public String group() { return "activities"; }
    @Override public int order() { return 20; }
    @Override public String permission() { return ActivitiesPermissions.READ; }
    @Override public String resourceFolder() { return "console/activities"; }
}
