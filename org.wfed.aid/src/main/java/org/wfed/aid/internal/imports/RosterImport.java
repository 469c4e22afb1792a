package org.wfed.aid.internal.imports;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
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
                // throwing rolls back every row written so far: all or nothing
                List<FieldError> fields = r.errors().stream()
                        .map(e -> new FieldError("第" + e.row() + "行 " + e.column(), "ROW_INVALID", e.message())).toList();
                throw new WfedException(400, "AID_IMPORT_ROWS_INVALID", "有" + r.errors().size()
                        + "处错误，未导入任何记录：请修改后重新导入", "Rows are invalid; nothing was imported", fields);
            }
            return r;
        });
        audit.ok(caller, "aid.import.commit", "aid_beneficiary", null, in.fileName() + ": " + report.created() + " created, "
                + report.updated() + " updated, " + report.unchanged() + " unchanged");
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

    /** Classifies (and with {@code write} saves) every good row; rows that clash with the registry become errors. */
    private ImportReport apply(Connection c, Caller caller, long unitId, RosterCheck.Result checked, boolean write)
            throws SQLException {
        List<RowError> errors = new ArrayList<>(checked.errors());
        int created = 0;
        int updated = 0;
        int unchanged = 0;
        for (RosterEntry e : checked.entries()) {
            Optional<Long> found = persons.findByIdNumber(c, e.idNumber());
            if (found.isPresent()) {
                PersonFacts f = persons.facts(found.get());
                if (!access.canSee(caller, f.unitId())) {
                    errors.add(new RowError(e.row(), "身份证号", "该人员已登记在其他单位，不能在此导入"));
                    continue;
                }
                Optional<BeneficiaryRow> b = BeneficiaryRepository.byPerson(c, found.get());
                if (b.isPresent() && same(b.get(), e)) {
                    unchanged++;
                } else if (b.isPresent()) {
                    updated++;
                    if (write) {
                        BeneficiaryRepository.update(c, b.get().id(), input(e, b.get()));
                    }
                } else {
                    created++;
                    if (write) {
                        BeneficiaryRepository.insert(c, found.get(), f.unitId(), input(e, null));
                    }
                }
            } else {
                created++;
                if (write) {
                    long personId = persons.create(c, caller, new PersonInput(unitId, e.name(), e.idNumber(), null, null,
                            null, null, null, null, null, null, null));
                    BeneficiaryRepository.insert(c, personId, unitId, input(e, null));
                }
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
