package org.wfed.aid.internal.imports;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.HashMap;
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
import org.wfed.core.AuditLog;
import org.wfed.core.Caller;
import org.wfed.core.Database;
import org.wfed.core.FieldError;
import org.wfed.core.PersonService;
import org.wfed.core.WfedException;
import org.wfed.core.dto.PersonFacts;
import org.wfed.core.dto.PersonInput;

/**
 * Imports a beneficiary roster (花名册导入): preview lists every bad row; commit writes all rows in one
 * transaction or none. People are matched by ID number, so importing the same file again changes nothing.
 */
@Component(service = RosterImport.class)
public final class RosterImport {

    private final Database db;
    private final PersonService persons;
    private final AccessControl access;
    private final AuditLog audit;

    @Activate
    public RosterImport(@Reference AidSchema schema, @Reference Database db, @Reference PersonService persons,
                        @Reference AccessControl access, @Reference AuditLog audit) {
        this.db = db;
        this.persons = persons;
        this.access = access;
        this.audit = audit;
    }

    /** The template's header row as CSV (UTF-8 with BOM), with one example row. */
    public static byte[] templateCsv() {
        String text = "\uFEFF" + String.join(",", RosterCheck.COLUMNS) + "\r\n"
                + "王秀英,11010519491231002X,低保、残疾,夫妻二人，丈夫患病,农村商业银行,6228480012345678901,2024-03-01,,,,\r\n";
        return text.getBytes(StandardCharsets.UTF_8);
    }

    public ImportReport preview(Caller caller, ImportRequest in) {
        access.check(caller, AidPermissions.IMPORT, in.unitId());
        RosterCheck.Result checked = check(in);
        return db.read(c -> apply(c, caller, in.unitId(), checked, false));
    }

    public ImportReport commit(Caller caller, ImportRequest in) {
        access.check(caller, AidPermissions.IMPORT, in.unitId());
        RosterCheck.Result checked = check(in);
        ImportReport report = db.write(c -> {
            ImportReport r = apply(c, caller, in.unitId(), checked, true);
            if (!r.errors().isEmpty()) {
                // a file with a bad row writes nothing (apply only writes a clean file), and throwing rolls back
                List<FieldError> fields = r.errors().stream()
                        .map(e -> new FieldError("第" + e.row() + "行 " + e.column(), "ROW_INVALID", e.message())).toList();
                throw new WfedException(400, "AID_IMPORT_ROWS_INVALID", "有" + r.errors().size()
                        + "处错误，未导入任何记录：请修改后重新导入", "Rows are invalid; nothing was imported", fields);
            }
            // in the import's transaction: a rolled-back import leaves no entry
            audit.ok(c, caller, "aid.import.commit", "aid_beneficiary", null, in.fileName() + ": " + r.created()
                    + " created, " + r.updated() + " updated, " + r.unchanged() + " unchanged");
            return r;
        });
        return report;
    }

    private RosterCheck.Result check(ImportRequest in) {
        if (in.base64Length() / 4 * 3 > RosterFile.MAX_BYTES + 3) {
            throw WfedException.invalid("AID_IMPORT_TOO_LARGE", "文件超过20MB，请分批导入", "The file is larger than 20 MB");
        }
        byte[] bytes;
        try {
            bytes = Base64.getMimeDecoder().decode(String.join("", in.contentBase64()));
        } catch (IllegalArgumentException e) {
            throw WfedException.invalid("AID_IMPORT_BAD_ENCODING", "文件上传不完整，请重新选择文件", "The file content is not base64");
        }
        List<List<String>> rows = RosterFile.rows(bytes);
        return new RosterCheck(db.read(CategoryRepository::names), LocalDate.now()).check(rows);
    }

    /**
     * Classifies (and with {@code write} saves) every good row; rows that clash with the registry become errors.
     * No per-row writes: existing people are looked up by ID number, their facts and beneficiary rows are read in
     * chunks of 500, the new people are registered with one {@code createAll} and the new beneficiaries inserted
     * in JDBC batches.
     */
    private ImportReport apply(Connection c, Caller caller, long unitId, RosterCheck.Result checked, boolean write)
            throws SQLException {
        List<RowError> errors = new ArrayList<>(checked.errors());
        List<RosterEntry> entries = checked.entries();
        Map<String, Long> known = new HashMap<>();
        for (RosterEntry e : entries) {
            if (!known.containsKey(e.idNumber())) {
                persons.findByIdNumber(c, e.idNumber()).ifPresent(id -> known.put(e.idNumber(), id));
            }
        }
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
        errors.sort(java.util.Comparator.comparingInt(RowError::row));
        return new ImportReport(checked.rows(), created, updated, unchanged, errors, write && errors.isEmpty());
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
