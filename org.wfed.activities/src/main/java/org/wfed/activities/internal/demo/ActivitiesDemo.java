package org.wfed.activities.internal.demo;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.AbstractMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.wfed.activities.dto.ActivityInput;
import org.wfed.activities.dto.VolunteerServiceInput;
import org.wfed.activities.internal.People;
import org.wfed.activities.internal.activity.ActivityService;
import org.wfed.activities.internal.contest.ContestDemo;
import org.wfed.core.NoticeCalendar;
import org.wfed.activities.internal.contest.ContestTypes;
import org.wfed.activities.internal.volunteer.VolunteerServices;
import org.wfed.core.Caller;
import org.wfed.core.dto.PersonFacts;
import org.wfed.core.dto.PersonInput;
import org.wfed.core.dto.Sex;
import org.wfed.core.extension.DemoDataProvider;
import org.wfed.core.extension.DemoDistrict;

/**
 * Demo records of the activities module: the first street's contests (a finished 清洁家庭 contest with 84 families,
 * one named by the district and the city; this year's 最美家庭 contest on notice with an open objection) and, for
 * every community, activities and volunteer services from January last year until today. Seeded: every demo
 * database looks the same.
 */
@Component
public final class ActivitiesDemo implements DemoDataProvider {
    private static final String[][] THEMES = {
            {"TRAINING", "妇女创业就业技能培训"}, {"LECTURE", "“关爱女性健康”知识讲座"}, {"LEGAL_EDUCATION", "民法典进家庭普法宣传"},
            {"PERFORMANCE", "“三八”妇女节文艺汇演"}, {"VISIT", "走访慰问困难妇女儿童"}, {"VOLUNTEER_SERVICE", "巾帼志愿者环境整治"},
            {"RED_EDUCATION", "“颂百年风华 传红色基因”红色教育"}, {"READING", "“晒晒我家阅空间”亲子阅读"},
            {"FAMILY_EDUCATION", "“母亲讲堂”家庭教育辅导"}, {"TRAINING", "社区妇联执委履职培训"}};

    private final ActivityService activities;
    private final VolunteerServices volunteers;
    private final ContestTypes contestTypes;
    private final People people;
    private final NoticeCalendar calendar;

    @Activate
    public ActivitiesDemo(@Reference ActivityService activities, @Reference VolunteerServices volunteers,
                          @Reference ContestTypes contestTypes, @Reference People people,
                          @Reference NoticeCalendar calendar) {
        this.activities = activities;
        this.volunteers = volunteers;
        this.contestTypes = contestTypes;
        this.people = people;
        this.calendar = calendar;
    }

    @Override
    public String id() {
        return "activities";
    }

    @Override
    public void load(Connection c, Caller admin, DemoDistrict district) throws SQLException {
        Random random = new Random(20261129L);
        LocalDate today = LocalDate.now();
        LocalDate from = LocalDate.of(today.getYear() - 1, 1, 1);
        for (long community : district.communities()) {
            for (LocalDate month = from; !month.isAfter(today); month = month.plusMonths(1)) {
                for (int k = 0; k < 2; k++) {
                    LocalDate day = month.plusDays(random.nextInt(month.lengthOfMonth()));
                    if (!day.isAfter(today)) {
                        activities.insert(c, activity(random, community, day));
                    }
                }
                LocalDate served = month.plusDays(random.nextInt(28));
                if (!served.isAfter(today)) {
                    int n = 5 + random.nextInt(15);
                    volunteers.insert(c, new VolunteerServiceInput(community, served, null, "巾帼志愿服务队",
                            random.nextBoolean() ? "走访空巢老人、清理楼道卫生" : "文明交通劝导、垃圾分类宣传", n,
                            BigDecimal.valueOf(n * (2 + random.nextInt(3))), 10 + random.nextInt(40), null, null));
                }
            }
        }
        if (!district.streets().isEmpty()) {
            long street = district.streets().get(0);
            ContestDemo.load(c, admin, contestTypes, calendar, district.districtId(), street, families(c, admin, district, street));
        }
    }

    static ActivityInput activity(Random random, long unit, LocalDate day) {
        String[] theme = THEMES[random.nextInt(THEMES.length)];
        boolean training = theme[0].equals("TRAINING");
        int participants = 20 + random.nextInt(80);
        int posts = random.nextInt(3);
        return new ActivityInput(unit, day, theme[0], theme[1], null, "妇女之家", random.nextBoolean() ? "司法所、社区卫生服务中心" : null,
                participants, 2 + random.nextInt(10), training ? 1 + random.nextInt(2) : 0, training ? participants : 0,
                random.nextInt(4) == 0 ? 1 : 0, posts, posts == 0 ? 0 : random.nextInt(posts + 1),
                theme[0].equals("LEGAL_EDUCATION") ? Map.of("LEAFLET", 50 + random.nextInt(150)) : Map.of(), null, null, null, null,
                null);
    }

    /** 84 households of the street: its registered people first, then new residents registered for the demo. */
    private List<Map.Entry<String, long[]>> families(Connection c, Caller admin, DemoDistrict district, long street)
            throws SQLException {
        List<Long> communities = district.communitiesByStreet().getOrDefault(street, List.of());
        List<long[]> members = new ArrayList<>();
        for (long community : communities) {
            for (long person : district.peopleByCommunity().getOrDefault(community, List.of())) {
                members.add(new long[] {person, community});
            }
        }
        // core's demo people are committed already: their names come from the registry
        Map<Long, PersonFacts> facts = people.facts(members.stream().map(m -> m[0]).toList());
        List<Map.Entry<String, long[]>> out = new ArrayList<>();
        for (long[] m : members) {
            PersonFacts f = facts.get(m[0]);
            out.add(new AbstractMap.SimpleEntry<>((f == null ? "居民" + m[0] : f.name()) + "家庭", m));
        }
        for (int i = 0; out.size() < 84 && !communities.isEmpty(); i++) {
            long community = communities.get(i % communities.size());
            String name = "居民" + (i + 1) + "号";
            long id = people.service().create(c, admin, new PersonInput(community, name, null, Sex.F,
                    LocalDate.of(1950 + i % 50, 3, 8), null, null, null, null, null, null, null));
            out.add(new AbstractMap.SimpleEntry<>(name + "家庭", new long[] {id, community}));
        }
        return out;
    }
}
