package org.wfed.activities.internal;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.wfed.core.extension.WfedModule;

/** Announces the activities module (活动评选) once its schema is migrated. */
@Component(service = WfedModule.class)
public final class ActivitiesModule implements WfedModule {

    @Activate
    public ActivitiesModule(@Reference ActivitiesSchema schema) {
        // the reference alone orders activation after the migration
    }

    @Override
    public String id() { return "activities"; }

    @Override
    public String nameZh() { return "活动评选"; }

    @Override
    public String nameEn() { return "Activities"; }
}
