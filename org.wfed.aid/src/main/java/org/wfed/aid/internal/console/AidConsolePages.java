package org.wfed.aid.internal.console;

import java.util.ArrayList;
import java.util.List;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceRegistration;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.wfed.aid.AidPermissions;
import org.wfed.core.extension.ConsolePage;

/**
 * The aid module's console pages (files in {@code console/aid}), most used first: beneficiaries,
 * the review inbox, the ledger, programme setup, screening, follow-ups, imports (rosters, screening results).
 */
@Component(immediate = true)
public final class AidConsolePages {

    /** One page: id (= script name), titles, order and the permission that shows it. */
    record Page(String id, String titleZh, String titleEn, int order, String permission) implements ConsolePage {
        @Override
        public String group() { return "aid"; }

        @Override
        public String resourceFolder() { return "console/aid"; }
    }

    static final List<Page> PAGES = List.of(
            new Page("aid-beneficiaries", "救助对象", "Beneficiaries", 10, AidPermissions.READ),
            new Page("aid-inbox", "审核与发放", "Review and payment", 20, AidPermissions.READ),
            new Page("aid-ledger", "救助台账", "Aid ledger", 30, AidPermissions.READ),
            new Page("aid-programmes", "救助项目设置", "Aid programmes", 40, AidPermissions.READ),
            new Page("aid-screening", "两癌筛查", "Two-cancers screening", 50, AidPermissions.SCREEN),
            new Page("aid-follow-ups", "筛查随访", "Screening follow-up", 60, AidPermissions.HEALTH_READ),
            new Page("aid-import", "导入（花名册、筛查结果）", "Import rosters and screening results", 70, AidPermissions.IMPORT));

    private final List<ServiceRegistration<ConsolePage>> registrations = new ArrayList<>();

    @Activate
    public AidConsolePages(BundleContext context) {
        for (Page p : PAGES) {
            registrations.add(context.registerService(ConsolePage.class, p, null));
        }
    }

    @Deactivate
    void deactivate() {
        registrations.forEach(ServiceRegistration::unregister);
        registrations.clear();
    }
}
