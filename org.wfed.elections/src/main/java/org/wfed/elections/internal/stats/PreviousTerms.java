package org.wfed.elections.internal.stats;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.wfed.core.AuditLog;
import org.wfed.core.Caller;
import org.wfed.core.Database;
import org.wfed.core.FieldCode;
import org.wfed.core.FieldError;
import org.wfed.core.Jdbc;
import org.wfed.core.OrgService;
import org.wfed.core.PeriodLocks;
import org.wfed.core.WfedException;
import org.wfed.core.dto.Leader;
import org.wfed.core.dto.PersonFacts;
import org.wfed.core.dto.Position;
import org.wfed.elections.ElectionsError;
import org.wfed.elections.dto.PositionKind;
import org.wfed.elections.dto.PreviousGroup;
import org.wfed.elections.dto.PreviousTerm;
import org.wfed.elections.dto.PreviousTermInput;
import org.wfed.elections.internal.ElectionsSchema;
import org.wfed.elections.internal.People;
import org.wfed.elections.internal.store.ElectionRow;
import org.wfed.elections.internal.store.ElectionStore;

/**
 * The committee an election replaces (上届班子): core's leadership history of the unit when wfed holds it, else the
 * previous term's composition entered once for the unit — never an old election re-run. The entry is one versioned,
 * audited write per unit.
 */
@Component(service = PreviousTerms.class)
public final class PreviousTerms {
    /** How far back to look for the previous committee, in days before the election. */
    private static final int[] LOOK_BACK_DAYS = {1, 30, 90, 180, 365};
    /** The positions of a committee (delegates are not one). */
    static final Set<PositionKind> COMMITTEE = EnumSet.of(PositionKind.EXECUTIVE, PositionKind.STANDING, PositionKind.CHAIR,
            PositionKind.VICE_CHAIR);
    private static final String GROUPS = "SELECT unit_id, kind, members, average_age, under35, college, postgraduate, party_members,"
            + " in_two_committees FROM elec_previous_group";

    private final Database db;
    private final OrgService org;
    private final AuditLog audit;
    private final ElectionStore store;
    private final People people;
    private final PeriodLocks locks;

    @Activate
    public PreviousTerms(@Reference Database db, @Reference OrgService org, @Reference AuditLog audit,
                         @Reference ElectionStore store, @Reference People people, @Reference PeriodLocks locks,
                         @Reference ElectionsSchema schema) {
        this.people = people;
        this.locks = locks;
        this.db = db;
        this.org = org;
        this.audit = audit;
        this.store = store;
    }

    /**
     * The committee seated the day before the election or, when its term had lapsed by then (elections often come
     * late), the last one seated within the year before; empty when core holds none.
     */
    public List<Leader> history(ElectionRow e) {
        return histories(List.of(e)).get(e.id());
    }

    /**
     * {@link #history} of each election, by election id, from one query over the elections' units and the year
     * before each (a district's year of elections asked core once per election and look-back day before).
     */
    Map<Long, List<Leader>> histories(List<ElectionRow> elections) {
        if (elections.isEmpty()) {
            return new HashMap<>();
        }
        LocalDate from = elections.stream().map(ElectionRow::electionDate).min(LocalDate::compareTo).orElseThrow()
                .minusDays(LOOK_BACK_DAYS[LOOK_BACK_DAYS.length - 1]);
        LocalDate to = elections.stream().map(ElectionRow::electionDate).max(LocalDate::compareTo).orElseThrow()
                .minusDays(LOOK_BACK_DAYS[0]);
        Map<Long, List<Leader>> seats = org.leadership(elections.stream().map(ElectionRow::unitId).distinct().toList(), from, to);
        Map<Long, List<Leader>> out = new HashMap<>();
        for (ElectionRow e : elections) {
            out.put(e.id(), seatedBefore(seats.getOrDefault(e.unitId(), List.of()), e.electionDate()));
        }
        return out;
    }

    /**
     * Of a unit's seats (in core's order), those held the day before the election or, when none, on the first look-back
     * day with any: as {@link #history} asks core day by day.
     */
    static List<Leader> seatedBefore(List<Leader> seats, LocalDate electionDate) {
        for (int daysBack : LOOK_BACK_DAYS) {
            LocalDate day = electionDate.minusDays(daysBack);
            List<Leader> held = seats.stream()
                    .filter(l -> !l.termFrom().isAfter(day) && (l.termTo() == null || !l.termTo().isBefore(day))).toList();
            if (!held.isEmpty()) {
                return held;
            }
        }
        return List.of();
    }

    /** The entered previous terms of every unit, by unit (a small table: one row a position of a unit that entered one). */
    public Map<Long, List<PreviousGroup>> entered() {
        return db.read(c -> Jdbc.list(c, GROUPS + " ORDER BY unit_id, kind", PreviousTerms::group))
                .stream().collect(Collectors.groupingBy(GroupRow::unitId, Collectors.mapping(GroupRow::group, Collectors.toList())));
    }

    /** The unit's entry (version 0 and no groups when none). */
    public PreviousTerm get(long unitId) {
        String name = org.get(unitId).name();
        boolean history = latestElection(unitId).map(e -> !history(e).isEmpty()).orElse(false);
        return db.read(c -> {
            var head = Jdbc.one(c, "SELECT version, entered_at FROM elec_previous_term WHERE unit_id = ?",
                    rs -> new Object[] {rs.getInt("version"), Jdbc.instant(rs, "entered_at")}, unitId);
            List<PreviousGroup> groups = Jdbc.list(c, GROUPS + " WHERE unit_id = ? ORDER BY kind", PreviousTerms::group, unitId)
                    .stream().map(GroupRow::group).sorted(java.util.Comparator.comparing(PreviousGroup::position)).toList();
            return head.map(h -> new PreviousTerm(unitId, name, groups, (Integer) h[0], (Instant) h[1], history))
                    .orElse(new PreviousTerm(unitId, name, List.of(), 0, null, history));
        });
    }

    /** Replaces the unit's entry as one write, checking the version read; audited. */
    public PreviousTerm save(Caller caller, long unitId, PreviousTermInput in) {
        List<PreviousGroup> groups = validated(in);
        int version = in.version() == null ? 0 : in.version();
        db.write(c -> {
            int current = Jdbc.one(c, "SELECT version FROM elec_previous_term WHERE unit_id = ?", rs -> rs.getInt(1), unitId).orElse(0);
            if (current != version) {
                throw WfedException.staleVersion("上届班子构成");
            }
            // the unit's elections read it for their before → after: an approved year's figures must not change
            for (ElectionRow e : store.ofUnits(c, List.of(unitId))) {
                locks.checkOpen(c, unitId, e.electionDate());
            }
            if (current == 0) {
                Jdbc.update(c, "INSERT INTO elec_previous_term (unit_id, version, entered_by, entered_at) VALUES (?, 1, ?, ?)",
                        unitId, caller.userId(), Instant.now());
            } else if (Jdbc.update(c, "UPDATE elec_previous_term SET version = version + 1, entered_by = ?, entered_at = ?"
                    + " WHERE unit_id = ? AND version = ?", caller.userId(), Instant.now(), unitId, version) == 0) {
                throw WfedException.staleVersion("上届班子构成");
            }
            Jdbc.update(c, "DELETE FROM elec_previous_group WHERE unit_id = ?", unitId);
            for (PreviousGroup g : groups) {
                Jdbc.update(c, "INSERT INTO elec_previous_group (unit_id, kind, members, average_age, under35, college, postgraduate,"
                        + " party_members, in_two_committees) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", unitId, g.position().name(),
                        g.members(), g.averageAge(), g.under35(), g.college(), g.postgraduate(), g.partyMembers(), g.inTwoCommittees());
            }
            audit.ok(c, caller, "elections.previousTerm.save", "unit", unitId, describe(groups));
            return null;
        });
        return get(unitId);
    }

    private java.util.Optional<ElectionRow> latestElection(long unitId) {
        return db.read(c -> store.ofUnits(c, List.of(unitId))).stream().findFirst();
    }

    private static String describe(List<PreviousGroup> groups) {
        return groups.stream().map(g -> g.position().zh() + g.members() + "人"
                + (g.averageAge() == null ? "" : " 平均年龄" + g.averageAge().stripTrailingZeros().toPlainString() + "岁")
                + (g.college() == null ? "" : " 大专及以上" + g.college() + "人")).collect(Collectors.joining("；"));
    }

    /** The groups, each checked field by field (Chinese messages on {@code groups[i].field}); 400 listing every error. */
    static List<PreviousGroup> validated(PreviousTermInput in) {
        if (in == null || in.groups() == null) {
            throw WfedException.invalidFields(List.of(new FieldError("groups", FieldCode.REQUIRED.name(), "请填写上届班子构成", "Enter the previous leadership's make-up")));
        }
        List<FieldError> errors = new ArrayList<>();
        Map<PositionKind, PreviousGroup> seen = new HashMap<>();
        List<PreviousGroup> out = new ArrayList<>();
        for (int i = 0; i < in.groups().size(); i++) {
            PreviousGroup g = in.groups().get(i);
            String f = "groups[" + i + "].";
            if (g == null || g.position() == null || !COMMITTEE.contains(g.position())) {
                errors.add(error(f + "position", "请选择职务（执委、常委、主席或副主席）"));
                continue;
            }
            String who = g.position().zh();
            if (seen.putIfAbsent(g.position(), g) != null) {
                errors.add(error(f + "position", who + "填写了两次，每个职务只填一行"));
            }
            if (g.members() == null || g.members() < 0 || g.members() > 10_000) {
                errors.add(error(f + "members", who + "人数须为0至10000的整数"));
                continue;
            }
            int n = g.members();
            if (g.averageAge() != null && (g.averageAge().compareTo(BigDecimal.valueOf(18)) < 0
                    || g.averageAge().compareTo(BigDecimal.valueOf(100)) > 0 || g.averageAge().scale() > 1)) {
                errors.add(error(f + "averageAge", who + "平均年龄须在18至100岁之间，最多一位小数"));
            } else if (g.averageAge() != null && n == 0) {
                errors.add(error(f + "averageAge", who + "人数为0，不能填写平均年龄"));
            }
            count(errors, f + "under35", who + "35岁以下人数", g.under35(), n);
            count(errors, f + "college", who + "大专及以上学历人数", g.college(), n);
            count(errors, f + "postgraduate", who + "研究生人数", g.postgraduate(), g.college() == null ? n : Math.min(n, g.college()));
            count(errors, f + "partyMembers", who + "党员人数", g.partyMembers(), n);
            count(errors, f + "inTwoCommittees", who + "进两委人数", g.inTwoCommittees(), n);
            out.add(new PreviousGroup(g.position(), n, g.averageAge() == null ? null : g.averageAge().setScale(1, RoundingMode.UNNECESSARY),
                    g.under35(), g.college(), g.postgraduate(), g.partyMembers(), g.inTwoCommittees()));
        }
        PreviousGroup all = seen.get(PositionKind.EXECUTIVE);
        if (all != null && all.members() != null) {
            for (PositionKind k : List.of(PositionKind.CHAIR, PositionKind.VICE_CHAIR, PositionKind.STANDING)) {
                PreviousGroup g = seen.get(k);
                if (g != null && g.members() != null && g.members() > all.members()) {
                    errors.add(error("groups[" + in.groups().indexOf(g) + "].members", k.zh() + "人数不能多于执委人数（执委含主席、副主席）"));
                }
            }
        }
        if (!errors.isEmpty()) {
            throw WfedException.invalidFields(errors);
        }
        return out;
    }

    private static void count(List<FieldError> errors, String field, String what, Integer value, int most) {
        if (value != null && (value < 0 || value > most)) {
            errors.add(error(field, what + "须为0至" + most + "的整数"));
        }
    }

    private static FieldError error(String field, String message) {
        return new FieldError(field, ElectionsError.INVALID_PREVIOUS_TERM.name(), message);
    }

    /** A stored group and its unit. */
    private record GroupRow(long unitId, PreviousGroup group) {
    }

    private static GroupRow group(java.sql.ResultSet rs) throws SQLException {
        return new GroupRow(rs.getLong("unit_id"), new PreviousGroup(PositionKind.valueOf(rs.getString("kind")), rs.getInt("members"),
                rs.getBigDecimal("average_age"), (Integer) rs.getObject("under35"), (Integer) rs.getObject("college"),
                (Integer) rs.getObject("postgraduate"), (Integer) rs.getObject("party_members"),
                (Integer) rs.getObject("in_two_committees")));
    }

    /**
     * The previous committee of each election, by position, from core's leadership history (ages the day before
     * the election; every seat is an executive member too) or, for a unit without it, from its entered term.
     * One leadership query for all of them ({@link #histories}) and one read of the entries.
     */
    public Map<Long, Map<PositionKind, Committee>> before(List<ElectionRow> elections) {
        Map<Long, List<Leader>> seated = histories(elections);
        boolean anyEntered = seated.values().stream().anyMatch(List::isEmpty);
        Map<Long, List<PreviousGroup>> entered = anyEntered ? entered() : Map.of();
        Map<Long, PersonFacts> facts = people.facts(seated.values().stream().flatMap(List::stream).map(Leader::personId).distinct().toList());
        Map<Long, Map<PositionKind, Committee>> out = new HashMap<>();
        for (ElectionRow e : elections) {
            Map<PositionKind, Committee> byKind = new EnumMap<>(PositionKind.class);
            List<Leader> leaders = seated.get(e.id());
            LocalDate day = e.electionDate().minusDays(1);
            for (Leader l : leaders) {
                Member m = new Member(facts.get(l.personId()), l.sector(), l.inTwoCommittees());
                PositionKind kind = kindOf(l.position());
                byKind.computeIfAbsent(kind, k -> new Committee()).add(m, day);
                if (kind != PositionKind.EXECUTIVE) {
                    byKind.computeIfAbsent(PositionKind.EXECUTIVE, k -> new Committee()).add(m, day);
                }
            }
            if (leaders.isEmpty()) {
                for (PreviousGroup g : entered.getOrDefault(e.unitId(), List.of())) {
                    byKind.computeIfAbsent(g.position(), k -> new Committee()).add(g);
                }
            }
            if (!byKind.isEmpty()) {
                out.put(e.id(), byKind);
            }
        }
        return out;
    }

    private static PositionKind kindOf(Position p) {
        for (PositionKind k : PositionKind.values()) {
            if (k.leadership() == p) {
                return k;
            }
        }
        return PositionKind.EXECUTIVE;
    }
}
