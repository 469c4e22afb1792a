package org.wfed.aid.internal.imports;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.wfed.aid.AidPermissions;
import org.wfed.aid.dto.BeneficiaryInput;
import org.wfed.aid.dto.ImportReport;
import org.wfed.aid.dto.ImportReport.RowError;
import org.wfed.aid.dto.ImportRequest;
import org.wfed.aid.internal.AidSchema;
import org.wfed.aid.internal.beneficiary.BeneficiaryRepository;
import org.wfed.aid.internal.beneficiary.BeneficiaryRepository.NewBeneficiary;
import org.wfed.aid.internal.beneficiary.BeneficiaryRow;
import org.wfed.aid.internal.programme.CategoryRepository;
import org.wfed.core.AccessControl;
import org.wfed.core.Caller;
import org.wfed.core.Database;
import org.wfed.core.PersonService;
import org.wfed.core.dto.PersonFacts;
import org.wfed.core.dto.PersonInput;

/**
 * Imports a beneficiary roster (花名册导入): preview lists every bad row; commit writes all rows in one
 * transaction or none. People are matched by ID number, so importing the same file again changes nothing.
 */
@Component(service = RosterImport.class)
public final class RosterImport implements RowKind<RosterEntry> {

    private final Database db;
    private final PersonService persons;
    private final AccessControl access;

    @Activate
    public RosterImport(@Reference AidSchema schema, @Reference Database db, @Reference PersonService persons,
                        @Reference AccessControl access) {
        this.db = db;
        this.persons = persons;
        this.access = access;
    }

    @Override
    public void authorise(Caller caller, ImportRequest in) {
        access.check(caller, AidPermissions.IMPORT, in.unitId());
    }

    @Override
    public Checked<RosterEntry> check(Caller caller, ImportRequest in, List<List<String>> rows) {
        return new RosterCheck(db.read(CategoryRepository::names), LocalDate.now()).check(rows);
    }

    @Override
    public String auditAction() {
        return "aid.import.commit";
    }

    @Override
    public String recordType() {
        return "aid_beneficiary";
    }

    /**
     * Classifies (and with {@code write} saves) every good row; rows that clash with the registry become errors.
     * No per-row statements: existing people are looked up by ID number and their facts and beneficiary rows read
     * in chunks of 500, the new people are registered with one {@code createAll} and the new beneficiaries inserted
     * in JDBC batches.
     */
    @Override
    public ImportReport apply(Connection c, Caller caller, ImportRequest in, Checked<RosterEntry> checked, boolean write)
            throws SQLException {
        long unitId = in.unitId();
        List<RowError> errors = new ArrayList<>(checked.errors());
        List<RosterEntry> entries = checked.entries();
        // one query per 500 numbers (core's batch finder), not one per row
        Map<String, Long> known = entries.isEmpty() ? Map.of()
                : persons.findByIdNumbers(c, entries.stream().map(RosterEntry::idNumber).toList());
        Map<Long, PersonFacts> facts = known.isEmpty() ? Map.of() : persons.facts(known.values());
        Map<Long, BeneficiaryRow> existing = BeneficiaryRepository.byPersons(c, known.values());
        int updated = 0;
        int unchanged = 0;
        List<RosterEntry> fresh = new ArrayList<>();
        List<NewBeneficiary> inserts = new ArrayList<>();
        List<Map.Entry<BeneficiaryRow, RosterEntry>> updates = new ArrayList<>();
        for (RosterEntry e : entries) {
            Long personId = known.get(e.idNumber());
            if (personId == null) {
                fresh.add(e);
                continue;
            }
            PersonFacts f = facts.get(personId);
            if (f == null || !access.canSee(caller, f.unitId())) {
                errors.add(new RowError(e.row(), "身份证号", "该人员已登记在其他单位，不能在此导入"));
                continue;
            }
            BeneficiaryRow b = existing.get(personId);
            if (b == null) {
                inserts.add(new NewBeneficiary(personId, f.unitId(), input(e, null)));
            } else if (same(b, e)) {
                unchanged++;
            } else {
                updated++;
                updates.add(Map.entry(b, e));
            }
        }
        int created = fresh.size() + inserts.size();
        if (write && errors.isEmpty()) {
            List<Long> ids = fresh.isEmpty() ? List.of() : persons.createAll(c, caller, fresh.stream()
                    .map(e -> new PersonInput(unitId, e.name(), e.idNumber(), null, null, null, null, null, null, null,
                            null, null)).toList());
            for (int i = 0; i < fresh.size(); i++) {
                inserts.add(new NewBeneficiary(ids.get(i), unitId, input(fresh.get(i), null)));
            }
            BeneficiaryRepository.insertAll(c, inserts);
            for (Map.Entry<BeneficiaryRow, RosterEntry> u : updates) {
                BeneficiaryRepository.update(c, u.getKey().id(), input(u.getValue(), u.getKey()));
            }
        }
        return new ImportReport(checked.rows(), created, updated, unchanged, errors, write && errors.isEmpty(), 0);
    }

    private static boolean same(BeneficiaryRow b, RosterEntry e) {
        return new HashSet<>(b.categories()).equals(new HashSet<>(e.categories()))
                && Objects.equals(b.household(), e.household()) && Objects.equals(b.bankName(), e.bankName())
                && Objects.equals(b.bankAccount(), e.bankAccount()) && Objects.equals(b.recognizedOn(), e.recognizedOn())
                && Objects.equals(b.guardianName(), e.guardianName())
                && Objects.equals(b.guardianRelation(), e.guardianRelation())
                && Objects.equals(b.guardianConsentOn(), e.guardianConsentOn()) && Objects.equals(b.note(), e.note());
    }

    /** The roster's values; what the roster has no column for is kept from the existing record. */
    private static BeneficiaryInput input(RosterEntry e, BeneficiaryRow old) {
        return new BeneficiaryInput(0L, null, e.categories(), e.household(), e.bankName(), e.bankAccount(),
                old == null ? null : old.accountHolder(), e.guardianName(), e.guardianRelation(),
                old == null ? null : old.guardianPhone(), old == null ? null : old.healthConsentOn(),
                e.guardianConsentOn(), e.recognizedOn(), e.note(), old == null ? null : old.version());
    }
}
