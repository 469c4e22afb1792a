package org.wfed.services.internal;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.wfed.core.Database;

/**
 * The module's tables ({@code svc_*}), migrated on activation. Every component that reads or writes them
 * references this service so that it starts only once the schema is there.
 */
@Component(service = ServicesSchema.class)
public final class ServicesSchema {
    private final Database db;
    private final int version;

    @Activate
    public ServicesSchema(@Reference Database db) {
        this.db = db;
        this.version = db.migrate("services", ServicesSchema.class);
    }

    public Database db() {
        return db;
    }

    public int version() {
        return version;
    }
}
