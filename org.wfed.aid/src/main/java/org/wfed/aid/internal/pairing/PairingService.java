package org.wfed.aid.internal.pairing;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.wfed.aid.AidPermissions;
import org.wfed.aid.dto.Pairing;
import org.wfed.aid.dto.PairingEnd;
import org.wfed.aid.dto.PairingInput;
import org.wfed.aid.internal.AidSchema;
import org.wfed.aid.internal.beneficiary.BeneficiaryRepository;
import org.wfed.aid.internal.beneficiary.BeneficiaryRow;
import org.wfed.aid.internal.beneficiary.BeneficiaryService;
import org.wfed.core.AccessControl;
import org.wfed.core.AuditLog;
import org.wfed.core.Caller;
import org.wfed.core.Database;
import org.wfed.core.FieldError;
import org.wfed.core.OrgService;
import org.wfed.core.Page;
import org.wfed.core.Period;
import org.wfed.core.PeriodLocks;
import org.wfed.core.PersonService;
import org.wfed.core.PublicNotice;
import org.wfed.core.Scope;
import org.wfed.core.Sensitive;
import org.wfed.core.WfedException;
import org.wfed.core.dto.PersonFacts;

/**
 * Pairings (一对一结对帮扶): a helper of the registry (结对帮扶人, 爱心妈妈 …) paired with a beneficiary's household.
 * Both must be in the caller's subtree; the same helper is paired with the same household once at a time.
 */
@Component(service = PairingService.class)
public final class PairingService {

    private final Database db;
    private final PersonService persons;
    private final OrgService orgs;
    private final AccessControl access;
    private final PeriodLocks locks;
    private final Sensitive sensitive;
    private final AuditLog audit;

    @Activate
    public PairingService(@Reference AidSchema schema, @Reference Database db, @Reference PersonService persons,
                          @Reference OrgService orgs, @Reference AccessControl access, @Reference PeriodLocks locks,
                          @Reference Sensitive sensitive, @Reference AuditLog audit) {
        this.db = db;
        this.persons = persons;
        this.orgs = orgs;
        this.access = access;
        this.locks = locks;
        this.sensitive = sensitive;
        this.audit = audit;
    }

    /** The pairings of the unit's subtree (of one beneficiary when {@code personId} is set), the newest first. */
    public Page<Pairing> list(Caller caller, long unitId, Long personId, Page.Request page) {
        access.require(caller, AidPermissions.READ);
        access.checkUnit(caller, unitId);
        LocalDate today = LocalDate.now();
        Scope scope = orgs.scope(unitId, new Period(today, today));
        record Loaded(List<PairingRow> rows, long total) {
        }
        Loaded loaded = db.read(c -> new Loaded(PairingRepository.page(c, scope, personId, page.offset(), page.size()),
                PairingRepository.count(c, scope, personId)));
        Map<Long, PersonFacts> facts = persons.facts(loaded.rows().stream()
                .flatMap(r -> java.util.stream.Stream.of(r.personId(), r.helperPersonId())).distinct().toList());
        List<Pairing> items = loaded.rows().stream()
                .filter(r -> facts.containsKey(r.personId()) && facts.containsKey(r.helperPersonId()))
                .map(r -> view(caller, r, facts.get(r.personId()), facts.get(r.helperPersonId()))).toList();
        return new Page<>(items, loaded.total(), page.page(), page.size());
    }

    public Pairing create(Caller caller, PairingInput in) {
        access.require(caller, AidPermissions.APPLY);
        // a person outside the subtree answers as a missing one (404) before anything is said about her
        access.checkUnit(caller, persons.facts(in.personId()).unitId());
        BeneficiaryRow beneficiary = db.read(c -> BeneficiaryRepository.byPerson(c, in.personId()))
                .orElseThrow(() -> WfedException.invalidFields(List.of(new FieldError("personId", "NOT_BENEFICIARY",
                        "该人员未登记为救助对象，请先登记"))));
        access.checkUnit(caller, beneficiary.unitId());
        PersonFacts helper = persons.facts(in.helperPersonId());
        access.checkUnit(caller, helper.unitId());
        long id = db.write(c -> {
            locks.checkOpen(c, beneficiary.unitId(), in.startedOn());
            // one pairing of the same helper and household at a time, checked under the beneficiary's row lock
            BeneficiaryRepository.lockPerson(c, in.personId());
            if (PairingRepository.active(c, in.personId(), in.helperPersonId())) {
                throw WfedException.conflict("AID_PAIRING_EXISTS", "「" + helper.name() + "」已与该户结对帮扶",
                        "The helper is already paired with this household");
            }
            long created = PairingRepository.insert(c, beneficiary.unitId(), in.personId(), in.helperPersonId(), in.startedOn(),
                    in.note(), caller.displayName());
            audit.ok(c, caller, "aid.pairing.create", "aid_pairing", created, "person " + in.personId() + " helper "
                    + in.helperPersonId() + " from " + in.startedOn());
            return created;
        });
        return get(caller, id);
    }

    /** Ends a pairing on the day given; 409 when it has ended already or was changed since it was read. */
    public Pairing end(Caller caller, long id, PairingEnd in) {
        PairingRow r = row(caller, id);
        access.require(caller, AidPermissions.APPLY);
        if (r.endedOn() != null) {
            throw WfedException.conflict("AID_PAIRING_ENDED", "该结对已于" + r.endedOn() + "结束", "The pairing has ended");
        }
        PublicNotice.checkNotBefore("endedOn", in.endedOn(), r.startedOn(), "结对日期");
        db.write(c -> {
            locks.checkOpen(c, r.unitId(), in.endedOn());
            PairingRepository.end(c, id, in.endedOn(), in.version());
            audit.ok(c, caller, "aid.pairing.end", "aid_pairing", id, "on " + in.endedOn());
            return null;
        });
        return get(caller, id);
    }

    public Pairing get(Caller caller, long id) {
        PairingRow r = row(caller, id);
        Map<Long, PersonFacts> facts = persons.facts(List.of(r.personId(), r.helperPersonId()));
        return view(caller, r, facts.get(r.personId()), facts.get(r.helperPersonId()));
    }

    /** The stored row after checking the caller may see its unit; 404 otherwise. */
    private PairingRow row(Caller caller, long id) {
        access.require(caller, AidPermissions.READ);
        PairingRow r = db.read(c -> PairingRepository.byId(c, id)).orElseThrow(() -> WfedException.notFound("结对帮扶 " + id));
        access.checkUnit(caller, r.unitId());
        return r;
    }

    private Pairing view(Caller caller, PairingRow r, PersonFacts person, PersonFacts helper) {
        int age = person.ageOn(LocalDate.now());
        // a child's name is masked as on her beneficiary card
        String name = age >= 0 && age < BeneficiaryService.CONSENT_AGE
                ? sensitive.show(caller, Sensitive.Kind.CHILD_NAME, person.name(), false, "aid_pairing", r.id()) : person.name();
        return new Pairing(r.id(), r.unitId(), r.personId(), name, r.helperPersonId(), helper.name(), r.startedOn(), r.endedOn(),
                r.note(), r.version());
    }
}
