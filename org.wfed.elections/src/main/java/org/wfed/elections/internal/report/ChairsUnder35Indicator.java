package org.wfed.elections.internal.report;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.wfed.core.Database;
import org.wfed.core.extension.Indicator;
import org.wfed.elections.internal.ElectionsSchema;
import org.wfed.elections.internal.People;

/** 35岁以下的新任妇联主席 (elections.chairsUnder35). */
@Component(service = Indicator.class)
public final class ChairsUnder35Indicator extends ElectedFactIndicator {

    @Activate
    public ChairsUnder35Indicator(@Reference Database db, @Reference People people, @Reference ElectionsSchema schema) {
        super(db, people, "CHAIR", (f, day) -> f.birthDate() != null && f.ageOn(day) < 35);
    }

    @Override
    public String id() { return "elections.chairsUnder35"; }

    @Override
    public String nameZh() { return "35岁以下的新任妇联主席"; }

    @Override
    public String nameEn() { return "Chairs under 35"; }

    @Override
    public int order() { return 22; }
}
