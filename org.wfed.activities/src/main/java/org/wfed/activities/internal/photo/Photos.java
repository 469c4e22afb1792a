package org.wfed.activities.internal.photo;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.Designate;
import org.wfed.activities.ActivitiesPermissions;
import org.wfed.activities.internal.ActivitiesSchema;
import org.wfed.core.AccessControl;
import org.wfed.core.AuditLog;
import org.wfed.core.Caller;
import org.wfed.core.Database;
import org.wfed.core.Jdbc;
import org.wfed.core.WfedException;

/**
 * Photos (照片) of activities and nominees: JPEG or PNG recognised by content, at most {@link PhotoConfig#maxBytes},
 * stored under the data folder with random names, served only to callers who may read the owner's unit. The file
 * is written before the row and removed again if the row cannot be written, so a refused upload leaves nothing.
 */
@Component(service = Photos.class, configurationPid = "org.wfed.activities.photos")
@Designate(ocd = PhotoConfig.class)
public final class Photos {
    /** Whose a photo is. */
    enum Owner { ACTIVITY, NOMINEE }

    private static final String COLUMNS = "id, owner_kind, owner_id, content_type, size_bytes, caption, created_at, created_by";

    private final Database db;
    private final AccessControl access;
    private final AuditLog audit;
    private final PhotoConfig config;
    private final Path folder;

    @Activate
    public Photos(PhotoConfig config, @Reference ActivitiesSchema schema,
                  @Reference AccessControl access, @Reference AuditLog audit) {
        this.db = schema.db();
        this.access = access;
        this.audit = audit;
        this.config = config;
        this.folder = (config.folder().isBlank() ? schema.db().files("activities").resolve("photos") : Path.of(config.folder()))
                .toAbsolutePath();
    }

    public Photo upload(Caller caller, String ownerKind, long ownerId, String declaredType, String caption, InputStream body) {
        Owner owner = owner(ownerKind);
        long unit = db.read(c -> unitOf(c, owner, ownerId));
        access.check(caller, ActivitiesPermissions.MANAGE, unit);
        if (caption != null && caption.length() > 200) {
            throw WfedException.invalid("CAPTION_TOO_LONG", "照片说明不能超过200个字符", "Caption too long");
        }
        byte[] bytes = read(body);
        PhotoFormat format = PhotoFormat.sniff(bytes);
        if (format == null || declaredType == null || !declaredType.toLowerCase().startsWith(format.contentType())) {
            throw WfedException.invalid("NOT_AN_IMAGE", "只能上传JPG或PNG格式的图片", "Only JPEG or PNG images are accepted");
        }
        String name = UUID.randomUUID() + "." + format.extension();
        Path file = store(bytes, name);
        try {
            return db.write(c -> {
                if (Jdbc.number(c, "SELECT COUNT(*) FROM act_photo WHERE owner_kind = ? AND owner_id = ?", owner, ownerId)
                        >= config.maxPerOwner()) {
                    throw WfedException.conflict("TOO_MANY_PHOTOS", "每条记录最多上传" + config.maxPerOwner() + "张照片",
                            "Too many photos");
                }
                long id = Jdbc.insert(c, "INSERT INTO act_photo (owner_kind, owner_id, unit_id, stored_name, content_type, "
                        + "size_bytes, caption, created_at, created_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", owner, ownerId, unit,
                        name, format.contentType(), bytes.length, caption, Instant.now(), caller.username());
                audit.ok(c, caller, "activities.photo.upload", "photo", id, owner + " " + ownerId);
                return get(c, id);
            });
        } catch (RuntimeException e) {
            deleteQuietly(file);
            throw e;
        }
    }

    public List<Photo> list(Caller caller, String ownerKind, long ownerId) {
        Owner owner = owner(ownerKind);
        return db.read(c -> {
            access.check(caller, ActivitiesPermissions.READ, unitOf(c, owner, ownerId));
            return Jdbc.list(c, "SELECT " + COLUMNS + " FROM act_photo WHERE owner_kind = ? AND owner_id = ? ORDER BY id",
                    Photos::map, owner, ownerId);
        });
    }

    /** The photo's type and bytes, after checking the caller may read its unit. */
    public Image image(Caller caller, long id) {
        String[] row = db.read(c -> {
            Object[] r = Jdbc.one(c, "SELECT unit_id, stored_name, content_type FROM act_photo WHERE id = ?",
                    rs -> new Object[] {rs.getLong(1), rs.getString(2), rs.getString(3)}, id)
                    .orElseThrow(() -> WfedException.notFound("照片 " + id));
            access.check(caller, ActivitiesPermissions.READ, (Long) r[0]);
            return new String[] {(String) r[1], (String) r[2]};
        });
        try {
            return new Image(row[1], Files.readAllBytes(folder.resolve(row[0])));
        } catch (IOException e) {
            throw WfedException.notFound("照片文件 " + id);
        }
    }

    public void delete(Caller caller, long id) {
        String name = db.write(c -> {
            Object[] r = Jdbc.one(c, "SELECT unit_id, stored_name FROM act_photo WHERE id = ?",
                    rs -> new Object[] {rs.getLong(1), rs.getString(2)}, id).orElseThrow(() -> WfedException.notFound("照片 " + id));
            access.check(caller, ActivitiesPermissions.MANAGE, (Long) r[0]);
            Jdbc.update(c, "DELETE FROM act_photo WHERE id = ?", id);
            audit.ok(c, caller, "activities.photo.delete", "photo", id, null);
            return (String) r[1];
        });
        deleteQuietly(folder.resolve(name));
    }

    private static Photo get(Connection c, long id) throws SQLException {
        return Jdbc.one(c, "SELECT " + COLUMNS + " FROM act_photo WHERE id = ?", Photos::map, id)
                .orElseThrow(() -> WfedException.notFound("照片 " + id));
    }

    /** An image to send: its content type and bytes. */
    public record Image(String contentType, byte[] bytes) {
    }

    Path folder() {
        return folder;
    }

    private static Owner owner(String kind) {
        try {
            return Owner.valueOf(kind == null ? "" : kind.trim().toUpperCase());
        } catch (IllegalArgumentException e) {
            throw WfedException.invalid("BAD_OWNER", "照片所属对象应为 ACTIVITY（活动）或 NOMINEE（评选对象）", "owner must be ACTIVITY or NOMINEE");
        }
    }

    private static long unitOf(Connection c, Owner owner, long ownerId) throws SQLException {
        String sql = owner == Owner.ACTIVITY ? "SELECT unit_id FROM act_activity WHERE id = ?"
                : "SELECT k.unit_id FROM act_nominee n JOIN act_contest k ON k.id = n.contest_id WHERE n.id = ?";
        return Jdbc.one(c, sql, rs -> rs.getLong(1), ownerId)
                .orElseThrow(() -> WfedException.notFound(owner == Owner.ACTIVITY ? "活动 " + ownerId : "评选对象 " + ownerId));
    }

    private byte[] read(InputStream body) {
        if (body == null) {
            throw new WfedException(400, org.wfed.core.ErrorCode.BODY_REQUIRED.name(), "没有收到图片", "No image received");
        }
        try {
            byte[] bytes = body.readNBytes(config.maxBytes() + 1);
            if (bytes.length > config.maxBytes()) {
                throw new WfedException(413, "PHOTO_TOO_LARGE", "图片不能超过" + config.maxBytes() / 1024 / 1024 + "MB",
                        "The image is larger than " + config.maxBytes() + " bytes");
            }
            if (bytes.length == 0) {
                throw new WfedException(400, org.wfed.core.ErrorCode.BODY_REQUIRED.name(), "没有收到图片", "No image received");
            }
            return bytes;
        } catch (IOException e) {
            throw WfedException.invalid("UPLOAD_BROKEN", "图片上传中断，请重试", "The upload broke off");
        }
    }

    private Path store(byte[] bytes, String name) {
        try {
            Files.createDirectories(folder);
            Path tmp = Files.createTempFile(folder, "upload-", ".part");
            Files.write(tmp, bytes);
            return Files.move(tmp, folder.resolve(name), StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot store photo in " + folder, e);
        }
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            // the row is what makes a photo visible; an orphan file is harmless and found by its random name only
        }
    }

    private static Photo map(java.sql.ResultSet rs) throws SQLException {
        return new Photo(rs.getLong("id"), rs.getString("owner_kind"), rs.getLong("owner_id"), rs.getString("content_type"),
                rs.getInt("size_bytes"), rs.getString("caption"), Jdbc.instant(rs, "created_at"), rs.getString("created_by"));
    }
}
