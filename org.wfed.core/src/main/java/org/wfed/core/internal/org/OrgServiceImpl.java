package org.wfed.core.internal.org;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.wfed.core.Caller;
import org.wfed.core.Database;
import org.wfed.core.Jdbc;
import org.wfed.core.OrgService;
import org.wfed.core.Period;
import org.wfed.core.Scope;
import org.wfed.core.WfedException;
import org.wfed.core.dto.Leader;
import org.wfed.core.dto.LeaderInput;
import org.wfed.core.dto.OrgUnit;
import org.wfed.core.dto.Position;
import org.wfed.core.dto.UnitKind;
import org.wfed.core.dto.UnitStatus;

/** Reads of the organisation tree, its history and leadership. */
@Component(service = {OrgService.class, OrgServiceImpl.class})
public final class OrgServiceImpl implements OrgService {

    static final String UNIT_COLUMNS = "id, parent_id, kind, name, area_code, path, status, valid_from, valid_to, version";
    private static final String HIST_IN_PERIOD = "SELECT unit_id, path FROM core_unit_hist"
            + " WHERE valid_from <= ? AND (valid_to IS NULL OR valid_to > ?) ORDER BY unit_id, valid_from, id";
    private static final String LEADERS_AT = "SELECT l.*, p.name AS person_name FROM core_leader l"
            + " JOIN core_person p ON p.id = l.person_id"
            + " WHERE l.unit_id = ? AND l.term_from <= ? AND (l.term_to IS NULL OR l.term_to >= ?)"
            + " ORDER BY l.position, l.id";
    private static final String LEADERS_DURING = "SELECT l.*, p.name AS person_name FROM core_leader l"
            + " JOIN core_person p ON p.id = l.person_id"
            + " WHERE l.unit_id IN (%s) AND l.term_from <= ? AND (l.term_to IS NULL OR l.term_to >= ?)"
            + " ORDER BY l.unit_id, l.position, l.id";

    private final Database db;

    @Activate
    public OrgServiceImpl(@Reference Database db) {
        this.db = db;
    }

    @Override
    public java.util.Optional<Long> stationUnit(long stationId) {
        return db.read(c -> Jdbc.one(c, "SELECT unit_id FROM core_station WHERE id = ?", rs -> rs.getLong(1), stationId));
    }

    @Override
    public java.util.Optional<String> stationKind(long stationId) {
        return db.read(c -> Jdbc.one(c, "SELECT kind FROM core_station WHERE id = ?", rs -> rs.getString(1), stationId));
    }

    @Override
    public java.util.Optional<Long> teamUnit(long teamId) {
        return db.read(c -> Jdbc.one(c, "SELECT unit_id FROM core_volunteer_team WHERE id = ?", rs -> rs.getLong(1), teamId));
    }

    @Override
    public OrgUnit get(long unitId) {
        return db.read(c -> get(c, unitId));
    }

    @Override
    public Map<Long, OrgUnit> get(java.util.Collection<Long> unitIds) {
        List<Long> ids = new ArrayList<>(new java.util.LinkedHashSet<>(unitIds));
        Map<Long, OrgUnit> out = new LinkedHashMap<>();
        db.read(c -> {
            for (int i = 0; i < ids.size(); i += 500) {
                List<Long> chunk = ids.subList(i, Math.min(ids.size(), i + 500));
                for (OrgUnit u : Jdbc.list(c, "SELECT " + UNIT_COLUMNS + " FROM core_unit WHERE id IN (" + Jdbc.placeholders(chunk.size()) + ")",
                        OrgServiceImpl::unit, chunk.toArray())) {
                    out.put(u.id(), u);
                }
            }
            return null;
        });
        return out;
    }

    OrgUnit get(Connection c, long unitId) throws SQLException {
        return Jdbc.one(c, "SELECT " + UNIT_COLUMNS + " FROM core_unit WHERE id = ?", OrgServiceImpl::unit, unitId)
                .orElseThrow(() -> WfedException.notFound("单位 " + unitId));
    }

    @Override
    public List<OrgUnit> children(long unitId) {
        return db.read(c -> Jdbc.list(c, "SELECT " + UNIT_COLUMNS + " FROM core_unit WHERE parent_id = ? AND status = 'ACTIVE' ORDER BY id",
                OrgServiceImpl::unit, unitId));
    }

    /** The whole current subtree under a path, active and historic units, top first. */
    List<OrgUnit> subtree(String path) {
        return db.read(c -> Jdbc.list(c, "SELECT " + UNIT_COLUMNS + " FROM core_unit WHERE path LIKE ? ORDER BY path",
                OrgServiceImpl::unit, path + "%"));
    }

    @Override
    public boolean isWithin(long unitId, long ancestorId) {
        OrgUnit unit = get(unitId);
        OrgUnit ancestor = get(ancestorId);
        return unit.path().startsWith(ancestor.path());
    }

    @Override
    public Scope scope(long root, Period period) {
        // the last position of every unit that existed during the period
        Map<Long, String> lastPath = new LinkedHashMap<>();
        db.read(c -> Jdbc.list(c, HIST_IN_PERIOD, rs -> lastPath.put(rs.getLong(1), rs.getString(2)), period.to(), period.from()));
        String rootPath = lastPath.get(root);
        if (rootPath == null) {
            throw WfedException.invalid("UNIT_NOT_IN_PERIOD", "该单位在所选期间不存在", "The unit did not exist in the period");
        }
        Map<Long, Long> childOf = new HashMap<>();
        List<Long> children = new ArrayList<>();
        for (Map.Entry<Long, String> e : lastPath.entrySet()) {
            String path = e.getValue();
            if (!path.startsWith(rootPath)) {
                continue;
            }
            if (path.equals(rootPath)) {
                childOf.put(e.getKey(), root);
                continue;
            }
            String rest = path.substring(rootPath.length());
            long child = Long.parseLong(rest.substring(0, rest.indexOf('/')));
            childOf.put(e.getKey(), child);
            if (child == e.getKey()) {
                children.add(child);
            }
        }
        return new Scope(root, period, childOf, children, unchangedSince(root, childOf.keySet()));
    }

    /**
     * The root's path today if a large subtree as it stood is exactly the units below it today (see
     * {@link Scope#currentPath()}); null otherwise, and for small subtrees, which are listed by id anyway.
     */
    private String unchangedSince(long root, java.util.Set<Long> units) {
        if (units.size() <= Scope.LISTED_UNITS_AT_MOST) {
            return null;
        }
        String path = get(root).path();
        java.util.Set<Long> now = new java.util.HashSet<>(db.read(c -> Jdbc.list(c, "SELECT id FROM core_unit WHERE path LIKE ?",
                rs -> rs.getLong(1), path + "%")));
        return now.equals(units) ? path : null;
    }

    @Override
    public List<Leader> leadership(long unitId, LocalDate at) {
        return db.read(c -> Jdbc.list(c, LEADERS_AT, OrgServiceImpl::leader, unitId, at, at));
    }

    @Override
    public Map<Long, List<Leader>> leadership(java.util.Collection<Long> unitIds, LocalDate from, LocalDate to) {
        List<Long> ids = new ArrayList<>(new java.util.LinkedHashSet<>(unitIds));
        Map<Long, List<Leader>> out = new LinkedHashMap<>();
        db.read(c -> {
            for (int i = 0; i < ids.size(); i += 500) {
                List<Long> chunk = ids.subList(i, Math.min(ids.size(), i + 500));
                List<Object> params = new ArrayList<>(chunk);
                params.add(to);
                params.add(from);
                for (Leader l : Jdbc.list(c, String.format(LEADERS_DURING, Jdbc.placeholders(chunk.size())), OrgServiceImpl::leader,
                        params.toArray())) {
                    out.computeIfAbsent(l.unitId(), u -> new ArrayList<>()).add(l);
                }
            }
            return null;
        });
        return out;
    }

    @Override
    public void replaceLeadership(Connection c, Caller caller, long unitId, List<LeaderInput> seats, LocalDate termFrom,
                                  LocalDate termTo, String source) throws SQLException {
        get(c, unitId);
        Jdbc.update(c, "UPDATE core_leader SET term_to = ? WHERE unit_id = ? AND (term_to IS NULL OR term_to >= ?) AND term_from < ?",
                termFrom.minusDays(1), unitId, termFrom, termFrom);
        Jdbc.update(c, "DELETE FROM core_leader WHERE unit_id = ? AND term_from >= ?", unitId, termFrom);
        for (LeaderInput s : seats) {
            Jdbc.insert(c, "INSERT INTO core_leader (unit_id, person_id, position, full_time, sector, in_two_committees, grid,"
                            + " term_from, term_to, source) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    unitId, s.personId(), s.position(), s.fullTime(), s.sector(), s.inTwoCommittees(), s.grid(), termFrom,
                    termTo, source);
        }
    }

    static OrgUnit unit(ResultSet rs) throws SQLException {
        return new OrgUnit(rs.getLong("id"), Jdbc.nullableLong(rs, "parent_id"), UnitKind.valueOf(rs.getString("kind")),
                rs.getString("name"), rs.getString("area_code"), rs.getString("path"), UnitStatus.valueOf(rs.getString("status")),
                founded(Jdbc.date(rs, "valid_from")), Jdbc.date(rs, "valid_to"), rs.getInt("version"));
    }

    /** The founding date, or null when it is unknown (stored as {@link OrgChanges#FOUNDING_UNKNOWN}). */
    static LocalDate founded(LocalDate stored) {
        return OrgChanges.FOUNDING_UNKNOWN.equals(stored) ? null : stored;
    }

    static Leader leader(ResultSet rs) throws SQLException {
        return new Leader(rs.getLong("id"), rs.getLong("unit_id"), rs.getLong("person_id"), rs.getString("person_name"),
                Position.valueOf(rs.getString("position")), rs.getBoolean("full_time"), rs.getString("sector"),
                rs.getBoolean("in_two_committees"), rs.getString("grid"), Jdbc.date(rs, "term_from"), Jdbc.date(rs, "term_to"),
                rs.getString("source"));
    }
}
