package org.wfed.core;

import java.sql.Connection;
import java.sql.SQLException;

/** A unit of database work on one connection; see {@link Database}. */
@FunctionalInterface
public interface SqlWork<T> {
    T run(Connection connection) throws SQLException;
}
