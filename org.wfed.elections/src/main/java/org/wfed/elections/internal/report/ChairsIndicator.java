package org.wfed.elections.internal.report;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.wfed.core.Database;
import org.wfed.core.extension.Indicator;
import org.wfed.elections.internal.ElectionsSchema;

/** 换届选举产生主席 (elections.chairs). */
@Component(service = Indicator.class)
public final class ChairsIndicator extends ElectedIndicator {

    @Activate
    public ChairsIndicator(@Reference Database db, @Reference ElectionsSchema schema) {
        super(db, "CHAIR", false);
    }

    @Override
    public String id() { return "elections.chairs"; }

    @Override
    public String nameZh() { return "换届选举产生主席"; }

    @Override
    public String nameEn() { return "Chairs elected"; }

    @Override
    public int order() { return 20; }
}
