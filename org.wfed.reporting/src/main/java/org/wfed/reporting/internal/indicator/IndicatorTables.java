package org.wfed.reporting.internal.indicator;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.wfed.core.OrgService;
import org.wfed.core.Period;
import org.wfed.core.Scope;
import org.wfed.core.WfedException;
import org.wfed.core.dto.OrgUnit;
import org.wfed.core.extension.Indicator;
import org.wfed.reporting.dto.IndicatorInfo;
import org.wfed.reporting.dto.IndicatorTable;
import org.wfed.reporting.dto.TableRow;

/**
 * Builds the indicator table of a unit: one row per child unit as the tree stood in the period
 * (drill-down is the same table for a child), the unit's own records, the total, and the same
 * range a year earlier for comparison.
 */
@Component(service = IndicatorTables.class)
public final class IndicatorTables {
    private final OrgService orgs;
    private final Contributions contributions;
    private final IndicatorEngine engine;

    @Activate
    public IndicatorTables(@Reference OrgService orgs, @Reference Contributions contributions, @Reference IndicatorEngine engine) {
        this.orgs = orgs;
        this.contributions = contributions;
        this.engine = engine;
    }

    public List<IndicatorInfo> list() {
        return contributions.indicators().stream().map(IndicatorTables::info).toList();
    }

    public static IndicatorInfo info(Indicator i) {
        String[] ratio = i.ratioOf();
        return new IndicatorInfo(i.id(), i.nameZh(), i.nameEn(), i.unitZh(), i.section(), i.order(), ratio != null,
                ratio == null ? List.of() : Arrays.asList(ratio));
    }

    public IndicatorTable table(long unitId, Period period) {
        return table(unitId, period, true);
    }

    /** The table; without {@code compare} the year before is not computed (half the work, e.g. for monthly charts). */
    public IndicatorTable table(long unitId, Period period, boolean compare) {
        return table(unitId, period, compare, IndicatorEngine.Run.REQUEST);
    }

    /** The table, computed as {@code run} says (a background warm-up runs on its own thread and can be stopped). */
    public IndicatorTable table(long unitId, Period period, boolean compare, IndicatorEngine.Run run) {
        OrgUnit unit = orgs.get(unitId);
        List<Indicator> indicators = contributions.indicators();
        Scope scope = orgs.scope(unitId, period);
        Period before = period.previousYear();
        Scope previous = compare ? previousScope(unitId, before) : null;
        List<Figures> figures = engine.computeAll(previous == null ? List.of(scope) : List.of(scope, previous), indicators, run);
        Figures now = figures.get(0);
        Figures then = previous == null ? null : figures.get(1);
        List<TableRow> rows = new ArrayList<>();
        Map<Long, String> names = names(unitId, scope);
        for (long child : scope.children()) {
            rows.add(new TableRow(child, names.get(child), false, now.ofChild(child),
                    then == null ? null : then.ofChild(child)));
        }
        Map<String, Number> own = now.ofChild(unitId);
        if (own.values().stream().anyMatch(v -> v != null && v.doubleValue() != 0) || scope.children().isEmpty()) {
            rows.add(new TableRow(unitId, unit.name() + "（本级）", true, own, then == null ? null : then.ofChild(unitId)));
        }
        TableRow total = new TableRow(unitId, "合计", false, now.totals(), then == null ? null : then.totals());
        return new IndicatorTable(unitId, unit.name(), period.from(), period.to(), then == null ? null : before.from(),
                then == null ? null : before.to(), indicators.stream().map(IndicatorTables::info).toList(), rows, total);
    }

    /** The subtree a year earlier, or null when the unit did not exist then. */
    private Scope previousScope(long unitId, Period before) {
        try {
            return orgs.scope(unitId, before);
        } catch (WfedException e) {
            return null;
        }
    }

    /** Names of the children: the current ones in one call, units gone since one by one (rare). */
    private Map<Long, String> names(long unitId, Scope scope) {
        Map<Long, String> names = new java.util.HashMap<>();
        orgs.children(unitId).forEach(u -> names.put(u.id(), u.name()));
        List<Long> gone = scope.children().stream().filter(id -> !names.containsKey(id)).toList();
        orgs.get(gone).values().forEach(u -> names.put(u.id(), u.name()));
        return names;
    }
}
