package org.wfed.core;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Optional;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Locks of approved periods: once a unit's annual summary is approved, its records of that year up to the
 * lock's cut-off date (统计截止日) are closed to writes; later days of the year stay open. Every module checks
 * {@link #checkOpen} before writing a dated record.
 */
@ProviderType
public interface PeriodLocks {

    /**
     * 409 when the unit's records of {@code day} are locked, with a message that says what is locked, until when,
     * and who can reopen it.
     */
    void checkOpen(Connection c, long unitId, LocalDate day) throws SQLException;

    /** Locks the unit's whole year. */
    default void lock(Connection c, Caller caller, long unitId, int year) throws SQLException {
        lock(c, caller, unitId, year, LocalDate.of(year, 12, 31));
    }

    /**
     * Locks the unit's records of the year up to {@code through} (统计截止日, within the year), audited.
     *
     * @since 1.4
     */
    void lock(Connection c, Caller caller, long unitId, int year, LocalDate through) throws SQLException;

    /** Unlocks the unit's year (a summary returned for revision). */
    void unlock(Connection c, Caller caller, long unitId, int year) throws SQLException;

    /** Whether the unit's year has a lock (up to whatever cut-off date). */
    boolean isLocked(Connection c, long unitId, int year) throws SQLException;

    /**
     * The last locked day of the unit's year (its cut-off date; 31 December for a whole year), or empty.
     *
     * @since 1.4
     */
    Optional<LocalDate> lockedThrough(Connection c, long unitId, int year) throws SQLException;
}
