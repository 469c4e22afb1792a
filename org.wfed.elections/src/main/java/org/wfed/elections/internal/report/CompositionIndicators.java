package org.wfed.elections.internal.report;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.wfed.core.Database;
import org.wfed.core.Jdbc;
import org.wfed.core.Period;
import org.wfed.core.Scope;
import org.wfed.core.dto.PersonFacts;
import org.wfed.core.extension.Batch;
import org.wfed.core.extension.Derived;
import org.wfed.core.extension.Dimension;
import org.wfed.core.extension.Indicator;
import org.wfed.core.extension.Indicators;
import org.wfed.core.extension.Measure;
import org.wfed.core.extension.Member;
import org.wfed.core.extension.Values;
import org.wfed.elections.dto.PositionKind;
import org.wfed.elections.internal.People;
import org.wfed.elections.internal.stats.Committee;
import org.wfed.elections.internal.stats.CommitteeMember;
import org.wfed.elections.internal.stats.PreviousTerms;
import org.wfed.elections.internal.store.ElectionRow;
import org.wfed.elections.internal.store.ElectionStore;

/**
 * An election's composition before → after (班子结构：两降两升), by position of the committee (dimension
 * {@code elections.committee}: the whole committee 执委, 常委, 主席, 副主席; a unit's total is the whole committee): the
 * new committee's members, sum of ages, under 35, 大专及以上, postgraduates, party members and 两委 seats on election
 * day; the same of the previous term (core's leadership history, else the unit's entered previous term); and the
 * average ages, changes, differences and multiples derived from those sums at every level — a street's average age
 * over its communities is the average over all their members.
 */
final class CompositionIndicators {
    private static final String ELECTED = "SELECT e.unit_id, p.kind, c.person_id, c.sector, c.in_two_committees, e.election_date"
            + " FROM elec_candidate c JOIN elec_position p ON p.id = c.position_id JOIN elec_election e ON e.id = p.election_id"
            + " WHERE c.elected = TRUE AND p.kind <> 'DELEGATE' AND e.election_date BETWEEN ? AND ?"
            + " AND e.step IN ('RESULT_PUBLISHED', 'FIRST_MEETING', 'FILED')";

    private CompositionIndicators() {
    }

    static List<Indicator> indicators(Database db, People people, ElectionStore store, PreviousTerms previous) {
        Dimension committee = Dimension.of("elections.committee", "班子职务", "Committee position", List.of(
                new Member(PositionKind.EXECUTIVE.name(), "执委（含主席、副主席）", "Executive members (all)"),
                new Member(PositionKind.STANDING.name(), PositionKind.STANDING.zh(), "Standing members"),
                new Member(PositionKind.CHAIR.name(), PositionKind.CHAIR.zh(), "Chairs"),
                new Member(PositionKind.VICE_CHAIR.name(), PositionKind.VICE_CHAIR.zh(), "Vice-chairs")));
        Sums after = (scope, period, batch) -> batch.shared(List.of("elections.after", scope, period),
                () -> after(db, people, scope, period));
        Sums before = (scope, period, batch) -> batch.shared(List.of("elections.before", scope, period),
                () -> before(db, store, previous, scope, period));
        List<Indicator> out = new ArrayList<>();
        int order = 50;
        for (boolean isAfter : new boolean[] {true, false}) {
            Sums sums = isAfter ? after : before;
            String p = isAfter ? "elections." : "elections.previous";
            String zh = isAfter ? "新一届班子" : "上届班子";
            String en = isAfter ? "New committee" : "Previous committee";
            out.add(plain(p + (isAfter ? "members" : "Members"), zh + "人数", en + ": members", "人", order++, committee, sums,
                    c -> BigDecimal.valueOf(c.members())));
            out.add(Indicators.define(p + (isAfter ? "ageSum" : "AgeSum")).names(zh + "年龄合计", en + ": sum of ages").unit("岁")
                    .measure(Measure.QUANTITY).section(ElectionsIndicators.ORGANISATION).order(order++).by(committee)
                    .computed(values(sums, Committee::ageSum)));
            out.add(plain(p + (isAfter ? "withAge" : "WithAge"), zh + "年龄已知人数", en + ": members of known age", "人", order++,
                    committee, sums, c -> BigDecimal.valueOf(c.withAge())));
            out.add(derived(p + (isAfter ? "averageAge" : "AverageAge"), zh + "平均年龄", en + ": average age", "岁", order++, committee,
                    Derived.average(p + (isAfter ? "ageSum" : "AgeSum"), p + (isAfter ? "withAge" : "WithAge"))));
            out.add(plain(p + (isAfter ? "under35" : "Under35"), zh + "35岁以下", en + ": under 35", "人", order++, committee, sums,
                    c -> BigDecimal.valueOf(c.under35())));
            out.add(plain(p + (isAfter ? "college" : "College"), zh + "大专及以上学历", en + ": college or above", "人", order++,
                    committee, sums, c -> BigDecimal.valueOf(c.college())));
            out.add(plain(p + (isAfter ? "postgraduate" : "Postgraduate"), zh + "研究生学历", en + ": postgraduates", "人", order++,
                    committee, sums, c -> BigDecimal.valueOf(c.postgraduate())));
            out.add(plain(p + (isAfter ? "partyMembers" : "PartyMembers"), zh + "中共党员", en + ": party members", "人", order++,
                    committee, sums, c -> BigDecimal.valueOf(c.partyMembers())));
            out.add(plain(p + (isAfter ? "inTwoCommittees" : "InTwoCommittees"), zh + "进两委", en + ": in the two committees", "人",
                    order++, committee, sums, c -> BigDecimal.valueOf(c.inTwoCommittees())));
            out.add(derived(p + (isAfter ? "inTwoCommitteesRate" : "InTwoCommitteesRate"), zh + "进两委比例",
                    en + ": share in the two committees", "%", order++, committee,
                    Derived.percent(p + (isAfter ? "inTwoCommittees" : "InTwoCommittees"), p + (isAfter ? "members" : "Members"))));
        }
        out.add(derived("elections.averageAgeDifference", "平均年龄较上届增减", "Average age: difference from the previous term", "岁",
                order++, committee, Derived.difference("elections.averageAge", "elections.previousAverageAge")));
        out.add(derived("elections.averageAgeChange", "平均年龄较上届升降幅度", "Average age: change from the previous term", "%",
                order++, committee, Derived.change("elections.averageAge", "elections.previousAverageAge")));
        out.add(derived("elections.collegeDifference", "大专及以上学历人数较上届增减", "College or above: difference from the previous term",
                "人", order++, committee, Derived.difference("elections.college", "elections.previousCollege")));
        out.add(derived("elections.collegeMultiple", "大专及以上学历人数为上届的倍数", "College or above: multiple of the previous term",
                "倍", order, committee, Derived.average("elections.college", "elections.previousCollege")));
        return out;
    }

    /** A committee's sums per unit and position, shared by a report's indicators. */
    private interface Sums {
        Map<Long, Map<PositionKind, Committee>> of(Scope scope, Period period, Batch batch);
    }

    private static Indicator plain(String id, String nameZh, String nameEn, String unit, int order, Dimension committee, Sums sums,
                                   Function<Committee, BigDecimal> figure) {
        return Indicators.define(id).names(nameZh, nameEn).unit(unit).section(ElectionsIndicators.ORGANISATION).order(order)
                .by(committee).computed(values(sums, figure));
    }

    private static Indicator derived(String id, String nameZh, String nameEn, String unit, int order, Dimension committee, Derived d) {
        return Indicators.define(id).names(nameZh, nameEn).unit(unit).section(ElectionsIndicators.ORGANISATION).order(order)
                .by(committee).derived(d);
    }

    /** One figure of the sums, per unit and position; a unit's total is its whole committee (执委). */
    private static Indicators.Computation values(Sums sums, Function<Committee, BigDecimal> figure) {
        return (scope, period, batch) -> {
            Values out = new Values();
            sums.of(scope, period, batch).forEach((unit, byKind) -> {
                byKind.forEach((kind, c) -> out.add(unit, kind.name(), figure.apply(c)));
                Committee all = byKind.get(PositionKind.EXECUTIVE);
                out.setTotal(unit, all == null ? BigDecimal.ZERO : figure.apply(all));
            });
            return out;
        };
    }

    /** The new committees of the scope's elections held in the period (result published), facts on election day. */
    private static Map<Long, Map<PositionKind, Committee>> after(Database db, People people, Scope scope, Period period) {
        List<CommitteeMember> rows = db.read(c -> Jdbc.list(c, ELECTED, CompositionIndicators::row, period.from(), period.to()))
                .stream().filter(r -> scope.contains(r.unitId())).toList();
        Map<Long, PersonFacts> facts = people.facts(rows.stream().map(CommitteeMember::personId).distinct().toList());
        Map<Long, Map<PositionKind, Committee>> out = new HashMap<>();
        for (CommitteeMember r : rows) {
            out.computeIfAbsent(r.unitId(), u -> new EnumMap<>(PositionKind.class))
                    .computeIfAbsent(r.kind(), k -> new Committee()).add(r, facts.get(r.personId()));
        }
        return out;
    }

    private static CommitteeMember row(ResultSet rs) throws java.sql.SQLException {
        return new CommitteeMember(rs.getLong(1), PositionKind.valueOf(rs.getString(2)), rs.getLong(3), rs.getString(4),
                rs.getBoolean(5), Jdbc.date(rs, "election_date"));
    }

    /** The previous committees of the same elections, per unit (a unit with two elections in the period adds both). */
    private static Map<Long, Map<PositionKind, Committee>> before(Database db, ElectionStore store, PreviousTerms previous,
                                                                   Scope scope, Period period) {
        List<ElectionRow> elections = db.read(c -> store.published(c, period.from(), period.to())).stream()
                .filter(e -> scope.contains(e.unitId())).toList();
        Map<Long, Long> unitOf = new HashMap<>();
        elections.forEach(e -> unitOf.put(e.id(), e.unitId()));
        Map<Long, Map<PositionKind, Committee>> out = new HashMap<>();
        previous.before(elections).forEach((election, byKind) -> byKind.forEach((kind, c) ->
                out.computeIfAbsent(unitOf.get(election), u -> new EnumMap<>(PositionKind.class))
                        .computeIfAbsent(kind, k -> new Committee()).add(c)));
        return out;
    }
}
