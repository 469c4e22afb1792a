package org.wfed.core.internal.org;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.wfed.core.AuditLog;
import org.wfed.core.Caller;
import org.wfed.core.Database;
import org.wfed.core.Jdbc;
import org.wfed.core.WfedException;
import org.wfed.core.dto.OrgUnit;
import org.wfed.core.dto.OrgUnitInput;
import org.wfed.core.dto.UnitKind;
import org.wfed.core.dto.UnitStatus;
import org.wfed.core.internal.people.PeopleCounts;

/**
 * Changes to the tree, each dated and kept in {@code core_unit_hist}: create, rename, move, merge,
 * split. Moving a unit moves its whole subtree (every descendant's path changes, with history).
 * Records of modules keep pointing at the unit ids they were made for.
 */
@Component(service = OrgChanges.class)
public final class OrgChanges {
    private static final String OPEN_HIST = "INSERT INTO core_unit_hist (unit_id, parent_id, name, path, valid_from, change_kind, note)"
            + " VALUES (?, ?, ?, ?, ?, ?, ?)";
    private static final String CLOSE_HIST = "UPDATE core_unit_hist SET valid_to = ? WHERE unit_id = ? AND valid_to IS NULL";

    /** One part of a split: the new unit's name, kind and optional area code. */
    public record Part(String name, UnitKind kind, String areaCode) {
    }

    private final Database db;
    private final OrgServiceImpl orgs;
    private final UnitPaths paths;
    private final AuditLog audit;
    /** People lists count per subtree: a changed tree changes their totals. */
    private final PeopleCounts counts;

    @Activate
    public OrgChanges(@Reference Database db, @Reference OrgServiceImpl orgs, @Reference UnitPaths paths,
                      @Reference AuditLog audit, @Reference PeopleCounts counts) {
        this.db = db;
        this.orgs = orgs;
        this.paths = paths;
        this.audit = audit;
        this.counts = counts;
    }

    public long create(Caller caller, OrgUnitInput in) {
        if (in.parentId() == null) {
            throw WfedException.invalid("PARENT_REQUIRED", "请选择上级单位", "A parent unit is required");
        }
        // a unit created without a founding date has an unknown one, never "today": it is stored as
        // FOUNDING_UNKNOWN (the tree's first day, so roll-ups include it) and read back as null (OrgServiceImpl.unit)
        LocalDate founded = in.effective() == null ? FOUNDING_UNKNOWN : in.effective();
        long id = db.write(c -> insert(c, in.parentId(), in.kind(), in.name(), in.areaCode(), founded, "CREATE", null));
        paths.invalidate();
        counts.changed();
        audit.ok(caller, "org.create", "unit", id, in.name());
        return id;
    }

    private long insert(Connection c, long parentId, UnitKind kind, String name, String areaCode, LocalDate from, String change,
                        String note) throws SQLException {
        OrgUnit parent = orgs.get(c, parentId);
        requireActive(parent);
        checkKindBelow(parent.kind(), kind);
        long id = Jdbc.insert(c, "INSERT INTO core_unit (parent_id, kind, name, area_code, path, status, valid_from) VALUES (?, ?, ?, ?, '/', 'ACTIVE', ?)",
                parentId, kind, name, areaCode, from);
        String path = parent.path() + id + "/";
        Jdbc.update(c, "UPDATE core_unit SET path = ? WHERE id = ?", path, id);
        Jdbc.update(c, OPEN_HIST, id, parentId, name, path, from, change, note);
        return id;
    }

    public void rename(Caller caller, long id, OrgUnitInput in) {
        requireVersion(in.version());
        db.write(c -> {
            OrgUnit u = orgs.get(c, id);
            requireActive(u);
            Jdbc.updateVersioned(c, "core_unit", id, "UPDATE core_unit SET name = ?, kind = ?, area_code = ?, version = version + 1"
                    + " WHERE id = ? AND version = ?", in.name(), in.kind(), in.areaCode(), id, in.version());
            if (!u.name().equals(in.name())) {
                LocalDate from = day(in.effective());
                Jdbc.update(c, CLOSE_HIST, from, id);
                Jdbc.update(c, OPEN_HIST, id, u.parentId(), in.name(), u.path(), from, "RENAME", u.name() + " → " + in.name());
            }
            return null;
        });
        audit.ok(caller, "org.update", "unit", id, in.name());
    }

    public void move(Caller caller, long id, long newParentId, LocalDate effective, Integer version) {
        requireVersion(version);
        db.write(c -> {
            OrgUnit u = orgs.get(c, id);
            requireActive(u);
            OrgUnit parent = orgs.get(c, newParentId);
            requireActive(parent);
            if (parent.path().startsWith(u.path())) {
                throw WfedException.invalid("MOVE_INTO_ITSELF", "不能把单位移到它自己或它的下级单位之下", "Cannot move a unit below itself");
            }
            checkKindBelow(parent.kind(), u.kind());
            Jdbc.updateVersioned(c, "core_unit", id, "UPDATE core_unit SET parent_id = ?, version = version + 1 WHERE id = ? AND version = ?",
                    newParentId, id, version);
            repath(c, u.path(), parent.path() + id + "/", day(effective), "MOVE", "→ " + parent.name());
            return null;
        });
        paths.invalidate();
        counts.changed();
        audit.ok(caller, "org.move", "unit", id, "to " + newParentId);
    }

    /** Merges {@code id} into {@code intoId}: children and people move over, the unit closes. */
    public void merge(Caller caller, long id, long intoId, LocalDate effective, Integer version) {
        requireVersion(version);
        LocalDate from = day(effective);
        db.write(c -> {
            OrgUnit u = orgs.get(c, id);
            OrgUnit into = orgs.get(c, intoId);
            requireActive(u);
            requireActive(into);
            if (id == intoId || into.path().startsWith(u.path())) {
                throw WfedException.invalid("MERGE_INTO_ITSELF", "不能并入自身或下级单位", "Cannot merge a unit into itself or below");
            }
            for (OrgUnit child : Jdbc.list(c, "SELECT " + OrgServiceImpl.UNIT_COLUMNS + " FROM core_unit WHERE parent_id = ? AND status = 'ACTIVE'",
                    OrgServiceImpl::unit, id)) {
                Jdbc.update(c, "UPDATE core_unit SET parent_id = ?, version = version + 1 WHERE id = ?", intoId, child.id());
                repath(c, child.path(), into.path() + child.id() + "/", from, "MOVE", "并入 " + into.name());
            }
            Jdbc.update(c, "UPDATE core_person SET unit_id = ? WHERE unit_id = ?", intoId, id);
            close(c, u, version, UnitStatus.MERGED, from, "并入 " + into.name());
            return null;
        });
        paths.invalidate();
        counts.changed();
        audit.ok(caller, "org.merge", "unit", id, "into " + intoId);
    }

    /** Splits a unit without children into new units under the same parent; the old one closes. */
    public List<Long> split(Caller caller, long id, List<Part> parts, LocalDate effective, Integer version) {
        requireVersion(version);
        if (parts == null || parts.size() < 2) {
            throw WfedException.invalid("SPLIT_NEEDS_PARTS", "拆分至少需要两个新单位", "A split needs at least two parts");
        }
        LocalDate from = day(effective);
        List<Long> created = db.write(c -> {
            OrgUnit u = orgs.get(c, id);
            requireActive(u);
            if (Jdbc.number(c, "SELECT COUNT(*) FROM core_unit WHERE parent_id = ? AND status = 'ACTIVE'", id) > 0) {
                throw WfedException.invalid("SPLIT_HAS_CHILDREN", "该单位还有下级单位，请先调整下级单位再拆分",
                        "Move the unit's children before splitting it");
            }
            List<Long> ids = new java.util.ArrayList<>();
            for (Part p : parts) {
                OrgUnitInput valid = new OrgUnitInput(u.parentId(), p.kind() == null ? u.kind() : p.kind(), p.name(), p.areaCode(), from, null);
                ids.add(insert(c, u.parentId(), valid.kind(), valid.name(), valid.areaCode(), from, "SPLIT", "由 " + u.name() + " 拆分"));
            }
            close(c, u, version, UnitStatus.SPLIT, from, "拆分");
            return ids;
        });
        paths.invalidate();
        counts.changed();
        audit.ok(caller, "org.split", "unit", id, "into " + created);
        return created;
    }

    private void close(Connection c, OrgUnit u, int version, UnitStatus status, LocalDate from, String note) throws SQLException {
        Jdbc.updateVersioned(c, "core_unit", u.id(), "UPDATE core_unit SET status = ?, valid_to = ?, version = version + 1 WHERE id = ? AND version = ?",
                status, from, u.id(), version);
        Jdbc.update(c, CLOSE_HIST, from, u.id());
        Jdbc.update(c, "INSERT INTO core_unit_hist (unit_id, parent_id, name, path, valid_from, valid_to, change_kind, note) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                u.id(), u.parentId(), u.name(), u.path(), from, from, status.name(), note);
    }

    /** Rewrites the paths of a subtree from one prefix to another, closing and reopening history rows. */
    private static void repath(Connection c, String oldPrefix, String newPrefix, LocalDate from, String change, String note)
            throws SQLException {
        List<OrgUnit> subtree = Jdbc.list(c, "SELECT " + OrgServiceImpl.UNIT_COLUMNS + " FROM core_unit WHERE path LIKE ? AND status = 'ACTIVE'",
                OrgServiceImpl::unit, oldPrefix + "%");
        for (OrgUnit d : subtree) {
            String path = newPrefix + d.path().substring(oldPrefix.length());
            Jdbc.update(c, "UPDATE core_unit SET path = ? WHERE id = ?", path, d.id());
            Jdbc.update(c, CLOSE_HIST, from, d.id());
            Jdbc.update(c, OPEN_HIST, d.id(), parentFromPath(path), d.name(), path, from, change, note);
        }
    }

    private static Long parentFromPath(String path) {
        String[] parts = path.split("/");
        return parts.length < 3 ? null : Long.parseLong(parts[parts.length - 2]);
    }

    private static void checkKindBelow(UnitKind parent, UnitKind child) {
        boolean ok = switch (child) {
            case CITY -> false;
            case DISTRICT -> parent == UnitKind.CITY;
            case STREET, TOWN -> parent == UnitKind.DISTRICT;
            case COMMUNITY, VILLAGE -> parent == UnitKind.STREET || parent == UnitKind.TOWN;
            case GRASSROOTS_ORG -> parent != UnitKind.GRASSROOTS_ORG;
        };
        if (!ok) {
            throw WfedException.invalid("KIND_NOT_ALLOWED", child.labelZh() + "不能设在" + parent.labelZh() + "之下",
                    child + " cannot sit below " + parent);
        }
    }

    private static void requireActive(OrgUnit u) {
        if (u.status() != UnitStatus.ACTIVE) {
            throw WfedException.conflict("UNIT_CLOSED", "单位“" + u.name() + "”已撤并，不能再修改", "The unit is closed");
        }
    }

    private static void requireVersion(Integer version) {
        if (version == null) {
            throw WfedException.invalidFields(List.of(new org.wfed.core.FieldError("version", "REQUIRED", "必填")));
        }
    }

    /** How core_unit and core_unit_hist store an unknown founding date (both columns are NOT NULL). */
    static final LocalDate FOUNDING_UNKNOWN = org.wfed.core.Validation.EARLIEST;

    private static LocalDate day(LocalDate effective) {
        return effective == null ? LocalDate.now() : effective;
    }
}
