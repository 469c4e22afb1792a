package org.wfed.aid.internal.report;

import java.util.ArrayList;
import java.util.List;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceRegistration;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.wfed.aid.internal.AidSchema;
import org.wfed.core.Database;
import org.wfed.core.extension.Indicator;

/**
 * The aid module's figures for the "care and aid" section (关爱帮扶): applications approved, money
 * paid, people aided, visits, and the 两癌 screening chain from 应查 to early diagnosis. Registered as
 * one Indicator service each.
 */
@Component(immediate = true)
public final class AidIndicators {

    static final String PAID = "a.status IN ('PAID', 'RECEIVED')";
    static final String GRANTED = "a.status IN ('APPROVED', 'NOTICE', 'PAID', 'RECEIVED')";
    /** Early = pre-cancer, or a cancer of stage 0 or I (not II, III, IV). */
    static final String EARLY = "(f.outcome = 'PRECANCER' OR (f.outcome = 'CANCER' AND ((f.stage LIKE 'I%' "
            + "AND f.stage NOT LIKE 'II%' AND f.stage NOT LIKE 'IV%') OR f.stage LIKE '0%' OR f.stage LIKE '1%')))";

    private final List<ServiceRegistration<Indicator>> registrations = new ArrayList<>();

    @Activate
    public AidIndicators(BundleContext context, @Reference AidSchema schema, @Reference Database db) {
        for (Indicator i : indicators(db)) {
            registrations.add(context.registerService(Indicator.class, i, null));
        }
    }

    @Deactivate
    void deactivate() {
        registrations.forEach(ServiceRegistration::unregister);
        registrations.clear();
    }

    static List<Indicator> indicators(Database db) {
        return List.of(
                SqlIndicator.count(db, "aid.applicationsApproved", "批准救助", "Aid applications approved", "件", 10,
                        "SELECT a.unit_id, COUNT(*) FROM aid_application a WHERE {units} AND " + GRANTED
                                + " AND a.applied_on BETWEEN ? AND ? GROUP BY a.unit_id", "a.unit_id", 1),
                SqlIndicator.count(db, "aid.amountPaid", "发放救助金额", "Aid paid", "元", 20,
                        "SELECT a.unit_id, SUM(a.paid_fen) FROM aid_application a WHERE {units} AND " + PAID
                                + " AND a.paid_on BETWEEN ? AND ? GROUP BY a.unit_id", "a.unit_id", 1),
                SqlIndicator.count(db, "aid.peopleAided", "救助人数", "People aided", "人", 30,
                        "SELECT a.unit_id, COUNT(DISTINCT a.person_id) FROM aid_application a WHERE {units} AND " + PAID
                                + " AND a.paid_on BETWEEN ? AND ? GROUP BY a.unit_id", "a.unit_id", 1),
                SqlIndicator.count(db, "aid.visits", "走访慰问", "Condolence visits", "人次", 40,
                        "SELECT a.unit_id, COUNT(*) FROM aid_application a JOIN aid_programme p ON p.id = a.programme_id "
                                + "WHERE {units} AND " + PAID + " AND p.code LIKE '%VISIT' AND a.paid_on BETWEEN ? AND ? "
                                + "GROUP BY a.unit_id", "a.unit_id", 1),
                SqlIndicator.count(db, "aid.twoCancersAided", "两癌救助", "Two-cancers aid", "人", 50,
                        "SELECT a.unit_id, COUNT(DISTINCT a.person_id) FROM aid_application a JOIN aid_programme p "
                                + "ON p.id = a.programme_id WHERE {units} AND " + PAID
                                + " AND p.code = 'TWO_CANCERS_AID' AND a.paid_on BETWEEN ? AND ? GROUP BY a.unit_id",
                        "a.unit_id", 1),
                SqlIndicator.count(db, "aid.screeningDue", "两癌应查人数", "Women due for screening", "人", 60,
                        "SELECT i.unit_id, COUNT(DISTINCT i.person_id) FROM aid_invitation i WHERE {units} "
                                + "AND i.invited_on BETWEEN ? AND ? GROUP BY i.unit_id", "i.unit_id", 1),
                SqlIndicator.count(db, "aid.screened", "两癌实查人数", "Women screened", "人", 70,
                        "SELECT s.unit_id, COUNT(DISTINCT s.person_id) FROM aid_screening s WHERE {units} "
                                + "AND s.screened_on BETWEEN ? AND ? GROUP BY s.unit_id", "s.unit_id", 1),
                SqlIndicator.count(db, "aid.screenedNormal", "筛查未见异常", "Screened normal", "人", 80,
                        "SELECT s.unit_id, COUNT(DISTINCT s.person_id) FROM aid_screening s WHERE {units} "
                                + "AND s.screened_on BETWEEN ? AND ? AND NOT EXISTS (SELECT 1 FROM aid_screening x "
                                + "WHERE x.person_id = s.person_id AND x.abnormal = TRUE AND x.screened_on BETWEEN ? AND ?) "
                                + "GROUP BY s.unit_id", "s.unit_id", 2),
                SqlIndicator.count(db, "aid.screenedAbnormal", "筛查异常", "Screened abnormal", "人", 90,
                        "SELECT s.unit_id, COUNT(DISTINCT s.person_id) FROM aid_screening s WHERE {units} "
                                + "AND s.abnormal = TRUE AND s.screened_on BETWEEN ? AND ? GROUP BY s.unit_id", "s.unit_id", 1),
                SqlIndicator.count(db, "aid.followedUp", "异常随访完成", "Follow-ups completed", "例", 100,
                        "SELECT f.unit_id, COUNT(*) FROM aid_follow_up f WHERE {units} AND f.closed_on BETWEEN ? AND ? "
                                + "GROUP BY f.unit_id", "f.unit_id", 1),
                SqlIndicator.count(db, "aid.diagnosed", "确诊癌前病变及癌症", "Pre-cancers and cancers diagnosed",
                        "例", 110, "SELECT f.unit_id, COUNT(*) FROM aid_follow_up f WHERE {units} "
                                + "AND f.outcome IN ('PRECANCER', 'CANCER') AND f.closed_on BETWEEN ? AND ? GROUP BY f.unit_id",
                        "f.unit_id", 1),
                SqlIndicator.count(db, "aid.diagnosedEarly", "早期诊断", "Diagnosed early", "例", 120,
                        "SELECT f.unit_id, COUNT(*) FROM aid_follow_up f WHERE {units} AND " + EARLY
                                + " AND f.closed_on BETWEEN ? AND ? GROUP BY f.unit_id", "f.unit_id", 1),
                SqlIndicator.rate(db, "aid.screeningRate", "两癌筛查率", "Screening rate", 130,
                        "aid.screened", "aid.screeningDue"),
                SqlIndicator.rate(db, "aid.followUpRate", "异常随访完成率", "Follow-up completion rate", 140,
                        "aid.followedUp", "aid.screenedAbnormal"),
                SqlIndicator.rate(db, "aid.earlyDiagnosisRate", "早诊率", "Early-diagnosis rate", 150,
                        "aid.diagnosedEarly", "aid.diagnosed"));
    }
}
