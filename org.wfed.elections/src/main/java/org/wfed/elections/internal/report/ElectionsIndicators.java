package org.wfed.elections.internal.report;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiPredicate;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.wfed.core.Database;
import org.wfed.core.Jdbc;
import org.wfed.core.Period;
import org.wfed.core.Scope;
import org.wfed.core.dto.PersonFacts;
import org.wfed.core.extension.Derived;
import org.wfed.core.extension.Dimension;
import org.wfed.core.extension.Indicator;
import org.wfed.core.extension.Indicators;
import org.wfed.core.extension.Member;
import org.wfed.core.extension.SqlPass;
import org.wfed.core.extension.Values;
import org.wfed.elections.dto.PositionKind;
import org.wfed.elections.internal.ElectionsSchema;
import org.wfed.elections.internal.People;
import org.wfed.elections.internal.stats.PreviousTerms;
import org.wfed.elections.internal.store.ElectionStore;

/**
 * The elections module's figures for the organisation section (组织建设 · 换届选举): units that finished their
 * election, the people elected broken down by position (代表, 执委, 常委, 主席, 副主席), each position's count,
 * the new chairs and vice-chairs by their registry facts on election day (大专及以上, under 35), and the chairs in
 * the 两委 with their share. Counted for elections held in the period once the result is published.
 *
 * <p>Elections are few (one a unit in five years), so every unit's rows are read and the scope applied in Java:
 * a unit condition inside this three-table join made Derby re-evaluate it row by row at city scale.
 */
@Component(immediate = true)
public final class ElectionsIndicators {
    static final String ORGANISATION = "organisation";
    private static final String PUBLISHED = "e.step IN ('RESULT_PUBLISHED', 'FIRST_MEETING', 'FILED')";
    /** People elected per unit and position (and how many of them sit on the 两委). */
    private static final String ELECTED = "SELECT e.unit_id, p.kind, COUNT(*), SUM(CASE WHEN c.in_two_committees = TRUE THEN 1 ELSE 0 END)"
            + " FROM elec_candidate c JOIN elec_position p ON p.id = c.position_id JOIN elec_election e ON e.id = p.election_id"
            + " WHERE c.elected = TRUE AND e.election_date BETWEEN {from} AND {to} AND " + PUBLISHED + " GROUP BY e.unit_id, p.kind";
    private static final String ELECTED_PEOPLE = "SELECT e.unit_id, c.person_id, e.election_date FROM elec_candidate c"
            + " JOIN elec_position p ON p.id = c.position_id JOIN elec_election e ON e.id = p.election_id"
            + " WHERE c.elected = TRUE AND p.kind = ? AND e.election_date BETWEEN ? AND ? AND " + PUBLISHED;

    private final Indicators.Registration registrations;

    @Activate
    public ElectionsIndicators(BundleContext context, @Reference Database db, @Reference People people,
                               @Reference ElectionsSchema schema, @Reference ElectionStore store, @Reference PreviousTerms previous) {
        List<Indicator> all = new ArrayList<>(indicators(db, people));
        all.addAll(CompositionIndicators.indicators(db, people, store, previous));
        registrations = Indicators.register(context, all);
    }

    @Deactivate
    void deactivate() {
        registrations.unregister();
    }

    static List<Indicator> indicators(Database db, People people) {
        Dimension positions = Dimension.of("elections.position", "职务", "Position", Arrays.stream(PositionKind.values())
                .map(k -> new Member(k.name(), k.zh(), k.name())).toList());
        SqlPass elected = SqlPass.byMember(db, ELECTED);
        return List.of(
                organisation("elections.finished", "完成换届的单位", "Units that finished their election", "个", 1)
                        .sql(db, "SELECT unit_id, COUNT(DISTINCT unit_id) FROM elec_election WHERE step = 'FILED'"
                                + " AND filed_on BETWEEN {from} AND {to} GROUP BY unit_id"),
                organisation("elections.elected", "换届选举产生", "People elected", "人", 2).by(positions).from(elected, 1),
                organisation("elections.delegates", "选举产生妇女代表", "Delegates elected", "人", 5).from(elected, 1, of(PositionKind.DELEGATE)),
                organisation("elections.executives", "换届选举产生执委", "Executive members elected", "人", 10)
                        .from(elected, 1, of(PositionKind.EXECUTIVE)),
                organisation("elections.chairs", "换届选举产生主席", "Chairs elected", "人", 20).from(elected, 1, of(PositionKind.CHAIR)),
                organisation("elections.chairsCollege", "大专及以上学历的新任妇联主席", "Chairs with college education", "人", 21)
                        .computed(byFacts(db, people, PositionKind.CHAIR, (f, day) -> f.education() != null && f.education().isCollegeOrAbove())),
                organisation("elections.chairsUnder35", "35岁以下的新任妇联主席", "Chairs under 35", "人", 22)
                        .computed(byFacts(db, people, PositionKind.CHAIR, (f, day) -> f.birthDate() != null && f.ageOn(day) < 35)),
                organisation("elections.viceChairs", "换届选举产生副主席", "Vice-chairs elected", "人", 30)
                        .from(elected, 1, of(PositionKind.VICE_CHAIR)),
                organisation("elections.viceChairsCollege", "大专及以上学历的新任妇联副主席", "Vice-chairs with college education", "人", 31)
                        .computed(byFacts(db, people, PositionKind.VICE_CHAIR,
                                (f, day) -> f.education() != null && f.education().isCollegeOrAbove())),
                organisation("elections.chairsInTwoCommittees", "进入村（社区）两委的妇联主席", "Chairs in the two committees", "人", 40)
                        .from(elected, 2, of(PositionKind.CHAIR)),
                organisation("elections.chairsInTwoCommitteesRate", "妇联主席进两委比例", "Share of chairs in the two committees", "%", 41)
                        .derived(Derived.percent("elections.chairsInTwoCommittees", "elections.chairs")));
    }

    private static java.util.function.Predicate<SqlPass.Row> of(PositionKind kind) {
        return row -> kind.name().equals(row.member());
    }

    private static Indicators.Builder organisation(String id, String nameZh, String nameEn, String unitZh, int order) {
        return Indicators.define(id).names(nameZh, nameEn).unit(unitZh).section(ORGANISATION).order(order);
    }

    /** One person elected to a position, at a unit, on a day. */
    private record Elected(long unitId, long personId, LocalDate day) {
    }

    /** People elected to one position whose registry facts pass the test on election day, per unit. */
    private static Indicators.Computation byFacts(Database db, People people, PositionKind kind,
                                                  BiPredicate<PersonFacts, LocalDate> test) {
        return (Scope scope, Period period, org.wfed.core.extension.Batch batch) -> {
            List<Elected> rows = batch.shared(List.of("elections.elected", kind, scope, period), () -> db.read(c -> Jdbc.list(c,
                    ELECTED_PEOPLE, rs -> new Elected(rs.getLong(1), rs.getLong(2), Jdbc.date(rs, "election_date")),
                    kind.name(), period.from(), period.to()))).stream().filter(r -> scope.contains(r.unitId())).toList();
            Map<Long, PersonFacts> facts = batch.shared(List.of("elections.facts", kind, scope, period),
                    () -> people.facts(new ArrayList<>(rows.stream().map(Elected::personId).toList())));
            Values out = new Values();
            Map<Long, Long> counted = new HashMap<>();
            for (Elected r : rows) {
                PersonFacts f = facts.get(r.personId());
                if (f != null && test.test(f, r.day())) {
                    counted.merge(r.unitId(), 1L, Long::sum);
                }
            }
            counted.forEach((unit, n) -> out.add(unit, BigDecimal.valueOf(n)));
            return out;
        };
    }
}
