package org.wfed.services.internal.demo;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.wfed.core.Caller;
import org.wfed.core.OrgService;
import org.wfed.services.dto.CourseInput;
import org.wfed.services.dto.JobFairInput;
import org.wfed.services.dto.JobPostInput;
import org.wfed.services.dto.PlacementInput;
import org.wfed.services.dto.ReferralInput;
import org.wfed.services.dto.SeekerInput;
import org.wfed.services.dto.TraineeInput;
import org.wfed.services.dto.WishInput;
import org.wfed.services.internal.employment.JobFairs;
import org.wfed.services.internal.employment.JobPosts;
import org.wfed.services.internal.employment.Placements;
import org.wfed.services.internal.employment.Referrals;
import org.wfed.services.internal.employment.Seekers;
import org.wfed.services.internal.training.Courses;
import org.wfed.services.internal.wish.Wishes;

/**
 * Sample records for demo and generated data, written through the module's own services and rules (unit dates, period
 * locks, referrals and placements after registration and within a post's places, wishes claimed before fulfilled), dated within a span
 * of days that never starts before the unit existed.
 */
@Component(service = ServicesSamples.class)
public final class ServicesSamples {
    private static final String[][] POSTS = {{"巾帼家政服务有限公司", "家政服务员", "3500-4500元/月"},
            {"社区养老服务中心", "养老护理员", "3000-4000元/月"}, {"母婴护理服务中心", "育婴员", "4000-6000元/月"},
            {"电商产业园", "电商客服", "3000元/月+提成"}, {"连锁超市", "收银员", "2800-3300元/月"},
            {"手工艺品合作社", "手工编织（居家灵活就业）", "计件"}};
    private static final String[] SURNAMES = {"王", "李", "张", "刘", "陈", "杨", "赵", "黄", "周", "吴"};
    private static final String[] GIVEN = {"秀英", "桂兰", "丽", "敏", "静", "艳", "娟", "霞", "芳", "红梅"};
    private static final String[][] COURSES = {{"HOUSEKEEPING", "巾帼家政服务技能培训班", "家政服务员职业技能等级证书"},
            {"HANDICRAFT", "“金手指”手工编织培训", ""}, {"ECOMMERCE", "农村妇女电商直播培训", "电子商务师（初级）"},
            {"CHILDCARE", "育婴员技能培训", "育婴员职业技能等级证书"}};
    private static final String[] WISHES = {"一个新书包", "一套课外读物", "一件过冬棉衣", "一台助听器", "一套绘画工具", "一双运动鞋"};

    private final JobPosts jobs;
    private final Seekers seekers;
    private final JobFairs fairs;
    private final Placements placements;
    private final Referrals referrals;
    private final Courses courses;
    private final Wishes wishes;
    private final OrgService orgs;

    @Activate
    public ServicesSamples(@Reference JobPosts jobs, @Reference Seekers seekers, @Reference JobFairs fairs,
                           @Reference Placements placements, @Reference Referrals referrals, @Reference Courses courses, @Reference Wishes wishes,
                           @Reference OrgService orgs) {
        this.jobs = jobs;
        this.seekers = seekers;
        this.fairs = fairs;
        this.placements = placements;
        this.referrals = referrals;
        this.courses = courses;
        this.wishes = wishes;
        this.orgs = orgs;
    }

    /** The later of a day and an epoch day: a referral neither before the registration nor before the post opened. */
    private static LocalDate later(LocalDate day, long epochDay) {
        LocalDate other = LocalDate.ofEpochDay(epochDay);
        return other.isAfter(day) ? other : day;
    }

    /** The days of {@code first}–{@code last} the unit existed on, or null when none. */
    public Span span(long unit, LocalDate first, LocalDate last) {
        LocalDate since = orgs.get(unit).validFrom();
        LocalDate from = since != null && since.isAfter(first) ? since : first;
        return from.isAfter(last) ? null : new Span(from, last);
    }

    /** A span of days. */
    public record Span(LocalDate first, LocalDate last) {
        LocalDate pick(Random random) {
            return first.plusDays(random.nextInt((int) ChronoUnit.DAYS.between(first, last) + 1));
        }

        LocalDate after(LocalDate day, Random random, int upTo) {
            LocalDate d = day.plusDays(random.nextInt(upTo + 1));
            return d.isAfter(last) ? last : d;
        }
    }

    /**
     * A community's employment and wishes: {@code posts} job posts (a third developed, the rest employers' notices),
     * {@code seekers} seekers of whom about half registered unemployed and a quarter placed (those placed into a post
     * referred to it first, and every fifth of the others referred to a post and waiting), {@code wishes} wishes of which
     * most are claimed and about two thirds fulfilled.
     */
    public void community(Connection c, Caller admin, long unit, Span span, Random random, int posts, int seekerCount,
                          int wishCount) throws SQLException {
        List<long[]> jobIds = new ArrayList<>();
        for (int i = 0; i < posts; i++) {
            String[] p = POSTS[random.nextInt(POSTS.length)];
            int places = 1 + random.nextInt(5);
            LocalDate opened = span.pick(random);
            long id = jobs.insert(c, new JobPostInput(unit, i % 3 == 0 ? "DEVELOPED" : "EMPLOYER", p[0], p[1], places, p[2], opened,
                    null, null));
            jobIds.add(new long[] {id, places, opened.toEpochDay()});
        }
        for (int i = 0; i < seekerCount; i++) {
            LocalDate registered = span.pick(random);
            boolean unemployed = random.nextInt(2) == 0;
            SeekerInput in = new SeekerInput(unit, null, name(random), random.nextBoolean() ? "家政、保洁" : "收银、电脑操作",
                    random.nextBoolean() ? "离家近、时间灵活" : "全职", registered, unemployed,
                    unemployed ? registered.minusMonths(1 + random.nextInt(6)) : null, null);
            long seeker = seekers.insert(c, in, in.name());
            if (random.nextInt(4) == 0) {
                LocalDate placed = span.after(registered, random, 60);
                long[] job = jobIds.isEmpty() ? null : jobIds.get(random.nextInt(jobIds.size()));
                boolean intoPost = job != null && job[1] > 0 && job[2] <= placed.toEpochDay();
                Long referral = null;
                if (intoPost) {
                    job[1]--;
                    referral = referrals.insert(c, admin, new ReferralInput(seeker, job[0], later(registered, job[2]), null,
                            "HIRED", null));
                }
                placements.insert(c, admin, new PlacementInput(seeker, intoPost ? job[0] : null, intoPost ? null : "本地企业",
                        placed, random.nextBoolean() ? "电话回访" : "劳动合同", false, referral, null));
            } else if (i % 5 == 0 && !jobIds.isEmpty()) {
                long[] job = jobIds.get(i % jobIds.size());
                referrals.insert(c, admin, new ReferralInput(seeker, job[0], later(registered, job[2]), "已推荐，待用人单位反馈",
                        "PENDING", null));
            }
        }
        for (int i = 0; i < wishCount; i++) {
            LocalDate collected = span.pick(random);
            boolean claimed = random.nextInt(10) < 8;
            LocalDate claimedOn = claimed ? span.after(collected, random, 14) : null;
            LocalDate fulfilledOn = claimed && random.nextInt(6) < 5 ? span.after(claimedOn, random, 21) : null;
            wishes.insert(c, new WishInput(unit, WISHES[random.nextInt(WISHES.length)], BigDecimal.valueOf(30 + random.nextInt(170)),
                    name(random), collected, claimed ? (random.nextBoolean() ? "爱心企业" : "巾帼志愿者") : null, claimedOn,
                    fulfilledOn, fulfilledOn == null ? null : "上门送达", null));
        }
    }

    /** A street's job fairs and training courses with {@code trainees} trainees each. */
    public void street(Connection c, Caller admin, long unit, Span span, Random random, int fairCount, int courseCount,
                       int trainees) throws SQLException {
        for (int i = 0; i < fairCount; i++) {
            int visitors = 50 + random.nextInt(200);
            fairs.insert(c, new JobFairInput(unit, span.pick(random), i % 2 == 0 ? "春风行动专场招聘会" : "巾帼就业服务招聘会",
                    5 + random.nextInt(20), 20 + random.nextInt(100), visitors, random.nextInt(visitors / 4), null));
        }
        for (int i = 0; i < courseCount; i++) {
            String[] k = COURSES[random.nextInt(COURSES.length)];
            LocalDate start = span.pick(random);
            long course = courses.insert(c, new CourseInput(unit, k[1], k[0], start, span.after(start, random, 10),
                    BigDecimal.valueOf(16 + random.nextInt(5) * 8), "区妇联、区人社局", k[2].isEmpty() ? null : k[2], null));
            for (int t = 0; t < trainees; t++) {
                boolean completed = random.nextInt(10) < 9;
                boolean certified = completed && !k[2].isEmpty() && random.nextInt(10) < 7;
                courses.insertTrainee(c, admin, course, new TraineeInput(null, name(random), completed, certified,
                        completed && random.nextInt(3) == 0, null, null));
            }
        }
    }

    private static String name(Random random) {
        return SURNAMES[random.nextInt(SURNAMES.length)] + GIVEN[random.nextInt(GIVEN.length)];
    }
}
