package org.wfed.rights.internal.demo;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.wfed.core.Caller;
import org.wfed.core.Jdbc;
import org.wfed.core.extension.DemoDataProvider;
import org.wfed.core.extension.DemoDistrict;

/**
 * Demo records of the rights module: for every community, cases, families on file and a monthly hotline and
 * consultation log from January last year until today. Seeded: every demo database looks the same.
 */
@Component
public final class RightsDemo implements DemoDataProvider {
    private final RightsRecords records;

    @Activate
    public RightsDemo(@Reference RightsRecords records) {
        this.records = records;
    }

    @Override
    public String id() {
        return "rights";
    }

    @Override
    public void load(Connection c, Caller admin, DemoDistrict district) throws SQLException {
        Random random = new Random(20261203L);
        LocalDate today = LocalDate.now();
        LocalDate from = LocalDate.of(today.getYear() - 1, 1, 1);
        List<String> colours = Jdbc.list(c, "SELECT code FROM rights_colour ORDER BY sort_order", rs -> rs.getString(1));
        for (long community : district.communities()) {
            records.cases(c, admin, community, from, today, 6, random);
            records.families(c, admin, community, from, today, 4, colours, random);
            for (LocalDate month = from; !month.isAfter(today); month = month.plusMonths(1)) {
                records.consultations(c, community, month, random);
            }
        }
    }
}
