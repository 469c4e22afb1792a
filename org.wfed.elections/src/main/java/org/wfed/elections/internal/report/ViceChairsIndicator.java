package org.wfed.elections.internal.report;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.wfed.core.Database;
import org.wfed.core.extension.Indicator;
import org.wfed.elections.internal.ElectionsSchema;

/** 换届选举产生副主席 (elections.viceChairs). */
@Component(service = Indicator.class)
public final class ViceChairsIndicator extends ElectedIndicator {

    @Activate
    public ViceChairsIndicator(@Reference Database db, @Reference ElectionsSchema schema) {
        super(db, "VICE_CHAIR", false);
    }

    @Override
    public String id() { return "elections.viceChairs"; }

    @Override
    public String nameZh() { return "换届选举产生副主席"; }

    @Override
    public String nameEn() { return "Vice-chairs elected"; }

    @Override
    public int order() { return 30; }
}
