package org.wfed.core.internal.demo;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import org.wfed.core.Jdbc;
import org.wfed.core.dto.PersonInput;
import org.wfed.core.dto.Position;
import org.wfed.core.dto.Sex;

/** Units and leadership written by the demo and scale generators, with their history rows. */
final class GeneratedUnits {
    static final LocalDate SINCE = LocalDate.of(2021, 6, 1);

    private GeneratedUnits() {
    }

    static long unit(Connection c, long parent, String parentPath, String kind, String name, String areaCode) throws SQLException {
        long id = Jdbc.insert(c, "INSERT INTO core_unit (parent_id, kind, name, area_code, path, status, valid_from) VALUES (?, ?, ?, ?, '/', 'ACTIVE', ?)",
                parent, kind, name, areaCode, SINCE);
        String path = parentPath + id + "/";
        Jdbc.update(c, "UPDATE core_unit SET path = ? WHERE id = ?", path, id);
        Jdbc.update(c, "INSERT INTO core_unit_hist (unit_id, parent_id, name, path, valid_from, change_kind) VALUES (?, ?, ?, ?, ?, 'CREATE')",
                id, parent, name, path, SINCE);
        return id;
    }

    /** Chair, two vice-chairs and twelve executive members from the unit's first women. */
    static void leadership(Connection c, long unit, List<Long> ids, List<PersonInput> people) throws SQLException {
        int seat = 0;
        for (int i = 0; i < ids.size() && seat < 15; i++) {
            if (people.get(i).sex() != Sex.F) {
                continue;
            }
            Position pos = seat == 0 ? Position.CHAIR : seat < 3 ? Position.VICE_CHAIR : Position.EXECUTIVE;
            Jdbc.insert(c, "INSERT INTO core_leader (unit_id, person_id, position, full_time, sector, in_two_committees, grid, term_from, term_to, source)"
                            + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 'generated')",
                    unit, ids.get(i), pos, seat == 1, "社区工作者", seat == 0, "第" + (1 + seat % 5) + "网格", SINCE,
                    SINCE.plusYears(5).minusDays(1));
            seat++;
        }
    }
}
