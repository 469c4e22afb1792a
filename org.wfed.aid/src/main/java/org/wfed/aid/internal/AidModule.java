package org.wfed.aid.internal;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.wfed.core.Database;
import org.wfed.core.extension.WfedModule;

/** Announces the aid module (帮扶救助) once its schema is migrated. */
@Component(service = WfedModule.class)
public final class AidModule implements WfedModule {

    @Activate
    public AidModule(@Reference Database db) {
        db.migrate("aid", AidModule.class);
    }

    @Override
    public String id() { return "aid"; }

    @Override
    public String nameZh() { return "帮扶救助"; }

    @Override
    public String nameEn() { return "Aid"; }
}
