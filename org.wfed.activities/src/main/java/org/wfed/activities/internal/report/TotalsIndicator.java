package org.wfed.activities.internal.report;

import java.util.Map;
import java.util.function.BiFunction;
import org.wfed.core.Period;
import org.wfed.core.Scope;

/** An activity figure answered from {@link ActivityTotals}' pass over the scope and period. */
final class TotalsIndicator extends NamedIndicator {
    private final BiFunction<Scope, Period, Map<Long, Long>> figure;

    TotalsIndicator(String id, String nameZh, String nameEn, String unitZh, String section, int order,
                    BiFunction<Scope, Period, Map<Long, Long>> figure) {
        super(id, nameZh, nameEn, unitZh, section, order);
        this.figure = figure;
    }

    @Override
    public Map<Long, Long> compute(Scope scope, Period period) {
        return figure.apply(scope, period);
    }
}
