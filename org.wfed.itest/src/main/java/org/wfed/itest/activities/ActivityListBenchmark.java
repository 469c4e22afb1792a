package org.wfed.itest.activities;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.wfed.core.Database;
import org.wfed.itest.Api;

/**
 * Listing and filtering 1,000,000 activities by subtree, type and period through HTTP (run with WFED_BENCH=1;
 * skipped otherwise, it takes minutes). Prints the median of five calls of each query; figures in docs/activities.md.
 */
@EnabledIfEnvironmentVariable(named = "WFED_BENCH", matches = "1")
class ActivityListBenchmark {
    private static final int ROWS = 1_000_000;
    private static final String[] TYPES = {"TRAINING", "LECTURE", "LEGAL_EDUCATION", "PERFORMANCE", "VISIT",
            "VOLUNTEER_SERVICE", "RED_EDUCATION", "READING"};

    @Test
    void listAMillionActivities() {
        Api.awaitUp("activities");
        Api admin = Api.admin();
        long district = admin.unitId();
        List<Long> streets = new ArrayList<>();
        List<Long> communities = new ArrayList<>();
        for (int s = 0; s < 10; s++) {
            long street = ContestSteps.unit(admin, district, "STREET", Api.unique("基准街道"));
            streets.add(street);
            for (int k = 0; k < 10; k++) {
                communities.add(ContestSteps.unit(admin, street, "COMMUNITY", Api.unique("基准社区")));
            }
        }
        long t0 = System.nanoTime();
        Random random = new Random(1);
        Database db = Api.service(Database.class);
        LocalDate start = LocalDate.of(2021, 1, 1);
        int span = (int) (LocalDate.of(2026, 11, 28).toEpochDay() - start.toEpochDay());
        for (int done = 0; done < ROWS; done += 20_000) {
            int from = done;
            db.write(c -> {
                try (PreparedStatement ps = c.prepareStatement("INSERT INTO act_activity (unit_id, held_on, type_code, theme, "
                        + "participants, volunteers, batches, trainees, media_reports, wechat_posts, original_posts, created_at) "
                        + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                    Timestamp now = Timestamp.from(Instant.now());
                    for (int i = from; i < from + 20_000; i++) {
                        String type = TYPES[random.nextInt(TYPES.length)];
                        boolean training = type.equals("TRAINING");
                        ps.setLong(1, communities.get(random.nextInt(communities.size())));
                        ps.setDate(2, Date.valueOf(start.plusDays(random.nextInt(span))));
                        ps.setString(3, type);
                        ps.setString(4, "基准活动" + i);
                        ps.setInt(5, 20 + random.nextInt(80));
                        ps.setInt(6, random.nextInt(10));
                        ps.setInt(7, training ? 1 : 0);
                        ps.setInt(8, training ? 40 : 0);
                        ps.setInt(9, 0);
                        ps.setInt(10, random.nextInt(3));
                        ps.setInt(11, 0);
                        ps.setTimestamp(12, now);
                        ps.addBatch();
                    }
                    ps.executeBatch();
                }
                return null;
            });
        }
        System.out.printf("BENCH inserted %d activities in %.1f s%n", ROWS, (System.nanoTime() - t0) / 1e9);
        time(admin, "district subtree (111 units), one year, page 1 of 50",
                "activities/events?unitId=" + district + "&from=2025-01-01&to=2025-12-31&size=50");
        time(admin, "district subtree, one year, page 200 of 50",
                "activities/events?unitId=" + district + "&from=2025-01-01&to=2025-12-31&size=50&page=200");
        time(admin, "district subtree, one year, trainings only",
                "activities/events?unitId=" + district + "&type=TRAINING&from=2025-01-01&to=2025-12-31&size=50");
        time(admin, "district subtree, one month",
                "activities/events?unitId=" + district + "&from=2025-03-01&to=2025-03-31&size=50");
        time(admin, "street subtree (11 units), one year",
                "activities/events?unitId=" + streets.get(0) + "&from=2025-01-01&to=2025-12-31&size=50");
        time(admin, "one community, one year",
                "activities/events?unitId=" + communities.get(0) + "&from=2025-01-01&to=2025-12-31&size=50");
        time(admin, "district subtree, all six years",
                "activities/events?unitId=" + district + "&from=2021-01-01&to=2026-12-31&size=50");
    }

    private static void time(Api api, String what, String path) {
        long[] ms = new long[5];
        long total = 0;
        for (int i = 0; i < ms.length; i++) {
            long t = System.nanoTime();
            total = api.get(path).expect(200).body().path("total").asLong();
            ms[i] = (System.nanoTime() - t) / 1_000_000;
        }
        Arrays.sort(ms);
        System.out.printf("BENCH %-55s total %7d  median %5d ms  (min %d, max %d)%n", what, total, ms[2], ms[0], ms[4]);
        assertTrue(total >= 0);
    }
}
