package org.wfed.core.internal.imports;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.wfed.core.AuditLog;
import org.wfed.core.Caller;
import org.wfed.core.ChangeLog;
import org.wfed.core.Database;
import org.wfed.core.FieldError;
import org.wfed.core.WfedException;
import org.wfed.core.exports.Exports;
import org.wfed.core.imports.ImportColumn;
import org.wfed.core.imports.ImportEntry;
import org.wfed.core.imports.ImportLayout;
import org.wfed.core.imports.ImportReport;
import org.wfed.core.imports.ImportRow;
import org.wfed.core.imports.ImportService;
import org.wfed.core.imports.ImportSheet;
import org.wfed.core.imports.ImportUpload;
import org.wfed.core.imports.Importer;
import org.wfed.core.imports.RowError;
import org.wfed.core.imports.SheetFile;

/**
 * The import flow of every module: decode, read against the layout, check each row, classify in the database;
 * the commit writes in one transaction with its audit entry and field changes, or throws and writes nothing.
 */
@Component(service = ImportService.class)
public final class ImportServiceImpl implements ImportService {

    private final Database db;
    private final AuditLog audit;
    private final ChangeLog changeLog;
    private final Exports exports;
    /**
     * A clean file's checked rows as its preview left them, for the same caller, target, choices and day. Two at the
     * most, so that the heap holds no more than two large files' rows; taken out by the commit.
     */
    private final Map<String, Checked<?>> previewed = java.util.Collections.synchronizedMap(
            new LinkedHashMap<>(4, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<String, Checked<?>> eldest) {
                    return size() > 2;
                }
            });

    @Activate
    public ImportServiceImpl(@Reference Database db, @Reference AuditLog audit, @Reference ChangeLog changeLog,
                             @Reference Exports exports) {
        this.db = db;
        this.audit = audit;
        this.changeLog = changeLog;
        this.exports = exports;
    }

    @Override
    public <T> ImportReport preview(Caller caller, Importer<T> importer, ImportUpload upload) {
        byte[] bytes = bytes(upload);
        Checked<T> checked = check(importer, upload, bytes);
        ImportReport r = db.read(c -> report(importer.layout(), upload, checked,
                classify(c, caller, importer, upload, checked, false), false));
        if (r.errorCount() == 0) {
            previewed.put(key(caller, importer, upload, bytes), checked);
        }
        return r;
    }

    @Override
    public <T> ImportReport commit(Caller caller, Importer<T> importer, ImportUpload upload) {
        byte[] bytes = bytes(upload);
        // the clean file the caller has just previewed is not read and checked again (a large roster: seconds of CPU)
        @SuppressWarnings("unchecked")
        Checked<T> cached = (Checked<T>) previewed.remove(key(caller, importer, upload, bytes));
        Checked<T> checked = cached != null ? cached : check(importer, upload, bytes);
        return db.write(c -> {
            Batch<T> batch = classify(c, caller, importer, upload, checked, true);
            ImportReport r = report(importer.layout(), upload, checked, batch, true);
            if (r.errorCount() > 0) {
                // the module writes only a clean batch, and throwing rolls back whatever it did
                List<FieldError> fields = r.errors().stream().map(e -> new FieldError("第" + e.row() + "行 " + e.column(),
                        "ROW_INVALID", e.message())).toList();
                throw new WfedException(400, "IMPORT_ROWS_INVALID", "有" + r.errorCount()
                        + "处错误，未导入任何记录：请修改后重新导入", "Rows are invalid; nothing was imported", fields);
            }
            Map<Object, List<ChangeLog.Change>> changes = new LinkedHashMap<>();
            for (Batch<T>.Update u : batch.changedUpdates()) {
                changes.merge(u.recordId, u.changes, (a, b) -> {
                    List<ChangeLog.Change> both = new ArrayList<>(a);
                    both.addAll(b);
                    return both;
                });
            }
            changeLog.recordAll(c, caller, importer.auditAction(), importer.recordType(), changes);
            // in the import's transaction: a rolled-back import leaves no entry
            audit.ok(c, caller, importer.auditAction(), importer.recordType(), null, summary(upload, r));
            return r;
        });
    }

    private <T> Checked<T> check(Importer<T> importer, ImportUpload upload, byte[] bytes) {
        ImportSheet sheet = ImportSheet.read(bytes, importer.layout(), upload.sheet(), LocalDate.now(exports.zone()));
        List<ImportEntry<T>> entries = new ArrayList<>();
        for (ImportRow row : sheet.rows()) {
            if (!row.ok()) {
                continue;
            }
            T value = importer.entry(row);
            if (row.ok()) {
                entries.add(new ImportEntry<>(row, value));
            }
        }
        return new Checked<>(sheet, entries, sheet.errors());
    }

    private static <T> Batch<T> classify(Connection c, Caller caller, Importer<T> importer, ImportUpload upload,
                                         Checked<T> checked, boolean write) throws SQLException {
        Batch<T> batch = new Batch<>(c, caller, write && checked.errors().isEmpty(), checked.entries(),
                importer.layout(), upload);
        importer.apply(batch);
        batch.checkComplete(importer.getClass().getSimpleName());
        return batch;
    }

    private static <T> ImportReport report(ImportLayout layout, ImportUpload upload, Checked<T> checked, Batch<T> batch, boolean commit) {
        List<RowError> all = new ArrayList<>(checked.errors());
        all.addAll(batch.errors);
        all.sort(Comparator.comparingInt(RowError::row));
        ImportSheet s = checked.sheet();
        List<ImportReport.RowChange> changes = batch.changedUpdates().stream()
                .limit(ImportReport.MAX_LISTED).map(u -> u.shown()).toList();
        List<ImportReport.Clearable> clearable = new ArrayList<>();
        for (ImportColumn col : layout.columns()) {
            int kept = batch.keptEmpty.getOrDefault(col.key(), 0);
            int cleared = batch.cleared.getOrDefault(col.key(), 0);
            if (kept + cleared > 0) {
                clearable.add(new ImportReport.Clearable(col.key(), col.header(), kept + cleared, upload.clears(col)));
            }
        }
        return new ImportReport(upload.fileName(), s.sheet(), s.sheets(), s.headerRow(), s.mapped(), s.ignored(),
                s.absent(), s.rows().size(), batch.created, batch.updated(), batch.unchangedAll(), s.skippedExamples(),
                all.subList(0, Math.min(all.size(), ImportReport.MAX_LISTED)), all.size(), problems(all), changes,
                clearable, batch.counts, commit && all.isEmpty());
    }

    /** The errors grouped by column and message, most frequent first, with the first rows of each. */
    static List<ImportReport.Problem> problems(List<RowError> errors) {
        Map<String, List<RowError>> groups = new LinkedHashMap<>();
        for (RowError e : errors) {
            groups.computeIfAbsent(e.column() + "\u0000" + e.message(), k -> new ArrayList<>()).add(e);
        }
        return groups.values().stream().sorted(Comparator.comparingInt((List<RowError> g) -> -g.size()))
                .map(g -> new ImportReport.Problem(g.get(0).column(), g.get(0).message(), g.size(),
                        g.stream().limit(10).map(RowError::row).toList())).toList();
    }

    private static String summary(ImportUpload upload, ImportReport r) {
        StringBuilder b = new StringBuilder().append(upload.fileName()).append(": ").append(r.created()).append(" created, ")
                .append(r.updated()).append(" updated, ").append(r.unchanged()).append(" unchanged");
        r.counts().forEach((k, v) -> b.append(", ").append(v).append(' ').append(k));
        return b.toString();
    }

    private static String key(Caller caller, Importer<?> importer, ImportUpload upload, byte[] bytes) {
        try {
            return caller.userId() + "/" + importer.target() + "/" + upload.sheet() + "/" + upload.clear() + "/"
                    + LocalDate.now() + "/" + HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] bytes(ImportUpload upload) {
        if (upload.contentBase64().isEmpty()) {
            throw WfedException.invalidFields(List.of(new FieldError("contentBase64", "REQUIRED", "请选择文件")));
        }
        if (upload.base64Length() / 4 * 3 > SheetFile.MAX_BYTES + 3) {
            throw WfedException.invalid("IMPORT_TOO_LARGE", "文件超过20MB，请分批导入", "The file is larger than 20 MB");
        }
        try {
            return Base64.getMimeDecoder().decode(String.join("", upload.contentBase64()));
        } catch (IllegalArgumentException e) {
            throw WfedException.invalid("IMPORT_BAD_ENCODING", "文件上传不完整，请重新选择文件", "The file content is not base64");
        }
    }
}
