package org.wfed.services.internal;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.wfed.core.extension.WfedModule;

/** Announces the women's development services module (妇女发展服务) once its schema is migrated. */
@Component(service = WfedModule.class)
public final class ServicesModule implements WfedModule {

    @Activate
    public ServicesModule(@Reference ServicesSchema schema) {
        // the reference alone orders activation after the migration
    }

    @Override
    public String id() { return "services"; }

    @Override
    public String nameZh() { return "妇女发展服务"; }

    @Override
    public String nameEn() { return "Women's development services"; }
}
