package org.wfed.activities.internal.demo;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.wfed.activities.dto.VolunteerServiceInput;
import org.wfed.activities.internal.activity.ActivityService;
import org.wfed.activities.internal.volunteer.VolunteerServices;
import org.wfed.core.Caller;
import org.wfed.core.OrgService;
import org.wfed.core.extension.DemoDistrict;
import org.wfed.core.extension.ScaleDataProvider;

/**
 * Benchmark-scale activities: for every community of the street, a year of activities (one for every
 * two residents, rounded up: 334 in a generated community of 667, so that a city of 3,000 such
 * communities holds a million a year) and a volunteer service a month, through the module's own rules (types, unit dates, period
 * locks).
 */
@Component
public final class ActivitiesScaleData implements ScaleDataProvider {
    /** Residents per activity held in a year. */
    static final int RESIDENTS_PER_ACTIVITY = 2;

    private final ActivityService activities;
    private final VolunteerServices volunteers;
    private final OrgService orgs;

    @Activate
    public ActivitiesScaleData(@Reference ActivityService activities, @Reference VolunteerServices volunteers,
                               @Reference OrgService orgs) {
        this.activities = activities;
        this.volunteers = volunteers;
        this.orgs = orgs;
    }

    @Override
    public String id() {
        return "activities";
    }

    @Override
    public void generate(Connection c, Caller admin, DemoDistrict part, Random random) throws SQLException {
        generate(c, admin, part, LocalDate.now().getYear(), random);
    }

    @Override
    public void generate(Connection c, Caller admin, DemoDistrict part, int year, Random random) throws SQLException {
        LocalDate today = LocalDate.now();
        LocalDate last = year == today.getYear() ? today : LocalDate.of(year, 12, 31);
        for (long community : part.communities()) {
            // within the year, but never before the unit existed (the rules refuse such dates)
            LocalDate since = orgs.get(community).validFrom();
            LocalDate first = since != null && since.isAfter(LocalDate.of(year, 1, 1)) ? since : LocalDate.of(year, 1, 1);
            if (first.isAfter(last)) {
                continue;
            }
            int days = (int) java.time.temporal.ChronoUnit.DAYS.between(first, last) + 1;
            int residents = part.peopleByCommunity().getOrDefault(community, List.of()).size();
            int held = Math.max(1, (residents + RESIDENTS_PER_ACTIVITY - 1) / RESIDENTS_PER_ACTIVITY);
            for (int i = 0; i < held; i++) {
                activities.insert(c, ActivitiesDemo.activity(random, community, last.minusDays(random.nextInt(days))));
            }
            for (int m = 0; m < 12; m++) {
                int n = 5 + random.nextInt(15);
                volunteers.insert(c, new VolunteerServiceInput(community, last.minusDays(random.nextInt(days)), null,
                        "巾帼志愿服务队", "走访空巢老人、清理楼道卫生", n, BigDecimal.valueOf(n * (2 + random.nextInt(3))),
                        10 + random.nextInt(40), null, null));
            }
        }
    }
}
