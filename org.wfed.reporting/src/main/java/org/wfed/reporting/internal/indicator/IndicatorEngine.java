package org.wfed.reporting.internal.indicator;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.wfed.core.OrgService;
import org.wfed.core.Period;
import org.wfed.core.Scope;
import org.wfed.core.extension.Indicator;

/**
 * Computes the present indicators over a unit's subtree as it stood in a period: one call (ideally
 * one aggregate query) per plain indicator, summed up the tree by the scope; no per-unit queries.
 * A failing indicator is logged and left empty so that one broken plugin does not break a report.
 */
@Component(service = IndicatorEngine.class)
public final class IndicatorEngine {
    private static final Logger LOG = LoggerFactory.getLogger(IndicatorEngine.class);

    private final OrgService orgs;
    private final Contributions contributions;

    @Activate
    public IndicatorEngine(@Reference OrgService orgs, @Reference Contributions contributions) {
        this.orgs = orgs;
        this.contributions = contributions;
    }

    /** Every present indicator for the unit's subtree over the period. */
    public Figures compute(long unitId, Period period) {
        return compute(orgs.scope(unitId, period), contributions.indicators());
    }

    public Figures compute(Scope scope, List<Indicator> indicators) {
        Map<String, Map<Long, Long>> byChild = new HashMap<>();
        Map<String, Long> totals = new HashMap<>();
        for (Indicator indicator : indicators) {
            if (indicator.ratioOf() != null) {
                continue;
            }
            Map<Long, Long> perUnit = perUnit(indicator, scope);
            if (perUnit != null) {
                byChild.put(indicator.id(), scope.rollUp(perUnit));
                totals.put(indicator.id(), scope.total(perUnit));
            }
        }
        return new Figures(indicators, byChild, totals);
    }

    private static Map<Long, Long> perUnit(Indicator indicator, Scope scope) {
        try {
            Map<Long, Long> values = indicator.compute(scope, scope.period());
            return values == null ? Map.of() : values;
        } catch (RuntimeException e) {
            LOG.error("indicator {} failed for unit {} over {}", indicator.id(), scope.root(), scope.period(), e);
            return null;
        }
    }
}
