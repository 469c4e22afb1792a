package org.wfed.elections.internal.report;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.wfed.core.Database;
import org.wfed.core.extension.Indicator;
import org.wfed.elections.internal.ElectionsSchema;
import org.wfed.elections.internal.People;

/** 大专及以上学历的新任妇联副主席 (elections.viceChairsCollege). */
@Component(service = Indicator.class)
public final class ViceChairsCollegeIndicator extends ElectedFactIndicator {

    @Activate
    public ViceChairsCollegeIndicator(@Reference Database db, @Reference People people, @Reference ElectionsSchema schema) {
        super(db, people, "VICE_CHAIR", (f, day) -> f.education() != null && f.education().isCollegeOrAbove());
    }

    @Override
    public String id() { return "elections.viceChairsCollege"; }

    @Override
    public String nameZh() { return "大专及以上学历的新任妇联副主席"; }

    @Override
    public String nameEn() { return "Vice-chairs with college education"; }

    @Override
    public int order() { return 31; }
}
