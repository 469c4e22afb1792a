package org.wfed.aid.internal.screening;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.wfed.aid.AidPermissions;
import org.wfed.aid.dto.ApplicationInput;
import org.wfed.aid.dto.Campaign;
import org.wfed.aid.dto.CancerSite;
import org.wfed.aid.dto.Diagnosis;
import org.wfed.aid.dto.DiagnosisInput;
import org.wfed.aid.dto.FollowUp;
import org.wfed.aid.dto.FollowUpOutcome;
import org.wfed.aid.dto.OutcomeInput;
import org.wfed.aid.dto.OutcomeResult;
import org.wfed.aid.dto.Programme;
import org.wfed.aid.dto.Screening;
import org.wfed.aid.dto.ScreeningInput;
import org.wfed.aid.internal.AidSchema;
import org.wfed.aid.internal.programme.ProgrammeService;
import org.wfed.aid.internal.rules.CancerStages;
import org.wfed.core.AccessControl;
import org.wfed.core.AuditLog;
import org.wfed.core.Caller;
import org.wfed.core.Database;
import org.wfed.core.FieldError;
import org.wfed.core.Jdbc;
import org.wfed.core.OrgService;
import org.wfed.core.Period;
import org.wfed.core.PeriodLocks;
import org.wfed.core.PersonService;
import org.wfed.core.Scope;
import org.wfed.core.Sensitive;
import org.wfed.core.WfedException;
import org.wfed.core.dto.PersonFacts;

/**
 * Screening records (筛查结果), the follow-up worklist (随访) and diagnoses (确诊). Health data: only
 * holders of {@code aid.health.read} see it, masked unless revealed, and every read is audited.
 */
@Component(service = ScreeningService.class)
public final class ScreeningService {

    /** The shipped 两癌救助 programme a qualifying diagnosis is offered for. */
    public static final String TWO_CANCERS_AID = "TWO_CANCERS_AID";
    private static final String FOLLOW_UP_SELECT = "SELECT id, screening_id, person_id, unit_id, site, due_on, outcome, "
            + "stage, closed_on, version FROM aid_follow_up";

    private final Database db;
    private final CampaignService campaigns;
    private final ProgrammeService programmes;
    private final PersonService persons;
    private final OrgService orgs;
    private final AccessControl access;
    private final PeriodLocks locks;
    private final Sensitive sensitive;
    private final AuditLog audit;

    @Activate
    public ScreeningService(@Reference AidSchema schema, @Reference Database db, @Reference CampaignService campaigns,
                            @Reference ProgrammeService programmes, @Reference PersonService persons,
                            @Reference OrgService orgs, @Reference AccessControl access, @Reference PeriodLocks locks,
                            @Reference Sensitive sensitive, @Reference AuditLog audit) {
        this.db = db;
        this.campaigns = campaigns;
        this.programmes = programmes;
        this.persons = persons;
        this.orgs = orgs;
        this.access = access;
        this.locks = locks;
        this.sensitive = sensitive;
        this.audit = audit;
    }

    /**
     * Records a screening; abnormal findings open follow-up cases due after the campaign's days.
     * A woman screened already in the same year (this or another campaign) is flagged as duplicate.
     */
    public Screening record(Caller caller, long campaignId, ScreeningInput in) {
        Campaign k = campaigns.get(caller, campaignId);
        access.require(caller, AidPermissions.SCREEN);
        PersonFacts f = persons.facts(in.personId());
        access.checkUnit(caller, f.unitId());
        if (in.screenedOn().getYear() != k.year()) {
            throw WfedException.invalidFields(List.of(new FieldError("screenedOn", "OUTSIDE_CAMPAIGN",
                    "筛查日期应在" + k.year() + "年内")));
        }
        long id = db.write(c -> {
            long sid = recordIn(c, caller, k, f, in);
            audit.ok(c, caller, "aid.screening.create", "aid_screening", sid, "campaign " + campaignId);
            return sid;
        });
        // the clerk who records a result need not be allowed to read results: answer it masked
        boolean duplicate = db.read(c -> Jdbc.one(c, "SELECT duplicate FROM aid_screening WHERE id = ?",
                rs -> rs.getBoolean(1), id)).orElse(false);
        String masked = Sensitive.mask(Sensitive.Kind.HEALTH, "x");
        return new Screening(id, k.id(), f.id(), f.name(), f.unitId(), in.screenedOn(),
                in.cervicalMethod() == null ? null : in.cervicalMethod().name(), in.cervicalResult() == null ? null : masked,
                in.breastClinical() == null ? null : masked, in.breastBirads() == null ? null : masked,
                in.mammography() == null ? null : masked, masked, duplicate, true);
    }

    /**
     * Inside the caller's transaction (the form's and the import's one logic): checks the period lock,
     * flags the woman's other records of the year as duplicate, inserts the record and opens a follow-up
     * case per abnormal site, due after the campaign's days. The caller has checked access and the year.
     */
    public long recordIn(Connection c, Caller caller, Campaign k, PersonFacts f, ScreeningInput in) throws SQLException {
        locks.checkOpen(c, f.unitId(), in.screenedOn());
        LocalDate from = LocalDate.of(k.year(), 1, 1);
        LocalDate to = LocalDate.of(k.year(), 12, 31);
        int earlier = Jdbc.update(c, "UPDATE aid_screening SET duplicate = TRUE WHERE person_id = ? "
                + "AND screened_on BETWEEN ? AND ?", f.id(), from, to);
        long sid = Jdbc.insert(c, "INSERT INTO aid_screening (campaign_id, person_id, unit_id, screened_on, "
                        + "cervical_method, cervical_result, breast_clinical, breast_birads, mammography, abnormal, "
                        + "duplicate, consent_on, created_by, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                k.id(), f.id(), f.unitId(), in.screenedOn(), in.cervicalMethod(), in.cervicalResult(),
                in.breastClinical(), in.breastBirads(), in.mammography(), in.cervicalAbnormal() || in.breastAbnormal(),
                earlier > 0, in.consentOn(), caller.userId(), Instant.now());
        openFollowUps(c, sid, f, k, in);
        return sid;
    }

    /**
     * Inside the caller's transaction: adds the site(s) {@code in} holds to the woman's existing record of
     * the campaign that lacks them (the other exam of the same screening, e.g. the breast results arriving
     * after the cervical ones), opening follow-up cases for abnormal findings like {@link #recordIn}.
     */
    public void addTo(Connection c, Campaign k, PersonFacts f, long screeningId, ScreeningInput in) throws SQLException {
        locks.checkOpen(c, f.unitId(), in.screenedOn());
        String abnormal = in.cervicalAbnormal() || in.breastAbnormal() ? ", abnormal = TRUE" : "";
        if (in.cervicalMethod() != null) {
            Jdbc.update(c, "UPDATE aid_screening SET cervical_method = ?, cervical_result = ?" + abnormal
                    + " WHERE id = ? AND cervical_method IS NULL", in.cervicalMethod(), in.cervicalResult(), screeningId);
        }
        if (in.breastClinical() != null) {
            Jdbc.update(c, "UPDATE aid_screening SET breast_clinical = ?, breast_birads = ?, mammography = ?" + abnormal
                    + " WHERE id = ? AND breast_clinical IS NULL", in.breastClinical(), in.breastBirads(),
                    in.mammography(), screeningId);
        }
        openFollowUps(c, screeningId, f, k, in);
    }

    private static void openFollowUps(Connection c, long screeningId, PersonFacts f, Campaign k, ScreeningInput in)
            throws SQLException {
        LocalDate due = in.screenedOn().plusDays(k.followUpDays());
        if (in.cervicalAbnormal()) {
            openFollowUp(c, screeningId, f, CancerSite.CERVICAL, due);
        }
        if (in.breastAbnormal()) {
            openFollowUp(c, screeningId, f, CancerSite.BREAST, due);
        }
    }

    /** A campaign's screening records; results masked unless revealed; the read is audited. */
    public List<Screening> screenings(Caller caller, long campaignId, boolean reveal) {
        Campaign k = campaigns.get(caller, campaignId);
        access.require(caller, AidPermissions.HEALTH_READ);
        record Row(long id, long personId, long unitId, LocalDate on, String method, String cervical, String clinical,
                   String birads, String mammo, boolean abnormal, boolean duplicate) {
        }
        List<Row> rows = db.read(c -> Jdbc.list(c, "SELECT id, person_id, unit_id, screened_on, cervical_method, "
                + "cervical_result, breast_clinical, breast_birads, mammography, abnormal, duplicate FROM aid_screening "
                + "WHERE campaign_id = ? ORDER BY id", rs -> new Row(rs.getLong(1), rs.getLong(2), rs.getLong(3),
                Jdbc.date(rs, "screened_on"), rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8),
                rs.getString(9), rs.getBoolean(10), rs.getBoolean(11)), k.id()));
        Map<Long, PersonFacts> facts = persons.facts(rows.stream().map(Row::personId).distinct().toList());
        List<Screening> out = new ArrayList<>();
        boolean masked = !(reveal && caller.has(Sensitive.REVEAL_PERMISSION));
        for (Row r : rows) {
            if (!access.canSee(caller, r.unitId())) {
                continue;
            }
            PersonFacts f = facts.get(r.personId());
            out.add(new Screening(r.id(), k.id(), r.personId(), f == null ? "" : f.name(), r.unitId(), r.on(),
                    r.method(), health(caller, r.cervical(), reveal, r.id()), health(caller, r.clinical(), reveal, r.id()),
                    health(caller, r.birads(), reveal, r.id()), health(caller, r.mammo(), reveal, r.id()),
                    health(caller, r.abnormal() ? "ABNORMAL" : "NORMAL", reveal, r.id()), r.duplicate(), masked));
        }
        audit.ok(caller, "aid.health.read", "aid_campaign", campaignId, out.size() + " screenings"
                + (masked ? " masked" : " revealed"));
        return out;
    }

    /** The follow-up worklist of the subtree: open cases first, overdue flagged. */
    public List<FollowUp> followUps(Caller caller, long unitId, boolean openOnly) {
        access.require(caller, AidPermissions.SCREEN);
        access.require(caller, AidPermissions.HEALTH_READ);
        access.checkUnit(caller, unitId);
        LocalDate today = LocalDate.now();
        Scope scope = orgs.scope(unitId, new Period(today, today));
        String sql = FOLLOW_UP_SELECT + " WHERE " + scope.unitCondition("unit_id")
                + (openOnly ? " AND closed_on IS NULL" : "") + " ORDER BY due_on, id FETCH FIRST 5000 ROWS ONLY";
        List<FollowUp> rows = db.read(c -> Jdbc.list(c, sql, rs -> mapFollowUp(rs, today), scope.unitIdParams()));
        Map<Long, PersonFacts> facts = persons.facts(rows.stream().map(FollowUp::personId).distinct().toList());
        audit.ok(caller, "aid.health.read", "aid_follow_up", unitId, rows.size() + " follow-ups");
        return rows.stream().map(u -> withName(u, facts.get(u.personId()))).toList();
    }

    /**
     * Closes a follow-up with its outcome; a cancer becomes a diagnosis, and a diagnosis qualifying for
     * 两癌救助 comes back with a pre-filled application.
     */
    public OutcomeResult close(Caller caller, long followUpId, OutcomeInput in) {
        access.require(caller, AidPermissions.SCREEN);
        access.require(caller, AidPermissions.HEALTH_READ);
        LocalDate today = LocalDate.now();
        FollowUp u = db.read(c -> Jdbc.one(c, FOLLOW_UP_SELECT + " WHERE id = ?", rs -> mapFollowUp(rs, today), followUpId))
                .orElseThrow(() -> WfedException.notFound("随访 " + followUpId));
        access.checkUnit(caller, u.unitId());
        if (u.closedOn() != null) {
            throw WfedException.conflict("AID_FOLLOW_UP_CLOSED", "该随访已结案", "The follow-up is closed");
        }
        checkStage(u.site(), in.outcome(), in.stage(), in.invasive());
        boolean cancer = in.outcome() == FollowUpOutcome.CANCER;
        db.write(c -> {
            locks.checkOpen(c, u.unitId(), in.closedOn());
            Jdbc.updateVersioned(c, "aid_follow_up", followUpId, "UPDATE aid_follow_up SET outcome = ?, stage = ?, "
                    + "closed_on = ?, version = version + 1 WHERE id = ? AND version = ?", in.outcome(),
                    cancer ? in.stage() : null, in.closedOn(), followUpId, in.version());
            if (cancer) {
                DiagnosisRepository.insert(c, caller, u.personId(), u.unitId(), u.site(), in.stage(), in.invasive(),
                        in.closedOn(), followUpId);
            }
            audit.ok(c, caller, "aid.follow_up.close", "aid_follow_up", followUpId, in.outcome().name());
            return null;
        });
        FollowUp closed = db.read(c -> Jdbc.one(c, FOLLOW_UP_SELECT + " WHERE id = ?", rs -> mapFollowUp(rs, today),
                followUpId)).orElseThrow();
        ApplicationInput offer = cancer && CancerStages.qualifies(u.site(), in.stage(), in.invasive())
                ? offer(u.personId(), u.site(), in.stage(), in.closedOn()) : null;
        return new OutcomeResult(withName(closed, persons.facts(u.personId())), offer);
    }

    public Diagnosis diagnose(Caller caller, DiagnosisInput in) {
        access.require(caller, AidPermissions.SCREEN);
        access.require(caller, AidPermissions.HEALTH_READ);
        PersonFacts f = persons.facts(in.personId());
        access.checkUnit(caller, f.unitId());
        checkStage(in.site(), FollowUpOutcome.CANCER, in.stage(), in.invasive());
        long id = db.write(c -> {
            locks.checkOpen(c, f.unitId(), in.diagnosedOn());
            return DiagnosisRepository.insert(c, caller, f.id(), f.unitId(), in.site(), in.stage(), in.invasive(),
                    in.diagnosedOn(), null);
        });
        audit.ok(caller, "aid.diagnosis.create", "aid_diagnosis", id, in.site().name());
        return diagnoses(caller, in.personId()).stream().filter(d -> d.id() == id).findFirst().orElseThrow();
    }

    public List<Diagnosis> diagnoses(Caller caller, long personId) {
        access.require(caller, AidPermissions.HEALTH_READ);
        PersonFacts f = persons.facts(personId);
        access.checkUnit(caller, f.unitId());
        audit.ok(caller, "aid.health.read", "aid_diagnosis", personId, "diagnoses of person");
        return db.read(c -> DiagnosisRepository.ofPerson(c, personId));
    }

    private String health(Caller caller, String raw, boolean reveal, long id) {
        return raw == null ? null : sensitive.show(caller, Sensitive.Kind.HEALTH, raw, reveal, "aid_screening", id);
    }

    private ApplicationInput offer(long personId, CancerSite site, String stage, LocalDate on) {
        Programme p = programmes.list().stream().filter(x -> x.code().equals(TWO_CANCERS_AID) && x.active())
                .findFirst().orElse(null);
        if (p == null) {
            return null;
        }
        String what = site == CancerSite.CERVICAL ? "宫颈癌" + stage + "期" : "浸润性乳腺癌";
        return new ApplicationInput(p.id(), personId, on + "确诊" + what + "，申请两癌救助", null, null, null);
    }

    private static void checkStage(CancerSite site, FollowUpOutcome outcome, String stage, boolean invasive) {
        if (outcome == FollowUpOutcome.CANCER && site == CancerSite.CERVICAL && !CancerStages.isStage(stage)) {
            throw WfedException.invalidFields(List.of(new FieldError("stage", "INVALID_STAGE",
                    "宫颈癌须填写FIGO分期，如IB1、IIB、IIIC1")));
        }
    }

    private static void openFollowUp(Connection c, long screeningId, PersonFacts f, CancerSite site, LocalDate due)
            throws SQLException {
        Jdbc.insert(c, "INSERT INTO aid_follow_up (screening_id, person_id, unit_id, site, due_on) VALUES (?, ?, ?, ?, ?)",
                screeningId, f.id(), f.unitId(), site, due);
    }

    private static FollowUp mapFollowUp(ResultSet rs, LocalDate today) throws SQLException {
        LocalDate due = Jdbc.date(rs, "due_on");
        LocalDate closed = Jdbc.date(rs, "closed_on");
        String outcome = rs.getString("outcome");
        return new FollowUp(rs.getLong("id"), rs.getLong("screening_id"), rs.getLong("person_id"), "",
                rs.getLong("unit_id"), CancerSite.valueOf(rs.getString("site")), due, closed == null && due.isBefore(today),
                outcome == null ? null : FollowUpOutcome.valueOf(outcome), rs.getString("stage"), closed,
                rs.getInt("version"));
    }

    private static FollowUp withName(FollowUp u, PersonFacts f) {
        return new FollowUp(u.id(), u.screeningId(), u.personId(), f == null ? "" : f.name(), u.unitId(), u.site(),
                u.dueOn(), u.overdue(), u.outcome(), u.stage(), u.closedOn(), u.version());
    }
}
