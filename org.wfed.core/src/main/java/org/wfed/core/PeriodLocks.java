package org.wfed.core;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Locks of approved periods: once a unit's annual summary is approved, its records of that year
 * are closed to writes. Every module checks {@link #checkOpen} before writing a dated record.
 */
@ProviderType
public interface PeriodLocks {

    /** 409 with a clear message when the unit's year containing {@code day} is locked. */
    void checkOpen(Connection c, long unitId, LocalDate day) throws SQLException;

    /** Locks the unit's year. */
    void lock(Connection c, Caller caller, long unitId, int year) throws SQLException;

    /** Unlocks the unit's year (a summary returned for revision). */
    void unlock(Connection c, Caller caller, long unitId, int year) throws SQLException;

    boolean isLocked(Connection c, long unitId, int year) throws SQLException;
}
