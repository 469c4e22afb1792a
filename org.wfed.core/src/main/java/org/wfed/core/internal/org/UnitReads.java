package org.wfed.core.internal.org;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import org.wfed.core.dto.OrgUnit;
import org.wfed.core.Jdbc;

/** The unit page's reads that core's {@code OrgService} has no call for: every unit below, and a unit's history. */
final class UnitReads {

    private UnitReads() {
    }

    /** The units directly below {@code id}, closed and merged ones too (active first), as the unit page lists them. */
    static List<OrgUnit> unitsBelow(Connection c, long id) throws SQLException {
        return Jdbc.list(c, "SELECT " + OrgServiceImpl.UNIT_COLUMNS + " FROM core_unit WHERE parent_id = ? ORDER BY status, id",
                OrgServiceImpl::unit, id);
    }

    /** The unit's history (沿革): each name, parent and path it had, from when to when, and what changed. */
    static List<OrgResource.HistoryEntry> history(Connection c, long id) throws SQLException {
        return Jdbc.list(c, "SELECT * FROM core_unit_hist WHERE unit_id = ? ORDER BY valid_from, id",
                rs -> new OrgResource.HistoryEntry(rs.getString("name"), Jdbc.nullableLong(rs, "parent_id"), rs.getString("path"),
                        OrgServiceImpl.founded(Jdbc.date(rs, "valid_from")), Jdbc.date(rs, "valid_to"), rs.getString("change_kind"),
                        rs.getString("note")), id);
    }
}
