package org.wfed.core.extension;

import java.sql.Connection;
import java.sql.SQLException;
import org.osgi.annotation.versioning.ConsumerType;
import org.wfed.core.Caller;

/**
 * Adds a module's records to the demo district when demo data is on. Core calls each provider once
 * per database (remembered by {@link #id()}), after core's own demo units, people and users exist,
 * inside one transaction.
 */
@ConsumerType
public interface DemoDataProvider {
    String id();

    /**
     * Loads the records. {@code admin} is the district's admin user; units are found through
     * {@link org.wfed.core.OrgService} (the district is the root unit).
     */
    void load(Connection c, Caller admin, DemoDistrict district) throws SQLException;
}
