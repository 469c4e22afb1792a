package org.wfed.reporting.internal.indicator;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.wfed.core.OrgService;
import org.wfed.core.Period;
import org.wfed.core.Scope;
import org.wfed.core.WfedException;
import org.wfed.core.dto.OrgUnit;
import org.wfed.core.extension.Derived;
import org.wfed.core.extension.Dimension;
import org.wfed.core.extension.Indicator;
import org.wfed.core.extension.Member;
import org.wfed.reporting.dto.DimensionInfo;
import org.wfed.reporting.dto.IndicatorInfo;
import org.wfed.reporting.dto.IndicatorTable;
import org.wfed.reporting.dto.TableRow;

/**
 * Builds the indicator table of a unit: one row per child unit as the tree stood in the period
 * (drill-down is the same table for a child), the unit's own records, the total, and the same
 * range a year earlier for comparison. A breakdown indicator adds one value per member to every row.
 */
@Component(service = IndicatorTables.class)
public final class IndicatorTables {
    private static final Logger LOG = LoggerFactory.getLogger(IndicatorTables.class);

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
        // members that are records of units (stations) are named only in a table, within the reader's subtree
        Map<String, List<Member>> known = knownMembers(contributions.indicators().stream()
                .filter(i -> i.dimension() == null || !i.dimension().ofUnits()).toList());
        return contributions.indicators().stream().map(i -> info(i, known.get(i.id()))).toList();
    }

    /** The indicator as the API lists it, with the members given (null: it has no breakdown). */
    public static IndicatorInfo info(Indicator i, List<Member> members) {
        Derived d = i.derived();
        Dimension dim = i.dimension();
        return new IndicatorInfo(i.id(), i.nameZh(), i.nameEn(), i.unitZh(), i.section(), i.order(), d != null,
                d == null ? List.of() : List.of(d.numerator(), d.denominator()), i.measure().name(), i.reach().name(),
                dim == null ? null : new DimensionInfo(dim.id(), dim.nameZh(), dim.nameEn(), members == null ? List.of() : members));
    }

    /**
     * The members each breakdown indicator's dimension knows now (asked once per dimension); a dimension that
     * fails to answer is logged and treated as knowing none, so that its values still show under their codes.
     */
    public static Map<String, List<Member>> knownMembers(List<Indicator> indicators) {
        Map<String, List<Member>> byDimension = new HashMap<>();
        Map<String, List<Member>> out = new HashMap<>();
        for (Indicator i : indicators) {
            Dimension d = i.dimension();
            if (d == null) {
                continue;
            }
            out.put(i.id(), byDimension.computeIfAbsent(d.id(), k -> {
                try {
                    return List.copyOf(d.members());
                } catch (RuntimeException e) {
                    LOG.error("dimension {} of indicator {} failed to list its members", d.id(), i.id(), e);
                    return List.of();
                }
            }));
        }
        return out;
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
        Map<String, List<Member>> known = knownMembers(indicators);
        Map<String, List<Member>> members = new LinkedHashMap<>();
        Map<String, List<String>> shown = new LinkedHashMap<>();
        known.forEach((id, list) -> {
            List<Member> all = membersShown(list, now.memberCodes(id), then == null ? Set.of() : then.memberCodes(id));
            members.put(id, all);
            shown.put(id, all.stream().map(Member::code).toList());
        });
        List<TableRow> rows = new ArrayList<>();
        Map<Long, String> names = names(unitId, scope);
        for (long child : scope.children()) {
            rows.add(new TableRow(child, names.get(child), false, now.row(child, shown),
                    then == null ? null : then.row(child, shown)));
        }
        Map<String, Number> own = now.row(unitId, shown);
        if (own.values().stream().anyMatch(v -> v != null && v.doubleValue() != 0) || scope.children().isEmpty()) {
            rows.add(new TableRow(unitId, unit.name() + "（本级）", true, own, then == null ? null : then.row(unitId, shown)));
        }
        TableRow total = new TableRow(unitId, "合计", false, now.row(null, shown), then == null ? null : then.row(null, shown));
        return new IndicatorTable(unitId, unit.name(), period.from(), period.to(), then == null ? null : before.from(),
                then == null ? null : before.to(), indicators.stream().map(i -> info(i, members.get(i.id()))).toList(), rows, total);
    }

    /** The dimension's members, then any other code with data in either period (named by its code). */
    private static List<Member> membersShown(List<Member> known, Set<String> now, Set<String> then) {
        Map<String, Member> out = new LinkedHashMap<>();
        known.forEach(m -> out.put(m.code(), m));
        Set<String> others = new LinkedHashSet<>(new java.util.TreeSet<>(now));
        others.addAll(new java.util.TreeSet<>(then));
        // a code no member lists shows under itself (one a placeholder cannot name is counted in the total only)
        others.stream().filter(code -> Address.parse("x.y[" + code + "]") != null)
                .forEach(code -> out.putIfAbsent(code, new Member(code, code, code)));
        return List.copyOf(out.values());
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
        Map<Long, String> names = new HashMap<>();
        orgs.children(unitId).forEach(u -> names.put(u.id(), u.name()));
        List<Long> gone = scope.children().stream().filter(id -> !names.containsKey(id)).toList();
        orgs.get(gone).values().forEach(u -> names.put(u.id(), u.name()));
        return names;
    }
}
