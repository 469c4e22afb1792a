package org.wfed.activities.internal.contest;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.wfed.activities.dto.ContestStatus;
import org.wfed.activities.dto.HonourLevel;
import org.wfed.activities.dto.Member;
import org.wfed.activities.dto.NominatedBy;
import org.wfed.activities.dto.Nominee;
import org.wfed.activities.dto.NomineeKind;
import org.wfed.activities.dto.NomineeStatus;
import org.wfed.activities.dto.Objection;
import org.wfed.activities.dto.Score;
import org.wfed.core.Jdbc;
import org.wfed.core.WfedException;

/** SQL of contests, nominees, members, scores and objections; every method works in the caller's transaction. */
final class ContestStore {
    private static final String CONTEST = "SELECT id, unit_id, type_id, contest_year, title, quota, status, notice_start, "
            + "notice_end, finalised_on, commended_on, document_no, version FROM act_contest";
    private static final String NOMINEE = "SELECT id, contest_id, kind, name, person_id, origin_unit_id, story, "
            + "nominated_by, nominator, status, eligibility_note, votes, certificate_no, honour_level, source_nominee_id, "
            + "version FROM act_nominee";
    private static final String OBJECTION = "SELECT o.id, o.contest_id, o.nominee_id, n.name, o.lodged_on, o.lodged_by, "
            + "o.content, o.status, o.upheld, o.resolution, o.resolved_on, o.version FROM act_objection o "
            + "JOIN act_nominee n ON n.id = o.nominee_id";

    private ContestStore() {
    }

    static ContestRow contest(Connection c, long id) throws SQLException {
        return Jdbc.one(c, CONTEST + " WHERE id = ?", ContestStore::mapContest, id)
                .orElseThrow(() -> WfedException.notFound("评选 " + id));
    }

    static Optional<ContestRow> contest(Connection c, long unitId, long typeId, int year) throws SQLException {
        return Jdbc.one(c, CONTEST + " WHERE unit_id = ? AND type_id = ? AND contest_year = ?", ContestStore::mapContest,
                unitId, typeId, year);
    }

    static List<ContestRow> contests(Connection c, String unitCondition, Object[] params) throws SQLException {
        return Jdbc.list(c, CONTEST + " WHERE " + unitCondition + " ORDER BY contest_year DESC, id DESC",
                ContestStore::mapContest, params);
    }

    static long insertContest(Connection c, long unitId, long typeId, int year, String title, int quota) throws SQLException {
        return Jdbc.insert(c, "INSERT INTO act_contest (unit_id, type_id, contest_year, title, quota, status, created_at) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?)", unitId, typeId, year, title, quota, ContestStatus.NOMINATING, Instant.now());
    }

    static void setStatus(Connection c, ContestRow row, int version, ContestStatus status) throws SQLException {
        Jdbc.updateVersioned(c, "act_contest", row.id(),
                "UPDATE act_contest SET status = ?, version = version + 1 WHERE id = ? AND version = ?",
                status, row.id(), version);
    }

    /** Counts for the contest's card: nominees, selected or commended, open objections. */
    static int[] counts(Connection c, long contestId) throws SQLException {
        int nominees = (int) Jdbc.number(c, "SELECT COUNT(*) FROM act_nominee WHERE contest_id = ?", contestId);
        int selected = (int) Jdbc.number(c, "SELECT COUNT(*) FROM act_nominee WHERE contest_id = ? AND status IN (?, ?)",
                contestId, NomineeStatus.SELECTED, NomineeStatus.COMMENDED);
        int open = (int) Jdbc.number(c, "SELECT COUNT(*) FROM act_objection WHERE contest_id = ? AND status = 'OPEN'",
                contestId);
        return new int[] {nominees, selected, open};
    }

    static Nominee nominee(Connection c, long contestId, long id) throws SQLException {
        Nominee n = Jdbc.one(c, NOMINEE + " WHERE id = ? AND contest_id = ?", rs -> mapNominee(rs, List.of()), id, contestId)
                .orElseThrow(() -> WfedException.notFound("候选对象 " + id));
        return withMembers(n, members(c, List.of(id)).getOrDefault(id, List.of()));
    }

    static Optional<Nominee> nominee(Connection c, long id) throws SQLException {
        return Jdbc.one(c, NOMINEE + " WHERE id = ?", rs -> mapNominee(rs, List.of()), id);
    }

    static List<Nominee> nominees(Connection c, long contestId) throws SQLException {
        List<Nominee> bare = Jdbc.list(c, NOMINEE + " WHERE contest_id = ? ORDER BY id", rs -> mapNominee(rs, List.of()),
                contestId);
        Map<Long, List<Member>> members = members(c, bare.stream().map(Nominee::id).toList());
        List<Nominee> out = new ArrayList<>();
        for (Nominee n : bare) {
            out.add(withMembers(n, members.getOrDefault(n.id(), List.of())));
        }
        return out;
    }

    /** Nominees recommended upward from this contest's nominees. */
    static List<Nominee> recommendedFrom(Connection c, long contestId) throws SQLException {
        return Jdbc.list(c, NOMINEE + " WHERE source_nominee_id IN (SELECT id FROM act_nominee WHERE contest_id = ?) ORDER BY id",
                rs -> mapNominee(rs, List.of()), contestId);
    }

    static List<Nominee> recommendedFromNominee(Connection c, long nomineeId) throws SQLException {
        return Jdbc.list(c, NOMINEE + " WHERE source_nominee_id = ?", rs -> mapNominee(rs, List.of()), nomineeId);
    }

    static long insertNominee(Connection c, long contestId, NomineeKind kind, String name, Long personId,
                              long originUnitId, String story, NominatedBy by, String nominator, Long sourceId,
                              List<Member> members) throws SQLException {
        long id = Jdbc.insert(c, "INSERT INTO act_nominee (contest_id, kind, name, person_id, origin_unit_id, story, "
                + "nominated_by, nominator, status, source_nominee_id, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                contestId, kind, name, personId, originUnitId, story, by, nominator, NomineeStatus.NOMINATED, sourceId,
                Instant.now());
        for (Member m : members) {
            Jdbc.update(c, "INSERT INTO act_nominee_member (nominee_id, person_id, relation) VALUES (?, ?, ?)",
                    id, m.personId(), m.relation());
        }
        return id;
    }

    /** People already nominated in the contest (as a person or a family member). */
    static List<Long> nominatedPeople(Connection c, long contestId) throws SQLException {
        List<Long> out = new ArrayList<>(Jdbc.list(c, "SELECT m.person_id FROM act_nominee_member m JOIN act_nominee n "
                + "ON n.id = m.nominee_id WHERE n.contest_id = ?", rs -> rs.getLong(1), contestId));
        out.addAll(Jdbc.list(c, "SELECT person_id FROM act_nominee WHERE contest_id = ? AND person_id IS NOT NULL",
                rs -> rs.getLong(1), contestId));
        return out;
    }

    static Map<Long, List<Member>> members(Connection c, List<Long> nomineeIds) throws SQLException {
        Map<Long, List<Member>> out = new LinkedHashMap<>();
        if (nomineeIds.isEmpty()) {
            return out;
        }
        for (List<Long> chunk : chunks(nomineeIds)) {
            Jdbc.list(c, "SELECT nominee_id, person_id, relation FROM act_nominee_member WHERE nominee_id IN ("
                    + Jdbc.placeholders(chunk.size()) + ") ORDER BY nominee_id, person_id", rs -> {
                        out.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
                                .add(new Member(rs.getLong(2), null, rs.getString(3)));
                        return null;
                    }, chunk.toArray());
        }
        return out;
    }

    static Map<Long, List<Score>> scores(Connection c, long contestId) throws SQLException {
        Map<Long, List<Score>> out = new LinkedHashMap<>();
        Jdbc.list(c, "SELECT s.nominee_id, s.judge_id, s.judge_name, s.score, s.remark FROM act_score s JOIN act_nominee n "
                + "ON n.id = s.nominee_id WHERE n.contest_id = ? ORDER BY s.nominee_id, s.judge_id", rs -> {
                    out.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(new Score(rs.getLong(1),
                            rs.getLong(2), rs.getString(3), rs.getBigDecimal(4), rs.getString(5)));
                    return null;
                }, contestId);
        return out;
    }

    static void putScore(Connection c, long nomineeId, long judgeId, String judgeName, BigDecimal score, String remark)
            throws SQLException {
        int n = Jdbc.update(c, "UPDATE act_score SET score = ?, remark = ?, judge_name = ?, scored_at = ? "
                + "WHERE nominee_id = ? AND judge_id = ?", score, remark, judgeName, Instant.now(), nomineeId, judgeId);
        if (n == 0) {
            Jdbc.update(c, "INSERT INTO act_score (nominee_id, judge_id, judge_name, score, remark, scored_at) "
                    + "VALUES (?, ?, ?, ?, ?, ?)", nomineeId, judgeId, judgeName, score, remark, Instant.now());
        }
    }

    static List<Objection> objections(Connection c, long contestId) throws SQLException {
        return Jdbc.list(c, OBJECTION + " WHERE o.contest_id = ? ORDER BY o.id", ContestStore::mapObjection, contestId);
    }

    static Objection objection(Connection c, long contestId, long id) throws SQLException {
        return Jdbc.one(c, OBJECTION + " WHERE o.id = ? AND o.contest_id = ?", ContestStore::mapObjection, id, contestId)
                .orElseThrow(() -> WfedException.notFound("异议 " + id));
    }

    private static List<List<Long>> chunks(List<Long> ids) {
        List<List<Long>> out = new ArrayList<>();
        for (int i = 0; i < ids.size(); i += 500) {
            out.add(ids.subList(i, Math.min(ids.size(), i + 500)));
        }
        return out;
    }

    private static Nominee withMembers(Nominee n, List<Member> members) {
        return new Nominee(n.id(), n.contestId(), n.kind(), n.name(), n.personId(), members, n.originUnitId(),
                n.story(), n.nominatedBy(), n.nominator(), n.status(), n.statusZh(), n.eligibilityNote(), n.votes(),
                n.certificateNo(), n.honourLevel(), n.sourceNomineeId(), n.version());
    }

    private static ContestRow mapContest(ResultSet rs) throws SQLException {
        return new ContestRow(rs.getLong("id"), rs.getLong("unit_id"), rs.getLong("type_id"), rs.getInt("contest_year"),
                rs.getString("title"), rs.getInt("quota"), ContestStatus.valueOf(rs.getString("status")),
                Jdbc.date(rs, "notice_start"), Jdbc.date(rs, "notice_end"), Jdbc.date(rs, "finalised_on"),
                Jdbc.date(rs, "commended_on"), rs.getString("document_no"), rs.getInt("version"));
    }

    private static Nominee mapNominee(ResultSet rs, List<Member> members) throws SQLException {
        NomineeStatus status = NomineeStatus.valueOf(rs.getString("status"));
        String level = rs.getString("honour_level");
        return new Nominee(rs.getLong("id"), rs.getLong("contest_id"), NomineeKind.valueOf(rs.getString("kind")),
                rs.getString("name"), Jdbc.nullableLong(rs, "person_id"), members, rs.getLong("origin_unit_id"),
                rs.getString("story"), NominatedBy.valueOf(rs.getString("nominated_by")), rs.getString("nominator"),
                status, status.labelZh(), rs.getString("eligibility_note"), rs.getInt("votes"),
                rs.getString("certificate_no"), level == null ? null : HonourLevel.valueOf(level),
                Jdbc.nullableLong(rs, "source_nominee_id"), rs.getInt("version"));
    }

    private static Objection mapObjection(ResultSet rs) throws SQLException {
        boolean upheld = rs.getBoolean("upheld");
        Boolean up = rs.wasNull() ? null : upheld;
        return new Objection(rs.getLong("id"), rs.getLong("contest_id"), rs.getLong("nominee_id"), rs.getString(4),
                Jdbc.date(rs, "lodged_on"), rs.getString("lodged_by"), rs.getString("content"),
                "OPEN".equals(rs.getString("status")), up, rs.getString("resolution"), Jdbc.date(rs, "resolved_on"),
                rs.getInt("version"));
    }
}
