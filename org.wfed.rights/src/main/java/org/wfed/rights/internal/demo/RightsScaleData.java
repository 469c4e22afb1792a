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
import org.wfed.core.OrgService;
import org.wfed.core.extension.DemoDistrict;
import org.wfed.core.extension.ScaleDataProvider;

/**
 * Benchmark-scale rights records: for every community of the street and each generated year, {@link #CASES} cases
 * and {@link #FAMILIES} households put on file (a generated district of 300 communities: 3,000 cases and 5,100
 * families a year), and a monthly hotline and consultation log, through the module's own rules.
 */
@Component
public final class RightsScaleData implements ScaleDataProvider {
    static final int CASES = 10;
    static final int FAMILIES = 17;

    private final RightsRecords records;
    private final OrgService orgs;

    @Activate
    public RightsScaleData(@Reference RightsRecords records, @Reference OrgService orgs) {
        this.records = records;
        this.orgs = orgs;
    }

    @Override
    public String id() {
        return "rights";
    }

    @Override
    public void generate(Connection c, Caller admin, DemoDistrict part, Random random) throws SQLException {
        generate(c, admin, part, LocalDate.now().getYear(), random);
    }

    @Override
    public void generate(Connection c, Caller admin, DemoDistrict part, int year, Random random) throws SQLException {
        LocalDate today = LocalDate.now();
        LocalDate last = year == today.getYear() ? today : LocalDate.of(year, 12, 31);
        List<String> colours = Jdbc.list(c, "SELECT code FROM rights_colour ORDER BY sort_order", rs -> rs.getString(1));
        for (long community : part.communities()) {
            // within the year, but never before the unit existed (the rules refuse such dates)
            LocalDate since = orgs.get(community).validFrom();
            LocalDate first = since != null && since.isAfter(LocalDate.of(year, 1, 1)) ? since : LocalDate.of(year, 1, 1);
            if (first.isAfter(last)) {
                continue;
            }
            records.cases(c, admin, community, first, last, CASES, random);
            records.families(c, admin, community, first, last, FAMILIES, colours, random);
            for (LocalDate month = first.withDayOfMonth(1); !month.isAfter(last); month = month.plusMonths(1)) {
                records.consultations(c, community, month.isBefore(first) ? first : month, random);
            }
        }
    }
}
