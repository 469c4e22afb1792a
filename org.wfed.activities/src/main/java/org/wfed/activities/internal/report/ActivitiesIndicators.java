package org.wfed.activities.internal.report;

import java.util.ArrayList;
import java.util.List;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceRegistration;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.wfed.activities.dto.ActivityType;
import org.wfed.activities.dto.HonourLevel;
import org.wfed.activities.internal.ActivitiesSchema;
import org.wfed.activities.internal.activity.ActivityTypes;
import org.wfed.activities.internal.report.ActivityTotals.Figure;
import org.wfed.core.Database;
import org.wfed.core.extension.Indicator;

/**
 * Registers the module's figures (指标) as {@link Indicator} services: families nominated and commended (by level
 * and by the unit the family comes from), honoured people and collectives, activities by type, trainings (批次)
 * and trainees (人次), participants, publicity, volunteer services and hours. The activity figures come from
 * {@link ActivityTotals}' two passes over the year's activities, the others from one aggregate query each.
 * Indicators per activity type are registered for the types configured at activation.
 */
@Component(immediate = true)
public final class ActivitiesIndicators {
    static final String FAMILY = "family";
    static final String OUTREACH = "outreach";
    static final String EMPLOYMENT = "employment";

    private static final String NOMINEES_FIRST = "SELECT n.origin_unit_id, COUNT(*) FROM act_nominee n JOIN act_contest k "
            + "ON k.id = n.contest_id WHERE {units:n.origin_unit_id} AND k.contest_year BETWEEN ? AND ? "
            + "AND n.source_nominee_id IS NULL AND n.kind = ? GROUP BY n.origin_unit_id";
    private static final String COMMENDED_FIRST = "SELECT n.origin_unit_id, COUNT(*) FROM act_nominee n JOIN act_contest k "
            + "ON k.id = n.contest_id WHERE {units:n.origin_unit_id} AND k.commended_on BETWEEN ? AND ? "
            + "AND n.status = 'COMMENDED' AND n.source_nominee_id IS NULL AND n.kind = ? GROUP BY n.origin_unit_id";
    private static final String COMMENDED_AT = "SELECT n.origin_unit_id, COUNT(*) FROM act_nominee n JOIN act_contest k "
            + "ON k.id = n.contest_id WHERE {units:n.origin_unit_id} AND k.commended_on BETWEEN ? AND ? "
            + "AND n.status = 'COMMENDED' AND n.kind = 'FAMILY' AND n.honour_level = ? GROUP BY n.origin_unit_id";
    private static final String EXTERNAL_AT = "SELECT n.origin_unit_id, COUNT(*) FROM act_external_honour h JOIN act_nominee n "
            + "ON n.id = h.nominee_id WHERE {units:n.origin_unit_id} AND h.awarded_on BETWEEN ? AND ? "
            + "AND n.kind = 'FAMILY' AND h.honour_level = ? GROUP BY n.origin_unit_id";
    private static final String VOLUNTEER = "SELECT v.unit_id, %s FROM act_volunteer_service v "
            + "WHERE {units:v.unit_id} AND v.served_on BETWEEN ? AND ? GROUP BY v.unit_id";

    private final List<ServiceRegistration<Indicator>> registrations = new ArrayList<>();

    @Activate
    public ActivitiesIndicators(BundleContext context, @Reference ActivitiesSchema schema, @Reference ActivityTypes types,
                                @Reference ActivityTotals totals) {
        for (Indicator i : indicators(schema.db(), totals, types.list(false))) {
            registrations.add(context.registerService(Indicator.class, i, null));
        }
    }

    @Deactivate
    void deactivate() {
        registrations.forEach(ServiceRegistration::unregister);
        registrations.clear();
    }

    static List<Indicator> indicators(Database db, ActivityTotals totals, List<ActivityType> types) {
        SqlIndicator.Bounds dates = SqlIndicator.Bounds.DATES;
        List<Indicator> out = new ArrayList<>(List.of(
                new SqlIndicator(db, "activities.familiesNominated", "参评家庭", "Families nominated", "户", FAMILY, 10,
                        NOMINEES_FIRST, SqlIndicator.Bounds.YEARS, "FAMILY"),
                new SqlIndicator(db, "activities.familiesCommended", "获表彰家庭", "Families commended", "户", FAMILY, 20,
                        COMMENDED_FIRST, dates, "FAMILY"),
                new SqlIndicator(db, "activities.familiesCommended.street", "获街道（乡镇）级表彰家庭",
                        "Families commended at street level", "户", FAMILY, 21, COMMENDED_AT, dates, HonourLevel.STREET),
                new SqlIndicator(db, "activities.familiesCommended.district", "获区（县）级表彰家庭",
                        "Families commended at district level", "户", FAMILY, 22, COMMENDED_AT, dates, HonourLevel.DISTRICT),
                new SqlIndicator(db, "activities.familiesCommended.city", "获市级表彰家庭", "Families commended at city level",
                        "户", FAMILY, 23, EXTERNAL_AT, dates, HonourLevel.CITY),
                new SqlIndicator(db, "activities.familiesCommended.province", "获省级表彰家庭",
                        "Families commended at province level", "户", FAMILY, 24, EXTERNAL_AT, dates, HonourLevel.PROVINCE),
                new SqlIndicator(db, "activities.peopleCommended", "获表彰先进个人", "People commended", "人", FAMILY, 30,
                        COMMENDED_FIRST, dates, "PERSON"),
                new SqlIndicator(db, "activities.unitsCommended", "获表彰先进集体", "Collectives commended", "个", FAMILY, 31,
                        COMMENDED_FIRST, dates, "UNIT"),
                total(totals, "activities.activities", "开展活动", "Activities held", "场次", 10, Figure.ACTIVITIES),
                total(totals, "activities.participants", "活动参与", "Participants", "人次", 11, Figure.PARTICIPANTS),
                total(totals, "activities.trainings", "开展培训", "Training batches", "批次", 20, Figure.TRAININGS),
                total(totals, "activities.trainees", "培训人次", "Trainees", "人次", 21, Figure.TRAINEES),
                total(totals, "activities.mediaReports", "媒体报道", "Media reports", "次", 30, Figure.MEDIA_REPORTS),
                total(totals, "activities.wechatPosts", "微信推文", "WeChat posts", "篇", 31, Figure.WECHAT_POSTS),
                total(totals, "activities.originalPosts", "原创推文", "Original posts", "篇", 32, Figure.ORIGINAL_POSTS),
                new SqlIndicator(db, "activities.volunteerServices", "志愿服务活动", "Volunteer services", "次", EMPLOYMENT, 50,
                        VOLUNTEER.formatted("COUNT(*)"), dates),
                new SqlIndicator(db, "activities.volunteersServed", "参与志愿服务", "Volunteers served", "人次", EMPLOYMENT, 51,
                        VOLUNTEER.formatted("SUM(CAST(v.volunteers AS BIGINT))"), dates),
                new SqlIndicator(db, "activities.volunteerHours", "志愿服务时长", "Volunteer hours", "小时", EMPLOYMENT, 52,
                        VOLUNTEER.formatted("SUM(v.service_hours)"), dates)));
        int order = 40;
        for (ActivityType t : types) {
            String code = t.code();
            out.add(new TotalsIndicator("activities.byType." + code, "开展" + t.name() + "活动", "Activities: " + code, "场次",
                    OUTREACH, order++, (scope, period) -> totals.ofType(scope, period, code)));
        }
        return out;
    }

    private static Indicator total(ActivityTotals totals, String id, String nameZh, String nameEn, String unitZh, int order,
                                   Figure figure) {
        return new TotalsIndicator(id, nameZh, nameEn, unitZh, OUTREACH, order, (scope, period) -> totals.figure(scope, period, figure));
    }
}
