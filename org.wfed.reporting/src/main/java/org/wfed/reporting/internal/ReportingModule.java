package org.wfed.reporting.internal;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.wfed.core.Database;
import org.wfed.core.extension.WfedModule;

/**
 * Announces the reporting module (统计报告) once its schema is migrated; reporting's other components
 * reference this class so that they start only once the rep_ tables exist.
 */
@Component(service = {WfedModule.class, ReportingModule.class})
public final class ReportingModule implements WfedModule {

    @Activate
    public ReportingModule(@Reference Database db) {
        db.migrate("reporting", ReportingModule.class);
    }

    @Override
    public String id() { return "reporting"; }

    @Override
    public String nameZh() { return "统计报告"; }

    @Override
    public String nameEn() { return "Reporting"; }
}
