package org.wfed.elections.internal.report;

import java.util.Map;
import org.osgi.service.component.annotations.Component;
import org.wfed.core.Period;
import org.wfed.core.Scope;
import org.wfed.core.extension.Indicator;

/** 妇联主席进两委比例 (target 100 %): chairs in the 两委 over chairs elected. */
@Component(service = Indicator.class)
public final class ChairsInTwoCommitteesRateIndicator implements Indicator {

    @Override
    public String id() { return "elections.chairsInTwoCommitteesRate"; }

    @Override
    public String nameZh() { return "妇联主席进两委比例"; }

    @Override
    public String nameEn() { return "Share of chairs in the two committees"; }

    @Override
    public String unitZh() { return "%"; }

    @Override
    public String section() { return "organisation"; }

    @Override
    public int order() { return 41; }

    @Override
    public Map<Long, Long> compute(Scope scope, Period period) {
        return Map.of();
    }

    @Override
    public String[] ratioOf() {
        return new String[] {"elections.chairsInTwoCommittees", "elections.chairs"};
    }
}
