package org.wfed.aid.internal;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.wfed.core.Database;

/** The aid module's tables, migrated on activation; every aid component references it so tables exist. */
@Component(service = AidSchema.class)
public final class AidSchema {

    @Activate
    public AidSchema(@Reference Database db) {
        db.migrate("aid", AidSchema.class);
    }
}
