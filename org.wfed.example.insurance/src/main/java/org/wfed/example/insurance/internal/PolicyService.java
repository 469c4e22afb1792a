package org.wfed.example.insurance.internal;

import java.time.LocalDate;
import java.util.List;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.wfed.core.AuditLog;
import org.wfed.core.Caller;
import org.wfed.core.Database;
import org.wfed.core.OrgService;
import org.wfed.core.PeriodLocks;
import org.wfed.core.PersonService;
import org.wfed.core.Validation;
import org.wfed.core.WfedException;
import org.wfed.core.dto.PersonFacts;
import org.wfed.core.dto.Sex;

/**
 * The rules of policies: only women are insured, once a year, never before their unit was founded nor in a locked
 * period; each write is one transaction and audited. The resource has checked the caller's role and subtree.
 */
@Component(service = PolicyService.class)
public final class PolicyService {
    private final Database db;
    private final PolicyStore store;
    private final PersonService people;
    private final PeriodLocks locks;
    private final AuditLog audit;
    private final OrgService orgs;

    @Activate
    public PolicyService(@Reference Database db, @Reference PolicyStore store, @Reference PersonService people,
                         @Reference PeriodLocks locks, @Reference AuditLog audit, @Reference OrgService orgs,
                         @Reference InsuranceModule schema) {
        this.db = db;
        this.store = store;
        this.people = people;
        this.locks = locks;
        this.audit = audit;
        this.orgs = orgs;
    }

    /** The unit's policies of the year (every year when null), with the women's names. */
    public List<Policy> list(long unitId, Integer year) {
        List<Policy> rows = db.read(c -> store.ofUnit(c, unitId, year == null ? 0 : year));
        var facts = people.facts(rows.stream().map(Policy::personId).toList());
        return rows.stream().map(p -> new Policy(p.id(), p.unitId(), p.personId(),
                facts.containsKey(p.personId()) ? facts.get(p.personId()).name() : "", p.year(), p.premiumFen(), p.insurer(), p.boughtOn()))
                .toList();
    }

    /** Buys a policy for {@code woman} (looked up and authorised by the resource). */
    public Policy create(Caller caller, PersonFacts woman, NewPolicy in) {
        if (woman.sex() != Sex.F) {
            throw WfedException.invalid("NOT_A_WOMAN", "女性安康保险只为妇女购买", "Care insurance is for women");
        }
        LocalDate bought = in.boughtOn() == null ? LocalDate.now() : in.boughtOn();
        // core's one unit-founding check: not before the unit's known founding date (docs/errors.md)
        Validation.checkUnitExisted("boughtOn", orgs.get(woman.unitId()), bought);
        long id = db.write(c -> {
            locks.checkOpen(c, woman.unitId(), bought);
            if (store.insured(c, in.personId(), in.year())) {
                throw WfedException.conflict("ALREADY_INSURED", "该妇女本年度已购买安康保险", "Already insured this year");
            }
            return store.insert(c, woman.unitId(), in, bought);
        });
        audit.ok(caller, "insurance.policy.create", "policy", id, null);
        return new Policy(id, woman.unitId(), in.personId(), woman.name(), in.year(), in.premiumFen(), in.insurer(), bought);
    }
}
