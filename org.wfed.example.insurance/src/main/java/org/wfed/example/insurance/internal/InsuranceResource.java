package org.wfed.example.insurance.internal;

import java.time.LocalDate;
import java.util.List;
import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.SecurityContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JSONRequired;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;
import org.wfed.core.AccessControl;
import org.wfed.core.AuditLog;
import org.wfed.core.Caller;
import org.wfed.core.Database;
import org.wfed.core.Jdbc;
import org.wfed.core.PeriodLocks;
import org.wfed.core.PersonService;
import org.wfed.core.Validation;
import org.wfed.core.WfedException;
import org.wfed.core.dto.PersonFacts;
import org.wfed.core.dto.Sex;

/** {@code /api/insurance/policies}: policies bought for women of the caller's subtree. */
@Component(service = InsuranceResource.class)
@JaxrsResource
@JSONRequired
@JaxrsApplicationSelect("(osgi.jaxrs.name=wfed)")
@Path("insurance/policies")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public final class InsuranceResource {

    /** A policy. */
    public record Policy(long id, long unitId, long personId, String personName, int year, long premiumFen, String insurer,
                         LocalDate boughtOn) {
    }

    /** A new policy: premium in fen (¥100 = 10000). */
    public record NewPolicy(long personId, int year, long premiumFen, String insurer, LocalDate boughtOn) {
        public NewPolicy {
            new Validation().positive("personId", personId).rule(year >= 2000 && year <= 2100, "year", "OUT_OF_RANGE", "年份不正确")
                    .positive("premiumFen", premiumFen).text("insurer", insurer, 100, false).notInFuture("boughtOn", boughtOn).check();
        }
    }

    private final Database db;
    private final AccessControl access;
    private final PersonService people;
    private final PeriodLocks locks;
    private final AuditLog audit;
    private final org.wfed.core.OrgService orgs;

    @Activate
    public InsuranceResource(@Reference Database db, @Reference AccessControl access, @Reference PersonService people,
                             @Reference PeriodLocks locks, @Reference AuditLog audit, @Reference InsuranceModule schema,
                             @Reference org.wfed.core.OrgService orgs) {
        this.orgs = orgs;
        this.db = db;
        this.access = access;
        this.people = people;
        this.locks = locks;
        this.audit = audit;
    }

    @GET
    public List<Policy> list(@QueryParam("unitId") Long unitId, @QueryParam("year") Integer year, @Context SecurityContext sc) {
        Caller caller = access.caller(sc);
        long unit = unitId == null ? caller.unitId() : unitId;
        access.check(caller, InsuranceContributions.READ, unit);
        List<Policy> rows = db.read(c -> Jdbc.list(c, "SELECT * FROM ins_policy WHERE unit_id = ? AND (? = 0 OR policy_year = ?) ORDER BY id",
                rs -> new Policy(rs.getLong("id"), rs.getLong("unit_id"), rs.getLong("person_id"), null, rs.getInt("policy_year"),
                        rs.getLong("premium_fen"), rs.getString("insurer"), Jdbc.date(rs, "bought_on")),
                unit, year == null ? 0 : year, year == null ? 0 : year));
        var facts = people.facts(rows.stream().map(Policy::personId).toList());
        return rows.stream().map(p -> new Policy(p.id(), p.unitId(), p.personId(),
                facts.containsKey(p.personId()) ? facts.get(p.personId()).name() : "", p.year(), p.premiumFen(), p.insurer(), p.boughtOn()))
                .toList();
    }

    @POST
    public Response create(NewPolicy in, @Context SecurityContext sc) {
        Validation.body(in);
        Caller caller = access.caller(sc);
        PersonFacts woman = people.facts(in.personId());
        access.check(caller, InsuranceContributions.WRITE, woman.unitId());
        if (woman.sex() != Sex.F) {
            throw WfedException.invalid("NOT_A_WOMAN", "女性安康保险只为妇女购买", "Care insurance is for women");
        }
        LocalDate bought = in.boughtOn() == null ? LocalDate.now() : in.boughtOn();
        // core's one unit-founding check: not before the unit's known founding date (docs/errors.md)
        Validation.checkUnitExisted("boughtOn", orgs.get(woman.unitId()), bought);
        long id = db.write(c -> {
            locks.checkOpen(c, woman.unitId(), bought);
            if (Jdbc.number(c, "SELECT COUNT(*) FROM ins_policy WHERE person_id = ? AND policy_year = ?", in.personId(), in.year()) > 0) {
                throw WfedException.conflict("ALREADY_INSURED", "该妇女本年度已购买安康保险", "Already insured this year");
            }
            return Jdbc.insert(c, "INSERT INTO ins_policy (unit_id, person_id, policy_year, premium_fen, insurer, bought_on) VALUES (?, ?, ?, ?, ?, ?)",
                    woman.unitId(), in.personId(), in.year(), in.premiumFen(), in.insurer(), bought);
        });
        audit.ok(caller, "insurance.policy.create", "policy", id, null);
        return Response.status(201).entity(new Policy(id, woman.unitId(), in.personId(), woman.name(), in.year(), in.premiumFen(),
                in.insurer(), bought)).build();
    }
}
