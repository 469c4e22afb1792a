package org.wfed.example.insurance.internal;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.wfed.core.Database;
import org.wfed.core.extension.WfedModule;

/** Announces the plugin once its table exists. */
@Component(service = {WfedModule.class, InsuranceModule.class})
public final class InsuranceModule implements WfedModule {

    @Activate
    public InsuranceModule(@Reference Database db) {
        db.migrate("insurance", InsuranceModule.class);
    }

    @Override
    public String id() { return "insurance"; }

    @Override
    public String nameZh() { return "女性安康保险"; }

    @Override
    public String nameEn() { return "Women's care insurance"; }
}
