package org.wfed.aid.internal.imports;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.Base64;
import java.util.Collections;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Comparator;
import java.util.List;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.wfed.aid.dto.ImportKind;
import org.wfed.aid.dto.ImportReport;
import org.wfed.aid.dto.ImportRequest;
import org.wfed.aid.internal.AidSchema;
import org.wfed.core.AuditLog;
import org.wfed.core.Caller;
import org.wfed.core.Database;
import org.wfed.core.FieldError;
import org.wfed.core.WfedException;

/**
 * The one preview/commit flow of every import (花名册, 筛查结果): decode and read the file, check each row,
 * classify the rows against the database; commit writes all rows in one transaction, with its audit entry,
 * or none when any row is bad. A clean file's checked rows are kept from its preview for its commit.
 */
@Component(service = ImportFlow.class)
public final class ImportFlow {

    private final Database db;
    private final AuditLog audit;
    private final RosterImport rosters;
    private final ScreeningImport screenings;
    /**
     * The file's checked rows as its preview left them, for the same caller, kind, target and day (the row checks
     * depend on nothing else: categories are only ever added). Two at the most, so the heap holds no more than two
     * large files' rows; taken out by the commit.
     */
    private final Map<String, Checked<?>> recent = Collections.synchronizedMap(new LinkedHashMap<>(4, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Checked<?>> eldest) {
            return size() > 2;
        }
    });

    @Activate
    public ImportFlow(@Reference AidSchema schema, @Reference Database db, @Reference AuditLog audit,
                      @Reference RosterImport rosters, @Reference ScreeningImport screenings) {
        this.db = db;
        this.audit = audit;
        this.rosters = rosters;
        this.screenings = screenings;
    }

    public ImportReport preview(Caller caller, ImportRequest in) {
        return in.kind() == ImportKind.SCREENING ? preview(screenings, caller, in) : preview(rosters, caller, in);
    }

    public ImportReport commit(Caller caller, ImportRequest in) {
        return in.kind() == ImportKind.SCREENING ? commit(screenings, caller, in) : commit(rosters, caller, in);
    }

    private <T> ImportReport preview(RowKind<T> kind, Caller caller, ImportRequest in) {
        kind.authorise(caller, in);
        byte[] bytes = bytes(in);
        Checked<T> checked = kind.check(caller, in, ImportFile.rows(bytes));
        ImportReport r = sorted(db.read(c -> kind.apply(c, caller, in, checked, false)));
        if (r.errors().isEmpty()) {
            recent.put(key(caller, in, bytes), checked);
        }
        return r;
    }

    private <T> ImportReport commit(RowKind<T> kind, Caller caller, ImportRequest in) {
        kind.authorise(caller, in);
        byte[] bytes = bytes(in);
        // the clean file the caller has just previewed is not read and checked again (a large roster: seconds of CPU)
        @SuppressWarnings("unchecked")
        Checked<T> previewed = (Checked<T>) recent.remove(key(caller, in, bytes));
        Checked<T> checked = previewed != null ? previewed : kind.check(caller, in, ImportFile.rows(bytes));
        return sorted(db.write(c -> {
            ImportReport r = kind.apply(c, caller, in, checked, true);
            if (!r.errors().isEmpty()) {
                // a file with a bad row writes nothing (apply only writes a clean file), and throwing rolls back
                List<FieldError> fields = r.errors().stream().sorted(Comparator.comparingInt(ImportReport.RowError::row))
                        .map(e -> new FieldError("第" + e.row() + "行 " + e.column(), "ROW_INVALID", e.message())).toList();
                throw new WfedException(400, "AID_IMPORT_ROWS_INVALID", "有" + r.errors().size()
                        + "处错误，未导入任何记录：请修改后重新导入", "Rows are invalid; nothing was imported", fields);
            }
            // in the import's transaction: a rolled-back import leaves no entry
            audit.ok(c, caller, kind.auditAction(), kind.recordType(), null, in.fileName() + ": " + r.created()
                    + " created, " + r.updated() + " updated, " + r.unchanged() + " unchanged"
                    + (in.kind() == ImportKind.SCREENING ? ", " + r.followUps() + " follow-ups, campaign "
                    + in.campaignId() : ""));
            return r;
        }));
    }

    private static String key(Caller caller, ImportRequest in, byte[] bytes) {
        try {
            return caller.userId() + "/" + in.kind() + "/" + in.unitId() + "/" + in.campaignId() + "/" + LocalDate.now()
                    + "/" + HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static ImportReport sorted(ImportReport r) {
        List<ImportReport.RowError> errors = r.errors().stream().sorted(Comparator.comparingInt(ImportReport.RowError::row))
                .toList();
        return new ImportReport(r.rows(), r.created(), r.updated(), r.unchanged(), errors, r.committed(), r.followUps());
    }

    private static byte[] bytes(ImportRequest in) {
        if (in.base64Length() / 4 * 3 > ImportFile.MAX_BYTES + 3) {
            throw WfedException.invalid("AID_IMPORT_TOO_LARGE", "文件超过20MB，请分批导入", "The file is larger than 20 MB");
        }
        try {
            return Base64.getMimeDecoder().decode(String.join("", in.contentBase64()));
        } catch (IllegalArgumentException e) {
            throw WfedException.invalid("AID_IMPORT_BAD_ENCODING", "文件上传不完整，请重新选择文件", "The file content is not base64");
        }
    }
}
