package org.wfed.aid.internal;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.wfed.aid.internal.application.ApplicationResource;
import org.wfed.aid.internal.beneficiary.BeneficiaryResource;
import org.wfed.core.extension.WfedModule;

/** Announces the aid module (帮扶救助) once its schema is migrated and its REST resources are up. */
@Component(service = WfedModule.class)
public final class AidModule implements WfedModule {

    @Activate
    public AidModule(@Reference AidSchema schema, @Reference BeneficiaryResource beneficiaries,
                     @Reference ApplicationResource applications) {
        // nothing to do: the references make "aid" appear on /api/health only when it can serve
    }

    @Override
    public String id() { return "aid"; }

    @Override
    public String nameZh() { return "帮扶救助"; }

    @Override
    public String nameEn() { return "Aid"; }
}
