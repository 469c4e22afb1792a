package org.wfed.elections.internal;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.wfed.core.Database;

/** Applies the elections module's migrations; components that use its tables reference this service. */
@Component(service = ElectionsSchema.class)
public final class ElectionsSchema {

    @Activate
    public ElectionsSchema(@Reference Database db) {
        db.migrate("elections", ElectionsSchema.class);
    }
}
