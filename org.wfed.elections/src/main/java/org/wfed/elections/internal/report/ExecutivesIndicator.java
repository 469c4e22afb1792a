package org.wfed.elections.internal.report;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.wfed.core.Database;
import org.wfed.core.extension.Indicator;
import org.wfed.elections.internal.ElectionsSchema;

/** 换届选举产生执委 (elections.executives). */
@Component(service = Indicator.class)
public final class ExecutivesIndicator extends ElectedIndicator {

    @Activate
    public ExecutivesIndicator(@Reference Database db, @Reference ElectionsSchema schema) {
        super(db, "EXECUTIVE", false);
    }

    @Override
    public String id() { return "elections.executives"; }

    @Override
    public String nameZh() { return "换届选举产生执委"; }

    @Override
    public String nameEn() { return "Executive members elected"; }

    @Override
    public int order() { return 10; }
}
