package org.wfed.services.internal.demo;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.wfed.core.Caller;
import org.wfed.core.extension.DemoDistrict;
import org.wfed.core.extension.ScaleDataProvider;

/**
 * Benchmark-scale services records per street and year: for every community a job post for every 200 residents, a seeker
 * for every 50 and a micro-wish for every 40 (13 seekers and 17 wishes in a generated community of 667), for the street
 * four fairs and four courses of 30 trainees; through the module's own rules.
 */
@Component
public final class ServicesScaleData implements ScaleDataProvider {
    static final int RESIDENTS_PER_POST = 200;
    static final int RESIDENTS_PER_SEEKER = 50;
    static final int RESIDENTS_PER_WISH = 40;

    private final ServicesSamples samples;

    @Activate
    public ServicesScaleData(@Reference ServicesSamples samples) {
        this.samples = samples;
    }

    @Override
    public String id() {
        return "services";
    }

    @Override
    public void generate(Connection c, Caller admin, DemoDistrict part, Random random) throws SQLException {
        generate(c, admin, part, LocalDate.now().getYear(), random);
    }

    @Override
    public void generate(Connection c, Caller admin, DemoDistrict part, int year, Random random) throws SQLException {
        LocalDate today = LocalDate.now();
        LocalDate first = LocalDate.of(year, 1, 1);
        LocalDate last = year == today.getYear() ? today : LocalDate.of(year, 12, 31);
        for (long street : part.streets()) {
            ServicesSamples.Span span = samples.span(street, first, last);
            if (span != null) {
                samples.street(c, admin, street, span, random, 4, 4, 30);
            }
        }
        for (long community : part.communities()) {
            ServicesSamples.Span span = samples.span(community, first, last);
            if (span == null) {
                continue;
            }
            int residents = part.peopleByCommunity().getOrDefault(community, List.of()).size();
            samples.community(c, admin, community, span, random, Math.max(1, ceil(residents, RESIDENTS_PER_POST)),
                    Math.max(1, ceil(residents, RESIDENTS_PER_SEEKER)), Math.max(1, ceil(residents, RESIDENTS_PER_WISH)));
        }
    }

    private static int ceil(int a, int b) {
        return (a + b - 1) / b;
    }
}
