package org.wfed.elections.internal.report;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.wfed.core.Database;
import org.wfed.core.extension.Indicator;
import org.wfed.elections.internal.ElectionsSchema;

/** 进入村（社区）两委的妇联主席 (elections.chairsInTwoCommittees). */
@Component(service = Indicator.class)
public final class ChairsInTwoCommitteesIndicator extends ElectedIndicator {

    @Activate
    public ChairsInTwoCommitteesIndicator(@Reference Database db, @Reference ElectionsSchema schema) {
        super(db, "CHAIR", true);
    }

    @Override
    public String id() { return "elections.chairsInTwoCommittees"; }

    @Override
    public String nameZh() { return "进入村（社区）两委的妇联主席"; }

    @Override
    public String nameEn() { return "Chairs in the two committees"; }

    @Override
    public int order() { return 40; }
}
