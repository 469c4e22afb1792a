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
import org.wfed.core.extension.DemoDataProvider;
import org.wfed.core.extension.DemoDistrict;

/**
 * Demo records of the services module from January last year until today: for every community job posts, seekers (some
 * placed) and micro-wishes, for every street two job fairs and two training courses a year. Seeded: every demo database
 * looks the same.
 */
@Component
public final class ServicesDemo implements DemoDataProvider {
    private final ServicesSamples samples;

    @Activate
    public ServicesDemo(@Reference ServicesSamples samples) {
        this.samples = samples;
    }

    @Override
    public String id() {
        return "services";
    }

    @Override
    public void load(Connection c, Caller admin, DemoDistrict district) throws SQLException {
        Random random = new Random(20261203L);
        LocalDate today = LocalDate.now();
        for (int year = today.getYear() - 1; year <= today.getYear(); year++) {
            LocalDate first = LocalDate.of(year, 1, 1);
            LocalDate last = year == today.getYear() ? today : LocalDate.of(year, 12, 31);
            for (long street : district.streets()) {
                ServicesSamples.Span span = samples.span(street, first, last);
                if (span != null) {
                    samples.street(c, admin, street, span, random, 2, 2, 12);
                }
                for (long community : district.communitiesByStreet().getOrDefault(street, List.of())) {
                    ServicesSamples.Span s = samples.span(community, first, last);
                    if (s != null) {
                        samples.community(c, admin, community, s, random, 3, 8, 6);
                    }
                }
            }
        }
    }
}
