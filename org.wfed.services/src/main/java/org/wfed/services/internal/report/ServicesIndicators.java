package org.wfed.services.internal.report;

import java.util.List;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.wfed.core.Database;
import org.wfed.core.extension.Derived;
import org.wfed.core.extension.Indicator;
import org.wfed.core.extension.Indicators;
import org.wfed.core.extension.SqlPass;
import org.wfed.services.internal.ServicesSchema;

/**
 * Registers the module's figures (指标) in the "employment" section: job posts developed and employers' notices with
 * their places (by the day a post opened), seekers registered and the registered unemployed (on the register at the
 * period's end), fairs, referrals of seekers to posts (人次, by the day referred), women placed (distinct seekers), courses (by the day a course started) with their trainees,
 * certificates and employment afterwards (and its rate), and micro-wishes collected, claimed and fulfilled (each by its
 * own day; the share fulfilled is the period's fulfilled over the period's collected).
 * Figures of one table share one pass grouped by unit.
 */
@Component(immediate = true)
public final class ServicesIndicators {
    static final String EMPLOYMENT = "employment";

    private static final String POSTS = "SELECT j.unit_id, SUM(CASE WHEN j.post_source = 'DEVELOPED' THEN 1 ELSE 0 END), "
            + "SUM(CASE WHEN j.post_source = 'EMPLOYER' THEN 1 ELSE 0 END), SUM(CAST(j.places AS BIGINT)) "
            + "FROM svc_job_post j WHERE {units:j.unit_id} AND j.opened_on BETWEEN {from} AND {to} GROUP BY j.unit_id";
    private static final String SEEKERS = "SELECT s.unit_id, COUNT(*) FROM svc_seeker s "
            + "WHERE {units:s.unit_id} AND s.registered_on BETWEEN {from} AND {to} GROUP BY s.unit_id";
    /** The unemployed on the register at the period's end (失业人员台账), however long ago they registered. */
    private static final String UNEMPLOYED = "SELECT s.unit_id, COUNT(*) FROM svc_seeker s WHERE {units:s.unit_id} "
            + "AND s.unemployed = TRUE AND s.registered_on <= {to} AND NOT EXISTS (SELECT 1 FROM svc_placement p "
            + "WHERE p.seeker_id = s.id AND p.placed_on <= {to}) GROUP BY s.unit_id";
    private static final String FAIRS = "SELECT f.unit_id, COUNT(*), SUM(CAST(f.visitors AS BIGINT)), "
            + "SUM(CAST(f.agreements AS BIGINT)) FROM svc_fair f WHERE {units:f.unit_id} AND f.held_on BETWEEN {from} AND {to} "
            + "GROUP BY f.unit_id";
    private static final String REFERRALS = "SELECT r.unit_id, COUNT(*) FROM svc_referral r "
            + "WHERE {units:r.unit_id} AND r.referred_on BETWEEN {from} AND {to} GROUP BY r.unit_id";
    private static final String PLACED = "SELECT p.unit_id, COUNT(DISTINCT p.seeker_id) FROM svc_placement p "
            + "WHERE {units:p.unit_id} AND p.placed_on BETWEEN {from} AND {to} GROUP BY p.unit_id";
    private static final String COURSES = "SELECT k.unit_id, COUNT(*) FROM svc_course k "
            + "WHERE {units:k.unit_id} AND k.start_on BETWEEN {from} AND {to} GROUP BY k.unit_id";
    private static final String TRAINEES = "SELECT k.unit_id, COUNT(*), SUM(CASE WHEN r.certified = TRUE THEN 1 ELSE 0 END), "
            + "SUM(CASE WHEN r.employed_after = TRUE THEN 1 ELSE 0 END) FROM svc_trainee r JOIN svc_course k ON k.id = r.course_id "
            + "WHERE {units:k.unit_id} AND k.start_on BETWEEN {from} AND {to} GROUP BY k.unit_id";
    private static final String WISHES_COLLECTED = "SELECT w.unit_id, COUNT(*) FROM svc_wish w "
            + "WHERE {units:w.unit_id} AND w.collected_on BETWEEN {from} AND {to} GROUP BY w.unit_id";
    private static final String WISHES_CLAIMED = "SELECT w.unit_id, COUNT(*) FROM svc_wish w "
            + "WHERE {units:w.unit_id} AND w.claimed_on BETWEEN {from} AND {to} GROUP BY w.unit_id";
    private static final String WISHES_FULFILLED = "SELECT w.unit_id, COUNT(*) FROM svc_wish w "
            + "WHERE {units:w.unit_id} AND w.fulfilled_on BETWEEN {from} AND {to} GROUP BY w.unit_id";

    private final Indicators.Registration registrations;

    @Activate
    public ServicesIndicators(BundleContext context, @Reference ServicesSchema schema) {
        registrations = Indicators.register(context, indicators(schema.db()));
    }

    @Deactivate
    void deactivate() {
        registrations.unregister();
    }

    static List<Indicator> indicators(Database db) {
        SqlPass posts = SqlPass.perUnit(db, POSTS);
        SqlPass fairs = SqlPass.perUnit(db, FAIRS);
        SqlPass trainees = SqlPass.perUnit(db, TRAINEES);
        return List.of(
                define("services.jobPosts", "开发就业岗位", "Job posts developed", "个", 10).from(posts, 1),
                define("services.employerNotices", "单位招聘信息", "Employers' recruitment notices", "条", 11).from(posts, 2),
                define("services.jobPlaces", "招聘岗位人数", "Places offered", "个", 12).from(posts, 3),
                define("services.seekers", "个人求职信息", "Job seekers registered", "人", 20).sql(db, SEEKERS),
                define("services.unemployed", "登记失业人员", "Registered unemployed", "人", 21).sql(db, UNEMPLOYED),
                define("services.fairs", "举办招聘会", "Job fairs held", "次", 30).from(fairs, 1),
                define("services.fairVisitors", "招聘会求职者", "Job fair visitors", "人次", 31).from(fairs, 2),
                define("services.fairAgreements", "招聘会达成就业意向", "Agreements at job fairs", "人", 32).from(fairs, 3),
                define("services.referrals", "推荐求职者", "Seekers referred to posts", "人次", 35).sql(db, REFERRALS),
                define("services.placements", "帮助女性成功就业", "Women placed in work", "人", 40).sql(db, PLACED),
                define("services.courses", "开展技能培训", "Training courses", "期", 50).sql(db, COURSES),
                define("services.trainees", "技能培训学员", "Trainees", "人次", 51).from(trainees, 1),
                define("services.certified", "培训取得证书", "Trainees certified", "人", 52).from(trainees, 2),
                define("services.employedAfterTraining", "培训后实现就业", "Employed after training", "人", 53).from(trainees, 3),
                define("services.employmentRateAfterTraining", "培训后就业率", "Employment rate after training", "%", 54)
                        .derived(Derived.percent("services.employedAfterTraining", "services.trainees")),
                define("services.wishesCollected", "收集微心愿", "Micro-wishes collected", "个", 60).sql(db, WISHES_COLLECTED),
                define("services.wishesClaimed", "认领微心愿", "Micro-wishes claimed", "个", 61).sql(db, WISHES_CLAIMED),
                define("services.wishesFulfilled", "实现微心愿", "Micro-wishes fulfilled", "个", 62).sql(db, WISHES_FULFILLED),
                define("services.wishesFulfilledShare", "微心愿实现率", "Share of micro-wishes fulfilled", "%", 63)
                        .derived(Derived.percent("services.wishesFulfilled", "services.wishesCollected")));
    }

    private static Indicators.Builder define(String id, String nameZh, String nameEn, String unitZh, int order) {
        return Indicators.define(id).names(nameZh, nameEn).unit(unitZh).section(EMPLOYMENT).order(order);
    }
}
