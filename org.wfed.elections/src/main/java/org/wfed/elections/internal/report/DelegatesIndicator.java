package org.wfed.elections.internal.report;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.wfed.core.Database;
import org.wfed.core.extension.Indicator;
import org.wfed.elections.internal.ElectionsSchema;

/** 选举产生妇女代表 (elections.delegates). */
@Component(service = Indicator.class)
public final class DelegatesIndicator extends ElectedIndicator {

    @Activate
    public DelegatesIndicator(@Reference Database db, @Reference ElectionsSchema schema) {
        super(db, "DELEGATE", false);
    }

    @Override
    public String id() { return "elections.delegates"; }

    @Override
    public String nameZh() { return "选举产生妇女代表"; }

    @Override
    public String nameEn() { return "Delegates elected"; }

    @Override
    public int order() { return 5; }
}
