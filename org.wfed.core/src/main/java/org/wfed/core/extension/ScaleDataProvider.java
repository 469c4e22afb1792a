package org.wfed.core.extension;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Random;
import org.osgi.annotation.versioning.ConsumerType;
import org.wfed.core.Caller;

/**
 * Fills a module's records at benchmark scale (the scale data generator, {@code WFED_GENERATE}).
 * Core creates the units and people, then calls every provider once per street and year (oldest
 * year first, {@code WFED_GENERATE_YEARS} of them ending with the current one) with that street's
 * communities and people, each call in its own transaction. Use the module's own services and rules
 * (batched), and only {@code random} for choices, so the same seed gives the same database.
 */
@ConsumerType
public interface ScaleDataProvider {
    String id();

    /**
     * Generates the current year's records for the street's communities (the only call of API 1.0).
     *
     * @param part one street: {@code districtId}, the street, its communities and their people
     */
    void generate(Connection c, Caller admin, DemoDistrict part, Random random) throws SQLException;

    /**
     * Generates one calendar year of the module's records for the street's communities: dated within
     * {@code year}, up to today when it is the current year. A provider that knows no history keeps
     * this default: the current year as {@link #generate(Connection, Caller, DemoDistrict, Random)}
     * fills it, nothing for earlier years.
     *
     * @since 1.1
     */
    default void generate(Connection c, Caller admin, DemoDistrict part, int year, Random random) throws SQLException {
        if (year == LocalDate.now().getYear()) {
            generate(c, admin, part, random);
        }
    }
}
