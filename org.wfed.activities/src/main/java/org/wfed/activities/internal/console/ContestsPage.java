package org.wfed.activities.internal.console;

import org.osgi.service.component.annotations.Component;
import org.wfed.activities.ActivitiesPermissions;
import org.wfed.core.extension.ConsolePage;

/** Console page 评选表彰: the contests list, and with {@code ?id=} one contest's whole flow. */
@Component
public final class ContestsPage implements ConsolePage {
    @Override public String id() { return "activities-contests"; }
    @Override public String titleZh() { return "评选表彰"; }
    @Override public String titleEn() { return "Contests"; }
    @Override public String group() { return "activities"; }
    @Override public int order() { return 10; }
    @Override public String permission() { return ActivitiesPermissions.READ; }
    @Override public String resourceFolder() { return "console/activities"; }
}
