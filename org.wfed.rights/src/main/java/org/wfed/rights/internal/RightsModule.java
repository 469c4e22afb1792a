package org.wfed.rights.internal;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.wfed.core.extension.WfedModule;

/** Announces the rights protection module (维权) once its schema is migrated. */
@Component(service = WfedModule.class)
public final class RightsModule implements WfedModule {

    @Activate
    public RightsModule(@Reference RightsSchema schema) {
        // the reference alone orders activation after the migration
    }

    @Override
    public String id() { return "rights"; }

    @Override
    public String nameZh() { return "维权服务"; }

    @Override
    public String nameEn() { return "Rights protection"; }
}
