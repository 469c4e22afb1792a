package org.wfed.aid.internal;

import java.sql.SQLException;

/** SQL states the aid module reacts to. */
public final class Sql {
    private Sql() {
    }

    /** A unique or primary key was hit (SQL standard 23505, Derby and PostgreSQL alike). */
    public static boolean isDuplicate(SQLException e) {
        for (SQLException x = e; x != null; x = x.getNextException()) {
            if ("23505".equals(x.getSQLState())) {
                return true;
            }
        }
        return false;
    }
}
