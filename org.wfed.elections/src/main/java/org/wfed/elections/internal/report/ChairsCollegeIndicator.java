package org.wfed.elections.internal.report;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.wfed.core.Database;
import org.wfed.core.extension.Indicator;
import org.wfed.elections.internal.ElectionsSchema;
import org.wfed.elections.internal.People;

/** 大专及以上学历的新任妇联主席 (elections.chairsCollege). */
@Component(service = Indicator.class)
public final class ChairsCollegeIndicator extends ElectedFactIndicator {

    @Activate
    public ChairsCollegeIndicator(@Reference Database db, @Reference People people, @Reference ElectionsSchema schema) {
        super(db, people, "CHAIR", (f, day) -> f.education() != null && f.education().isCollegeOrAbove());
    }

    @Override
    public String id() { return "elections.chairsCollege"; }

    @Override
    public String nameZh() { return "大专及以上学历的新任妇联主席"; }

    @Override
    public String nameEn() { return "Chairs with college education"; }

    @Override
    public int order() { return 21; }
}
