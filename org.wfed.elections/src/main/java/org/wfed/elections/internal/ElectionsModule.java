package org.wfed.elections.internal;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.wfed.core.Database;
import org.wfed.core.extension.WfedModule;

/** Announces the elections module (选举) once its schema is migrated. */
@Component(service = WfedModule.class)
public final class ElectionsModule implements WfedModule {

    @Activate
    public ElectionsModule(@Reference Database db) {
        db.migrate("elections", ElectionsModule.class);
    }

    @Override
    public String id() { return "elections"; }

    @Override
    public String nameZh() { return "选举"; }

    @Override
    public String nameEn() { return "Elections"; }
}
