package org.wfed.elections.internal.stats;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.wfed.core.Database;
import org.wfed.core.OrgService;
import org.wfed.core.Period;
import org.wfed.core.Scope;
import org.wfed.core.dto.Leader;
import org.wfed.core.dto.OrgUnit;
import org.wfed.core.dto.PersonFacts;
import org.wfed.core.dto.Position;
import org.wfed.elections.dto.BoardRow;
import org.wfed.elections.dto.Composition;
import org.wfed.elections.dto.ElectionStats;
import org.wfed.elections.dto.PositionKind;
import org.wfed.elections.dto.Rollup;
import org.wfed.elections.dto.Step;
import org.wfed.elections.internal.People;
import org.wfed.elections.internal.store.ElectionRow;
import org.wfed.elections.internal.store.ElectionStore;
import org.wfed.elections.internal.store.ElectionStore.ElectedRow;

/**
 * Composition of a new committee against the previous term, and the roll-up of a street or
 * district over the units below: progress board, totals, chairs in 两委, chairs' and vice-chairs'
 * age and education before → after.
 */
@Component(service = StatsService.class)
public final class StatsService {

    /** How far back to look for the previous committee, in days before the election. */
    private static final int[] LOOK_BACK_DAYS = {1, 30, 90, 180, 365};

    private final Database db;
    private final ElectionStore store;
    private final OrgService org;
    private final People people;

    @Activate
    public StatsService(@Reference Database db, @Reference ElectionStore store, @Reference OrgService org,
                        @Reference People people) {
        this.db = db;
        this.store = store;
        this.org = org;
        this.people = people;
    }

    public ElectionStats election(long id) {
        ElectionRow e = db.read(c -> store.get(c, id));
        List<ElectedRow> elected = db.read(c -> store.elected(c, List.of(id)));
        Map<Long, PersonFacts> facts = people.facts(elected.stream().map(ElectedRow::personId).toList());
        List<Composition> after = new ArrayList<>();
        for (PositionKind k : PositionKind.values()) {
            List<Member> ms = elected.stream().filter(r -> r.kind() == k)
                    .map(r -> new Member(facts.get(r.personId()), r.sector(), r.inTwoCommittees())).toList();
            if (!ms.isEmpty()) {
                after.add(Compositions.of(k.name(), k.zh(), ms, e.electionDate()));
            }
        }
        return new ElectionStats(id, after, before(List.of(e)));
    }

    /** The previous committee of each election's unit, the day before the election, by position. */
    private List<Composition> before(List<ElectionRow> elections) {
        Map<Position, List<Leader>> byPosition = new LinkedHashMap<>();
        for (ElectionRow e : elections) {
            for (Leader l : previousCommittee(e)) {
                byPosition.computeIfAbsent(l.position(), p -> new ArrayList<>()).add(l);
            }
        }
        Map<Long, PersonFacts> facts = people.facts(byPosition.values().stream().flatMap(List::stream).map(Leader::personId).toList());
        List<Composition> out = new ArrayList<>();
        LocalDate day = elections.isEmpty() ? LocalDate.now() : elections.get(0).electionDate().minusDays(1);
        List<Member> all = new ArrayList<>();
        for (Position p : Position.values()) {
            List<Leader> ls = byPosition.getOrDefault(p, List.of());
            List<Member> ms = ls.stream().map(l -> new Member(facts.get(l.personId()), l.sector(), l.inTwoCommittees())).toList();
            all.addAll(ms);
            if (!ms.isEmpty() && p != Position.EXECUTIVE) {
                out.add(Compositions.of(p.name(), p.labelZh(), ms, day));
            }
        }
        if (!all.isEmpty()) {
            // every seat is an executive member (执委) too, as in the new committee's count
            out.add(Compositions.of(PositionKind.EXECUTIVE.name(), PositionKind.EXECUTIVE.zh(), all, day));
        }
        return out;
    }

    /**
     * The committee the election replaces: the one seated the day before the election or, when its
     * term had lapsed by then (elections often come late), the last one seated within the year before.
     */
    private List<Leader> previousCommittee(ElectionRow e) {
        for (int daysBack : LOOK_BACK_DAYS) {
            List<Leader> seated = org.leadership(e.unitId(), e.electionDate().minusDays(daysBack));
            if (!seated.isEmpty()) {
                return seated;
            }
        }
        return List.of();
    }

    public Rollup rollup(long root, LocalDate from, LocalDate to, LocalDate deadline, LocalDate today) {
        Scope scope = org.scope(root, new Period(from, to));
        OrgUnit top = org.get(root);
        List<Long> unitIds = new ArrayList<>(scope.unitIds());
        List<ElectionRow> all = db.read(c -> store.ofUnits(c, unitIds));
        Map<Long, ElectionRow> latest = new LinkedHashMap<>();
        for (ElectionRow e : all) {
            if (!e.electionDate().isBefore(from) && !e.electionDate().isAfter(to)) {
                latest.putIfAbsent(e.unitId(), e);
            }
        }
        Map<Long, OrgUnit> units = org.get(unitIds);
        List<BoardRow> board = new ArrayList<>();
        int finished = 0;
        int late = 0;
        int notStarted = 0;
        for (Long unitId : unitIds) {
            OrgUnit u = units.get(unitId);
            ElectionRow e = latest.get(unitId);
            boolean onBoard = e != null || (u.kind().isGrassroots() && (unitId != root || unitIds.size() == 1));
            if (!onBoard) {
                continue;
            }
            boolean done = e != null && e.step() == Step.FILED;
            LocalDate due = e != null && e.deadline() != null ? e.deadline() : deadline;
            boolean isLate = !done && due != null && today.isAfter(due);
            finished += done ? 1 : 0;
            late += isLate ? 1 : 0;
            notStarted += e == null ? 1 : 0;
            board.add(new BoardRow(unitId, u.name(), e == null ? null : e.id(), e == null ? null : e.step(),
                    e == null ? "未启动" : e.step().zh(), e == null ? null : e.electionDate(), due, done, isLate));
        }
        board.sort(java.util.Comparator.comparing(BoardRow::unitName));
        List<ElectionRow> elections = new ArrayList<>(latest.values());
        List<ElectedRow> elected = db.read(c -> store.elected(c, elections.stream().map(ElectionRow::id).toList()));
        Map<Long, PersonFacts> facts = people.facts(elected.stream().map(ElectedRow::personId).toList());
        long chairsInTwo = count(elected, PositionKind.CHAIR, true);
        long chairs = count(elected, PositionKind.CHAIR, false);
        Map<Long, ElectionRow> byId = new HashMap<>();
        elections.forEach(e -> byId.put(e.id(), e));
        List<ElectionRow> withChair = elections.stream()
                .filter(e -> elected.stream().anyMatch(r -> r.electionId() == e.id() && r.kind() == PositionKind.CHAIR)).toList();
        List<Composition> before = before(withChair);
        return new Rollup(root, top.name(), from, to, board.size(), finished, late, notStarted,
                count(elected, PositionKind.DELEGATE, false), count(elected, PositionKind.EXECUTIVE, false), chairs,
                count(elected, PositionKind.VICE_CHAIR, false), chairsInTwo,
                chairs == 0 ? null : (int) Math.round(chairsInTwo * 100.0 / chairs),
                find(before, Position.CHAIR.name()), after(elected, facts, byId, PositionKind.CHAIR),
                find(before, Position.VICE_CHAIR.name()), after(elected, facts, byId, PositionKind.VICE_CHAIR), board);
    }

    private static long count(List<ElectedRow> elected, PositionKind kind, boolean inTwoOnly) {
        return elected.stream().filter(r -> r.kind() == kind && (!inTwoOnly || r.inTwoCommittees())).count();
    }

    private static Composition find(List<Composition> list, String group) {
        return list.stream().filter(c -> c.group().equals(group)).findFirst().orElse(null);
    }

    private static Composition after(List<ElectedRow> elected, Map<Long, PersonFacts> facts, Map<Long, ElectionRow> byId,
                                     PositionKind kind) {
        List<ElectedRow> rows = elected.stream().filter(r -> r.kind() == kind).toList();
        LocalDate day = rows.isEmpty() ? LocalDate.now() : byId.get(rows.get(0).electionId()).electionDate();
        return Compositions.of(kind.name(), kind.zh(), rows.stream()
                .map(r -> new Member(facts.get(r.personId()), r.sector(), r.inTwoCommittees())).toList(), day);
    }
}
