package org.wfed.activities.internal;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.wfed.core.Database;

/**
 * The module's tables ({@code act_*}), migrated on activation. Every component that reads or writes them
 * references this service so that it starts only once the schema is there.
 */
@Component(service = ActivitiesSchema.class)
public final class ActivitiesSchema {
    private final Database db;
    private final int version;

    @Activate
    public ActivitiesSchema(@Reference Database db) {
        this.db = db;
        this.version = db.migrate("activities", ActivitiesSchema.class);
    }

    public Database db() {
        return db;
    }

    public int version() {
        return version;
    }
}
