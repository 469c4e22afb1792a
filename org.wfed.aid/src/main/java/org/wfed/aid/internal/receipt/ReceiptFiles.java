package org.wfed.aid.internal.receipt;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.wfed.aid.AidPermissions;
import org.wfed.aid.dto.ReceiptFile;
import org.wfed.aid.internal.AidSchema;
import org.wfed.core.AccessControl;
import org.wfed.core.AuditLog;
import org.wfed.core.Caller;
import org.wfed.core.Database;
import org.wfed.core.Jdbc;
import org.wfed.core.PeriodLocks;
import org.wfed.core.WfedException;

/**
 * Signed receipts (签收单) of paid applications: a PDF, JPEG or PNG of at most 10 MB, recognised by its content,
 * kept in core's file store ({@code Database.files("aid")/receipts}) under a random name. Uploading, replacing and
 * deleting need {@code aid.pay} on the application's unit, reading {@code aid.read}; every one of them, downloads
 * included, is audited. The file is written before its row and removed again when the row cannot be written.
 */
@Component(service = ReceiptFiles.class)
public final class ReceiptFiles {

    /** Largest receipt accepted. */
    static final int MAX_BYTES = 10 * 1024 * 1024;
    /** Receipts per application (a signed form, perhaps photographed page by page). */
    static final int MAX_PER_APPLICATION = 5;
    private static final String COLUMNS = "id, application_id, file_name, content_type, size_bytes, created_at, created_by, version";

    private final Database db;
    private final AccessControl access;
    private final AuditLog audit;
    private final PeriodLocks locks;
    private final Path folder;

    @Activate
    public ReceiptFiles(@Reference AidSchema schema, @Reference Database db, @Reference AccessControl access,
                        @Reference AuditLog audit, @Reference PeriodLocks locks) {
        this.db = db;
        this.access = access;
        this.audit = audit;
        this.locks = locks;
        this.folder = db.files("aid").resolve("receipts").toAbsolutePath();
    }

    /** A file to send: its name, type and bytes. */
    public record Download(String fileName, String contentType, byte[] bytes) {
    }

    /** What a stored receipt belongs to. */
    private record Stored(long id, long applicationId, long unitId, String storedName, String fileName, LocalDate paidOn) {
    }

    /** A checked upload, stored under its random name. */
    private record Upload(String storedName, String fileName, ReceiptFormat format, int size, String sha256) {
    }

    public ReceiptFile upload(Caller caller, long applicationId, String fileName, String declaredType, InputStream body) {
        Object[] app = db.read(c -> Jdbc.one(c, "SELECT unit_id, status, paid_on FROM aid_application WHERE id = ?",
                rs -> new Object[] {rs.getLong(1), rs.getString(2), Jdbc.date(rs, "paid_on")}, applicationId))
                .orElseThrow(() -> WfedException.notFound("救助申请 " + applicationId));
        long unitId = (Long) app[0];
        access.check(caller, AidPermissions.PAY, unitId);
        if (!"PAID".equals(app[1]) && !"RECEIVED".equals(app[1])) {
            throw WfedException.conflict("AID_RECEIPT_NOT_PAID", "只能为已发放的申请上传签收单", "The application is not paid");
        }
        Upload u = store(fileName, declaredType, body);
        try {
            return db.write(c -> {
                if (Jdbc.number(c, "SELECT COUNT(*) FROM aid_receipt_file WHERE application_id = ?", applicationId)
                        >= MAX_PER_APPLICATION) {
                    throw WfedException.conflict("AID_RECEIPT_TOO_MANY", "每笔发放最多上传" + MAX_PER_APPLICATION
                            + "个签收单文件，请先删除不需要的", "Too many receipt files");
                }
                locks.checkOpen(c, unitId, (LocalDate) app[2]);
                long id = Jdbc.insert(c, "INSERT INTO aid_receipt_file (application_id, unit_id, stored_name, file_name, "
                                + "content_type, size_bytes, sha256, created_at, created_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                        applicationId, unitId, u.storedName(), u.fileName(), u.format().contentType, u.size(), u.sha256(),
                        Instant.now(), caller.username());
                audit.ok(c, caller, "aid.receipt.upload", "aid_receipt_file", id, "application " + applicationId + ": "
                        + u.fileName() + " " + u.size() + " bytes sha256 " + u.sha256());
                return get(c, id);
            });
        } catch (RuntimeException e) {
            deleteQuietly(folder.resolve(u.storedName()));
            throw e;
        }
    }

    public List<ReceiptFile> list(Caller caller, long applicationId) {
        return db.read(c -> {
            long unitId = Jdbc.one(c, "SELECT unit_id FROM aid_application WHERE id = ?", rs -> rs.getLong(1), applicationId)
                    .orElseThrow(() -> WfedException.notFound("救助申请 " + applicationId));
            access.check(caller, AidPermissions.READ, unitId);
            return Jdbc.list(c, "SELECT " + COLUMNS + " FROM aid_receipt_file WHERE application_id = ? ORDER BY id",
                    ReceiptFiles::map, applicationId);
        });
    }

    /** The receipt's bytes, after checking the caller may read its unit; the download is audited. */
    public Download download(Caller caller, long id) {
        Stored s = stored(id);
        access.check(caller, AidPermissions.READ, s.unitId());
        String type = db.read(c -> Jdbc.one(c, "SELECT content_type FROM aid_receipt_file WHERE id = ?",
                rs -> rs.getString(1), id)).orElseThrow(() -> WfedException.notFound("签收单 " + id));
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(folder.resolve(s.storedName()));
        } catch (IOException e) {
            throw WfedException.notFound("签收单文件 " + id);
        }
        audit.ok(caller, "aid.receipt.download", "aid_receipt_file", id, "application " + s.applicationId());
        return new Download(s.fileName(), type, bytes);
    }

    /** Puts a new file in place of receipt {@code id} (a better scan); the old file is removed after the change commits. */
    public ReceiptFile replace(Caller caller, long id, int version, String fileName, String declaredType, InputStream body) {
        Stored s = stored(id);
        access.check(caller, AidPermissions.PAY, s.unitId());
        Upload u = store(fileName, declaredType, body);
        ReceiptFile done;
        try {
            done = db.write(c -> {
                locks.checkOpen(c, s.unitId(), s.paidOn());
                Jdbc.updateVersioned(c, "aid_receipt_file", id, "UPDATE aid_receipt_file SET stored_name = ?, file_name = ?, "
                        + "content_type = ?, size_bytes = ?, sha256 = ?, created_at = ?, created_by = ?, version = version + 1 "
                        + "WHERE id = ? AND version = ?", u.storedName(), u.fileName(), u.format().contentType, u.size(),
                        u.sha256(), Instant.now(), caller.username(), id, version);
                audit.ok(c, caller, "aid.receipt.replace", "aid_receipt_file", id, "application " + s.applicationId() + ": "
                        + s.fileName() + " → " + u.fileName() + " " + u.size() + " bytes sha256 " + u.sha256());
                return get(c, id);
            });
        } catch (RuntimeException e) {
            deleteQuietly(folder.resolve(u.storedName()));
            throw e;
        }
        deleteQuietly(folder.resolve(s.storedName()));
        return done;
    }

    public void delete(Caller caller, long id) {
        Stored s = stored(id);
        access.check(caller, AidPermissions.PAY, s.unitId());
        db.write(c -> {
            locks.checkOpen(c, s.unitId(), s.paidOn());
            Jdbc.update(c, "DELETE FROM aid_receipt_file WHERE id = ?", id);
            audit.ok(c, caller, "aid.receipt.delete", "aid_receipt_file", id, "application " + s.applicationId() + ": "
                    + s.fileName());
            return null;
        });
        deleteQuietly(folder.resolve(s.storedName()));
    }

    private Stored stored(long id) {
        return db.read(c -> Jdbc.one(c, "SELECT f.id, f.application_id, f.unit_id, f.stored_name, f.file_name, a.paid_on "
                        + "FROM aid_receipt_file f JOIN aid_application a ON a.id = f.application_id WHERE f.id = ?",
                rs -> new Stored(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getString(4), rs.getString(5),
                        Jdbc.date(rs, "paid_on")), id)).orElseThrow(() -> WfedException.notFound("签收单 " + id));
    }

    /** Reads, checks and stores an upload; nothing is stored when it is refused. */
    private Upload store(String fileName, String declaredType, InputStream body) {
        byte[] bytes = read(body);
        ReceiptFormat format = ReceiptFormat.sniff(bytes);
        if (format == null) {
            throw WfedException.invalid("AID_RECEIPT_BAD_TYPE", "签收单只能是PDF、JPG或PNG文件（按文件内容识别，改扩展名无效）",
                    "A receipt must be a PDF, JPEG or PNG file");
        }
        if (format.contradicts(declaredType, fileName)) {
            throw WfedException.invalid("AID_RECEIPT_TYPE_MISMATCH", "文件内容与文件类型不符（内容是" + format.extension.toUpperCase()
                    + "）：请重新扫描或另存后上传", "The content does not match the declared type");
        }
        String name = cleanName(fileName, format);
        String stored = UUID.randomUUID() + "." + format.extension;
        try {
            Files.createDirectories(folder);
            Path tmp = Files.createTempFile(folder, "upload-", ".part");
            Files.write(tmp, bytes);
            Files.move(tmp, folder.resolve(stored), StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot store a receipt in " + folder, e);
        }
        return new Upload(stored, name, format, bytes.length, sha256(bytes));
    }

    private static byte[] read(InputStream body) {
        if (body == null) {
            throw new WfedException(400, org.wfed.core.ErrorCode.BODY_REQUIRED.name(), "没有收到文件", "No file received");
        }
        try {
            byte[] bytes = body.readNBytes(MAX_BYTES + 1);
            if (bytes.length > MAX_BYTES) {
                throw new WfedException(413, "AID_RECEIPT_TOO_LARGE", "签收单文件不能超过10MB，请压缩或降低扫描分辨率后上传",
                        "The receipt is larger than 10 MB");
            }
            if (bytes.length == 0) {
                throw new WfedException(400, org.wfed.core.ErrorCode.BODY_REQUIRED.name(), "没有收到文件", "No file received");
            }
            return bytes;
        } catch (IOException e) {
            throw WfedException.invalid("AID_RECEIPT_BROKEN", "文件上传中断，请重试", "The upload broke off");
        }
    }

    /** The name shown and offered on download: no folders, no control characters, at most 200 characters. */
    static String cleanName(String fileName, ReceiptFormat format) {
        String n = fileName == null ? "" : fileName.replace('\\', '/');
        n = n.substring(n.lastIndexOf('/') + 1).replaceAll("[\\p{Cntrl}\"]", "").trim();
        if (n.isEmpty()) {
            n = "签收单." + format.extension;
        }
        return n.length() > 200 ? n.substring(n.length() - 200) : n;
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            // the row is what makes a receipt visible; a left-over file has a random name nobody can ask for
        }
    }

    private static ReceiptFile get(Connection c, long id) throws SQLException {
        return Jdbc.one(c, "SELECT " + COLUMNS + " FROM aid_receipt_file WHERE id = ?", ReceiptFiles::map, id)
                .orElseThrow(() -> WfedException.notFound("签收单 " + id));
    }

    private static ReceiptFile map(ResultSet rs) throws SQLException {
        return new ReceiptFile(rs.getLong("id"), rs.getLong("application_id"), rs.getString("file_name"),
                rs.getString("content_type"), rs.getInt("size_bytes"), Jdbc.instant(rs, "created_at"),
                rs.getString("created_by"), rs.getInt("version"));
    }
}
