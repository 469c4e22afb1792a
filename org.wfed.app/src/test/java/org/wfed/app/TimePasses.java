package org.wfed.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;

/**
 * Lets days pass for a test's own wfed (a public notice runs for days; the server refuses to date one back):
 * stops it, moves dates of some rows back by whole weeks in its Derby database (weekdays stay weekdays, so a count
 * of working days holds) and starts it again on the same data.
 */
final class TimePasses {
    private TimePasses() {
    }

    private static List<Long> ids(Connection c, String table) {
        List<Long> out = new java.util.ArrayList<>();
        try (PreparedStatement all = c.prepareStatement("SELECT id FROM " + table); ResultSet rs = all.executeQuery()) {
            while (rs.next()) {
                out.add(rs.getLong(1));
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return out;
    }

    /** The same data {@code weeks} later for the given rows of {@code table}: their date {@code columns} moved back. */
    static WfedServer.Running weeksLater(WfedServer.Running wfed, Path data, int weeks, String table, List<Long> ids, String... columns)
            throws Exception {
        wfed.stop();
        String url = "jdbc:derby:" + data.resolve("db");
        String list = String.join(", ", columns);
        String set = String.join(" = ?, ", columns) + " = ?";
        try (Connection c = DriverManager.getConnection(url);
             PreparedStatement read = c.prepareStatement("SELECT " + list + " FROM " + table + " WHERE id = ?");
             PreparedStatement move = c.prepareStatement("UPDATE " + table + " SET " + set + " WHERE id = ?")) {
            for (long id : ids) {
                read.setLong(1, id);
                try (ResultSet rs = read.executeQuery()) {
                    assertTrue(rs.next(), () -> table + " " + id + " is not in " + data + "; it holds " + ids(c, table));
                    for (int i = 1; i <= columns.length; i++) {
                        move.setDate(i, java.sql.Date.valueOf(rs.getDate(i).toLocalDate().minusWeeks(weeks)));
                    }
                }
                move.setLong(columns.length + 1, id);
                assertEquals(1, move.executeUpdate());
            }
        } finally {
            try {
                DriverManager.getConnection(url + ";shutdown=true").close();
            } catch (SQLException e) {
                // Derby answers a clean shutdown with an exception (08006)
            }
        }
        return WfedServer.launch("wfed.jar", data, data, Map.of());
    }
}
