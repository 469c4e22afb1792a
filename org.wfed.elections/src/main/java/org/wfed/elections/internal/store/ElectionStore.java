package org.wfed.elections.internal.store;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.wfed.core.Jdbc;
import org.wfed.core.WfedException;
import org.wfed.elections.dto.Official;
import org.wfed.elections.dto.OfficialRole;
import org.wfed.elections.dto.PositionKind;
import org.wfed.elections.dto.RoundOutcome;
import org.wfed.elections.dto.Step;
import org.wfed.elections.dto.StepRecord;
import org.wfed.elections.internal.ElectionsSchema;

/** SQL of the elections tables; every method works inside the caller's connection (transaction). */
@Component(service = ElectionStore.class)
public final class ElectionStore {

    private static final String ELECTION_COLUMNS = "id, unit_id, title, election_date, deadline, term_years, step,"
            + " quorum_share, winning_share, surplus_percent, voters_due, voters_present, filed_on, version";
    private static final String INSERT_ELECTION = "INSERT INTO elec_election (unit_id, title, election_date, deadline,"
            + " term_years, step, quorum_share, winning_share, surplus_percent, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
    private static final String INSERT_POSITION = "INSERT INTO elec_position (election_id, kind, seats, competitive) VALUES (?, ?, ?, ?)";
    private static final String INSERT_CANDIDATE = "INSERT INTO elec_candidate (position_id, person_id, sector, in_two_committees,"
            + " full_time, created_at) VALUES (?, ?, ?, ?, ?, ?)";
    private static final String INSERT_STEP = "INSERT INTO elec_step (election_id, step, done_on, responsible, documents,"
            + " recorded_by, recorded_at) VALUES (?, ?, ?, ?, ?, ?, ?)";
    private static final String INSERT_ROUND = "INSERT INTO elec_round (position_id, round_no, seats, voters_due, voters_present,"
            + " issued, returned, valid_ballots, invalid_ballots, entry_mode, outcome, explanation, recorded_by, recorded_at)"
            + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
    private static final String INSERT_TALLY = "INSERT INTO elec_tally (round_id, candidate_id, write_in, yes_votes, no_votes,"
            + " abstain_votes, elected, tied) VALUES (?, ?, ?, ?, ?, ?, ?, ?)";

    @Activate
    public ElectionStore(@Reference ElectionsSchema schema) {
        // the reference only orders activation after the migrations
    }

    public long insertElection(Connection c, long unitId, String title, LocalDate date, LocalDate deadline, int termYears,
                               String quorum, String winning, int surplus) throws SQLException {
        return Jdbc.insert(c, INSERT_ELECTION, unitId, title, date, deadline, termYears, Step.PREPARATION, quorum, winning,
                surplus, Instant.now());
    }

    public long insertPosition(Connection c, long electionId, PositionKind kind, int seats, boolean competitive) throws SQLException {
        return Jdbc.insert(c, INSERT_POSITION, electionId, kind, seats, competitive);
    }

    public long insertCandidate(Connection c, long positionId, long personId, String sector, boolean inTwo, boolean fullTime)
            throws SQLException {
        return Jdbc.insert(c, INSERT_CANDIDATE, positionId, personId, sector, inTwo, fullTime, Instant.now());
    }

    public void deleteCandidate(Connection c, long candidateId) throws SQLException {
        Jdbc.update(c, "DELETE FROM elec_candidate WHERE id = ?", candidateId);
    }

    public long insertOfficial(Connection c, long electionId, OfficialRole role, String name, Long personId) throws SQLException {
        return Jdbc.insert(c, "INSERT INTO elec_official (election_id, role, name, person_id) VALUES (?, ?, ?, ?)",
                electionId, role, name, personId);
    }

    public void deleteOfficial(Connection c, long electionId, long officialId) throws SQLException {
        if (Jdbc.update(c, "DELETE FROM elec_official WHERE id = ? AND election_id = ?", officialId, electionId) == 0) {
            throw WfedException.notFound("监票/计票人 " + officialId);
        }
    }

    public void insertStep(Connection c, long electionId, Step step, LocalDate on, String responsible, String documents,
                           long userId) throws SQLException {
        Jdbc.insert(c, INSERT_STEP, electionId, step, on, responsible, documents, userId, Instant.now());
    }

    /** Moves the election to {@code step}; 409 when someone changed it meanwhile. */
    public void setStep(Connection c, ElectionRow e, Step step, int version) throws SQLException {
        Jdbc.updateVersioned(c, "elec_election", e.id(),
                "UPDATE elec_election SET step = ?, version = version + 1 WHERE id = ? AND version = ?", step, e.id(), version);
    }

    public void setFiled(Connection c, ElectionRow e, LocalDate on) throws SQLException {
        Jdbc.updateVersioned(c, "elec_election", e.id(),
                "UPDATE elec_election SET step = ?, filed_on = ?, version = version + 1 WHERE id = ? AND version = ?",
                Step.FILED, on, e.id(), e.version());
    }

    public void setAttendance(Connection c, ElectionRow e, int due, int present, int version) throws SQLException {
        Jdbc.updateVersioned(c, "elec_election", e.id(),
                "UPDATE elec_election SET voters_due = ?, voters_present = ?, version = version + 1 WHERE id = ? AND version = ?",
                due, present, e.id(), version);
    }

    /** Bumps the version so that two counts of the same election never interleave. */
    public void touch(Connection c, ElectionRow e) throws SQLException {
        Jdbc.updateVersioned(c, "elec_election", e.id(),
                "UPDATE elec_election SET version = version + 1 WHERE id = ? AND version = ?", e.id(), e.version());
    }

    public long insertRound(Connection c, RoundRow r, long userId) throws SQLException {
        return Jdbc.insert(c, INSERT_ROUND, r.positionId(), r.roundNo(), r.seats(), r.votersDue(), r.votersPresent(), r.issued(),
                r.returned(), r.valid(), r.invalid(), r.mode(), r.outcome(), r.explanation(), userId, Instant.now());
    }

    public void insertTally(Connection c, TallyRow t) throws SQLException {
        Jdbc.insert(c, INSERT_TALLY, t.roundId(), t.candidateId(), t.writeIn(), t.yes(), t.no(), t.abstain(), t.elected(), t.tied());
    }

    public void setElected(Connection c, long candidateId, boolean elected, long votes) throws SQLException {
        Jdbc.update(c, "UPDATE elec_candidate SET elected = ?, votes = ? WHERE id = ?", elected, votes, candidateId);
    }

    public void setOverride(Connection c, long positionId, String explanation, String reason) throws SQLException {
        Jdbc.update(c, "UPDATE elec_position SET overridden = TRUE, override_reason = ?, explanation = ? WHERE id = ?",
                reason, explanation, positionId);
    }

    public Optional<ElectionRow> find(Connection c, long id) throws SQLException {
        return Jdbc.one(c, "SELECT " + ELECTION_COLUMNS + " FROM elec_election WHERE id = ?", ElectionStore::election, id);
    }

    public ElectionRow get(Connection c, long id) throws SQLException {
        return find(c, id).orElseThrow(() -> WfedException.notFound("换届选举 " + id));
    }

    /** Elections of the given units, newest first. */
    /** Elections held in the period whose result is published (every unit's: elections are few). */
    public List<ElectionRow> published(Connection c, java.time.LocalDate from, java.time.LocalDate to) throws SQLException {
        return Jdbc.list(c, "SELECT " + ELECTION_COLUMNS + " FROM elec_election WHERE election_date BETWEEN ? AND ?"
                + " AND step IN ('RESULT_PUBLISHED', 'FIRST_MEETING', 'FILED') ORDER BY id", ElectionStore::election, from, to);
    }

    public List<ElectionRow> ofUnits(Connection c, List<Long> unitIds) throws SQLException {
        if (unitIds.isEmpty()) {
            return List.of();
        }
        return Jdbc.list(c, "SELECT " + ELECTION_COLUMNS + " FROM elec_election WHERE unit_id IN ("
                + Jdbc.placeholders(unitIds.size()) + ") ORDER BY election_date DESC, id DESC", ElectionStore::election, unitIds.toArray());
    }

    public ElectionState load(Connection c, long id) throws SQLException {
        ElectionRow e = get(c, id);
        List<PositionRow> positions = Jdbc.list(c, "SELECT * FROM elec_position WHERE election_id = ? ORDER BY id",
                ElectionStore::position, id);
        List<CandidateRow> candidates = Jdbc.list(c, "SELECT c.* FROM elec_candidate c JOIN elec_position p ON p.id = c.position_id"
                + " WHERE p.election_id = ? ORDER BY c.id", ElectionStore::candidate, id);
        List<Official> officials = Jdbc.list(c, "SELECT * FROM elec_official WHERE election_id = ? ORDER BY role, id",
                rs -> new Official(rs.getLong("id"), OfficialRole.valueOf(rs.getString("role")),
                        OfficialRole.valueOf(rs.getString("role")).zh(), rs.getString("name"), Jdbc.nullableLong(rs, "person_id")), id);
        List<RoundRow> rounds = Jdbc.list(c, "SELECT r.* FROM elec_round r JOIN elec_position p ON p.id = r.position_id"
                + " WHERE p.election_id = ? ORDER BY r.position_id, r.round_no", ElectionStore::round, id);
        List<TallyRow> tallies = Jdbc.list(c, "SELECT t.* FROM elec_tally t JOIN elec_round r ON r.id = t.round_id"
                + " JOIN elec_position p ON p.id = r.position_id WHERE p.election_id = ? ORDER BY t.id", ElectionStore::tally, id);
        List<StepRecord> steps = Jdbc.list(c, "SELECT * FROM elec_step WHERE election_id = ? ORDER BY id", rs -> {
            Step s = Step.valueOf(rs.getString("step"));
            return new StepRecord(s, s.zh(), Jdbc.date(rs, "done_on"), rs.getString("responsible"), rs.getString("documents"));
        }, id);
        return new ElectionState(e, positions, candidates, officials, rounds, tallies, steps);
    }

    /** Elected people per election, for statistics: [electionId, kind, personId, sector, inTwoCommittees]. */
    public List<ElectedRow> elected(Connection c, List<Long> electionIds) throws SQLException {
        if (electionIds.isEmpty()) {
            return List.of();
        }
        return Jdbc.list(c, "SELECT p.election_id, p.kind, c.person_id, c.sector, c.in_two_committees FROM elec_candidate c"
                + " JOIN elec_position p ON p.id = c.position_id WHERE c.elected = TRUE AND p.election_id IN ("
                + Jdbc.placeholders(electionIds.size()) + ")", rs -> new ElectedRow(rs.getLong("election_id"),
                PositionKind.valueOf(rs.getString("kind")), rs.getLong("person_id"), rs.getString("sector"),
                rs.getBoolean("in_two_committees")), electionIds.toArray());
    }

    /** Someone elected to a position of an election. */
    public record ElectedRow(long electionId, PositionKind kind, long personId, String sector, boolean inTwoCommittees) {
    }

    static ElectionRow election(ResultSet rs) throws SQLException {
        return new ElectionRow(rs.getLong("id"), rs.getLong("unit_id"), rs.getString("title"), Jdbc.date(rs, "election_date"),
                Jdbc.date(rs, "deadline"), rs.getInt("term_years"), Step.valueOf(rs.getString("step")), rs.getString("quorum_share"),
                rs.getString("winning_share"), rs.getInt("surplus_percent"), rs.getInt("voters_due"), rs.getInt("voters_present"),
                Jdbc.date(rs, "filed_on"), rs.getInt("version"));
    }

    private static PositionRow position(ResultSet rs) throws SQLException {
        return new PositionRow(rs.getLong("id"), rs.getLong("election_id"), PositionKind.valueOf(rs.getString("kind")),
                rs.getInt("seats"), rs.getBoolean("competitive"), rs.getString("explanation"), rs.getBoolean("overridden"),
                rs.getString("override_reason"));
    }

    private static CandidateRow candidate(ResultSet rs) throws SQLException {
        return new CandidateRow(rs.getLong("id"), rs.getLong("position_id"), rs.getLong("person_id"), rs.getString("sector"),
                rs.getBoolean("in_two_committees"), rs.getBoolean("full_time"), rs.getBoolean("elected"), rs.getInt("votes"));
    }

    private static RoundRow round(ResultSet rs) throws SQLException {
        return new RoundRow(rs.getLong("id"), rs.getLong("position_id"), rs.getInt("round_no"), rs.getInt("seats"),
                rs.getInt("voters_due"), rs.getInt("voters_present"), rs.getLong("issued"), rs.getLong("returned"),
                rs.getLong("valid_ballots"), rs.getLong("invalid_ballots"), rs.getString("entry_mode"),
                RoundOutcome.valueOf(rs.getString("outcome")), rs.getString("explanation"));
    }

    private static TallyRow tally(ResultSet rs) throws SQLException {
        return new TallyRow(rs.getLong("round_id"), Jdbc.nullableLong(rs, "candidate_id"), rs.getString("write_in"),
                rs.getLong("yes_votes"), rs.getLong("no_votes"), rs.getLong("abstain_votes"), rs.getBoolean("elected"),
                rs.getBoolean("tied"));
    }

}
