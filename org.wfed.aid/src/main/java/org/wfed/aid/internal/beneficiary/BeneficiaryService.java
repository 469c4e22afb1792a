package org.wfed.aid.internal.beneficiary;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.wfed.aid.AidPermissions;
import org.wfed.aid.dto.Beneficiary;
import org.wfed.aid.dto.BeneficiaryInput;
import org.wfed.aid.internal.AidSchema;
import org.wfed.aid.internal.programme.CategoryRepository;
import org.wfed.core.AccessControl;
import org.wfed.core.AuditLog;
import org.wfed.core.Caller;
import org.wfed.core.Database;
import org.wfed.core.OrgService;
import org.wfed.core.Page;
import org.wfed.core.Scope;
import org.wfed.core.Period;
import org.wfed.core.PersonService;
import org.wfed.core.Masks;
import org.wfed.core.Sensitive;
import org.wfed.core.Validation;
import org.wfed.core.WfedException;
import org.wfed.core.dto.PersonFacts;

/**
 * Beneficiaries (救助对象): aid facts on core's person. Bank accounts and children's names leave
 * only through {@link Sensitive}; a child under 14 needs her guardian and the guardian's consent.
 */
@Component(service = BeneficiaryService.class)
public final class BeneficiaryService {

    /** Children under this age need a guardian's consent (PIPL art. 31). */
    public static final int CONSENT_AGE = 14;

    private final Database db;
    private final PersonService persons;
    private final OrgService orgs;
    private final AccessControl access;
    private final Sensitive sensitive;
    private final AuditLog audit;

    @Activate
    public BeneficiaryService(@Reference AidSchema schema, @Reference Database db, @Reference PersonService persons,
                              @Reference OrgService orgs, @Reference AccessControl access,
                              @Reference Sensitive sensitive, @Reference AuditLog audit) {
        this.db = db;
        this.persons = persons;
        this.orgs = orgs;
        this.access = access;
        this.sensitive = sensitive;
        this.audit = audit;
    }

    public Page<Beneficiary> list(Caller caller, long unitId, String category, boolean reveal, Page.Request page) {
        access.checkUnit(caller, unitId);
        LocalDate today = LocalDate.now();
        Scope scope = orgs.scope(unitId, new Period(today, today));
        record Loaded(List<BeneficiaryRow> rows, long total) {
        }
        Loaded loaded = db.read(c -> new Loaded(BeneficiaryRepository.page(c, scope, category, page.offset(), page.size()),
                BeneficiaryRepository.count(c, scope, category)));
        Map<Long, PersonFacts> facts = persons.facts(loaded.rows().stream().map(BeneficiaryRow::personId).toList());
        List<Beneficiary> items = loaded.rows().stream().filter(r -> facts.containsKey(r.personId()))
                .map(r -> view(caller, r, facts.get(r.personId()), reveal)).toList();
        return new Page<>(items, loaded.total(), page.page(), page.size());
    }

    public Beneficiary get(Caller caller, long id, boolean reveal) {
        BeneficiaryRow r = row(caller, id);
        return view(caller, r, persons.facts(r.personId()), reveal);
    }

    /** The beneficiary record of a person, or 404. */
    public Beneficiary byPerson(Caller caller, long personId, boolean reveal) {
        BeneficiaryRow r = db.read(c -> BeneficiaryRepository.byPerson(c, personId))
                .orElseThrow(() -> WfedException.notFound("救助对象 人员" + personId));
        access.checkUnit(caller, r.unitId());
        return view(caller, r, persons.facts(r.personId()), reveal);
    }

    public Beneficiary create(Caller caller, BeneficiaryInput in) {
        long id = db.write(c -> create(c, caller, in));
        return get(caller, id, false);
    }

    /** Registers a beneficiary inside the caller's transaction, its audit entry included. */
    public long create(Connection c, Caller caller, BeneficiaryInput in) throws SQLException {
        access.require(caller, AidPermissions.APPLY);
        new Validation().rule(in.personId() != null || in.person() != null, "personId", "REQUIRED",
                "请选择人员或填写人员信息").check();
        Registration reg = resolvePerson(c, caller, in);
        checkRules(c, in, reg.birthDate());
        if (BeneficiaryRepository.byPerson(c, reg.personId()).isPresent()) {
            throw WfedException.conflict("AID_BENEFICIARY_EXISTS", "该人员已登记为救助对象", "Already a beneficiary");
        }
        long id = BeneficiaryRepository.insert(c, reg.personId(), reg.unitId(), in);
        audit.ok(c, caller, "aid.beneficiary.create", "aid_beneficiary", id, "person " + reg.personId());
        return id;
    }

    public Beneficiary update(Caller caller, long id, BeneficiaryInput in) {
        new Validation().required("version", in.version()).check();
        BeneficiaryRow r = row(caller, id);
        access.require(caller, AidPermissions.APPLY);
        PersonFacts f = persons.facts(r.personId());
        // the card shows the account masked: a change without an account keeps the stored one
        BeneficiaryInput change = in.bankAccount() != null ? in : new BeneficiaryInput(in.personId(), in.person(),
                in.categories(), in.household(), in.bankName(), r.bankAccount(), in.accountHolder(), in.guardianName(),
                in.guardianRelation(), in.guardianPhone(), in.healthConsentOn(), in.guardianConsentOn(), in.recognizedOn(),
                in.note(), in.version());
        db.write(c -> {
            checkRules(c, change, f.birthDate());
            BeneficiaryRepository.update(c, id, change);
            audit.ok(c, caller, "aid.beneficiary.update", "aid_beneficiary", id, null);
            return null;
        });
        return get(caller, id, false);
    }

    /** The stored row after checking the caller may see its unit; 404 otherwise. */
    public BeneficiaryRow row(Caller caller, long id) {
        access.require(caller, AidPermissions.READ);
        BeneficiaryRow r = db.read(c -> BeneficiaryRepository.byId(c, id))
                .orElseThrow(() -> WfedException.notFound("救助对象 " + id));
        access.checkUnit(caller, r.unitId());
        return r;
    }

    /** Who the beneficiary is in core's registry. */
    private record Registration(long personId, long unitId, LocalDate birthDate) {
    }

    private Registration resolvePerson(Connection c, Caller caller, BeneficiaryInput in) throws SQLException {
        if (in.personId() != null) {
            PersonFacts f = persons.facts(in.personId());
            access.checkUnit(caller, f.unitId());
            return new Registration(f.id(), f.unitId(), f.birthDate());
        }
        access.checkUnit(caller, in.person().unitId());
        if (in.person().idNumber() != null) {
            var found = persons.findByIdNumber(c, in.person().idNumber());
            if (found.isPresent()) {
                PersonFacts f = persons.facts(found.get());
                access.checkUnit(caller, f.unitId());
                return new Registration(f.id(), f.unitId(), f.birthDate());
            }
        }
        long personId = persons.create(c, caller, in.person());
        return new Registration(personId, in.person().unitId(), in.person().birthDate());
    }

    private static void checkRules(Connection c, BeneficiaryInput in, LocalDate birthDate) throws SQLException {
        Map<String, String> known = CategoryRepository.names(c);
        Validation v = new Validation();
        for (String code : in.categories()) {
            v.rule(known.containsKey(code), "categories", "UNKNOWN_CATEGORY", "未知的困难类别：" + code);
        }
        if (birthDate != null && java.time.Period.between(birthDate, LocalDate.now()).getYears() < CONSENT_AGE) {
            v.rule(in.guardianName() != null && !in.guardianName().isBlank(), "guardianName", "GUARDIAN_REQUIRED",
                    "不满14周岁的儿童须登记监护人");
            v.rule(in.guardianConsentOn() != null, "guardianConsentOn", "GUARDIAN_CONSENT_REQUIRED",
                    "不满14周岁的儿童须取得监护人同意");
        }
        v.check();
    }

    private Beneficiary view(Caller caller, BeneficiaryRow r, PersonFacts f, boolean reveal) {
        int age = f.ageOn(LocalDate.now());
        boolean child = age >= 0 && age < CONSENT_AGE;
        String name = child ? sensitive.show(caller, Sensitive.Kind.CHILD_NAME, f.name(), reveal, "aid_beneficiary", r.id())
                : f.name();
        String account = r.bankAccount() == null ? null
                : sensitive.show(caller, Sensitive.Kind.BANK_ACCOUNT, r.bankAccount(), reveal, "aid_beneficiary", r.id());
        boolean masked = !(reveal && caller.has(Sensitive.REVEAL_PERMISSION));
        // core's rule: the birth year and the year-based age, the date only when revealed
        return new Beneficiary(r.id(), r.personId(), r.unitId(), name, f.sex() == null ? null : f.sex().name(),
                sensitive.birthDate(caller, f.birthDate(), reveal, "aid_beneficiary", r.id()),
                Masks.age(f.birthDate(), LocalDate.now()), Masks.birthYear(f.birthDate()), r.categories(), r.household(), r.bankName(), account, r.accountHolder(),
                r.guardianName(), r.guardianRelation(), r.guardianPhone(), r.healthConsentOn(), r.guardianConsentOn(),
                r.recognizedOn(), r.note(), masked, r.version());
    }
}
