package org.wfed.rights.internal;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.wfed.core.Database;

/**
 * The module's tables ({@code rights_*}), migrated on activation. Every component that reads or writes them
 * references this service so that it starts only once the schema is there.
 */
@Component(service = RightsSchema.class)
public final class RightsSchema {
    private final Database db;

    @Activate
    public RightsSchema(@Reference Database db) {
        this.db = db;
        db.migrate("rights", RightsSchema.class);
    }

    public Database db() {
        return db;
    }
}
