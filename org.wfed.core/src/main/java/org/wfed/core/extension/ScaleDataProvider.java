package org.wfed.core.extension;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Random;
import org.osgi.annotation.versioning.ConsumerType;
import org.wfed.core.Caller;

/**
 * Fills a module's records at benchmark scale (the scale data generator, {@code WFED_GENERATE}).
 * Core creates the units and people, then calls every provider once per street with that street's
 * communities and people, each call in its own transaction. Use the module's own services and rules
 * (batched), and only {@code random} for choices, so the same seed gives the same database.
 */
@ConsumerType
public interface ScaleDataProvider {
    String id();

    /**
     * Generates a realistic year or two of the module's records for the street's communities.
     *
     * @param part one street: {@code districtId}, the street, its communities and their people
     */
    void generate(Connection c, Caller admin, DemoDistrict part, Random random) throws SQLException;
}
