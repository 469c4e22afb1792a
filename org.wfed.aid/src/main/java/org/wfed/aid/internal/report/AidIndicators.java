package org.wfed.aid.internal.report;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.wfed.aid.internal.AidSchema;
import org.wfed.core.Database;
import org.wfed.core.extension.Derived;
import org.wfed.core.extension.Dimension;
import org.wfed.core.extension.Indicator;
import org.wfed.core.extension.Indicators;
import org.wfed.core.extension.Measure;
import org.wfed.core.extension.Reach;
import org.wfed.core.extension.SqlPass;
import org.wfed.core.extension.Values;

/**
 * The aid module's figures for the "care and aid" section (关爱帮扶): applications granted, money paid and
 * people aided — each broken down by programme (救助项目, the programmes configured as data) — visits, the households
 * paired with helpers (一对一结对帮扶) and the helpers, and the 两癌 screening chain from 应查 to early diagnosis. Registered as one Indicator service each.
 *
 * <p>The figures over the same rows share one pass ({@link SqlPass}) per report, each read from an index
 * that holds every column it needs (aid's migrations index_aid_application_roll_up and
 * index_aid_screening_roll_up): a district's year holds some 65,000 insurance purchases, and each separate scan of them with a status condition cost about a second. A condition such as "granted"
 * is a grouping key filtered here, which Derby answers faster than a {@code WHERE … IN}.
 */
@Component(immediate = true)
public final class AidIndicators {
    static final String CARE = "care";
    /** The statuses of an application granted (or about to be paid). */
    static final Set<String> GRANTED = Set.of("APPROVED", "NOTICE", "PAID", "RECEIVED");
    static final Set<String> DIAGNOSED = Set.of("PRECANCER", "CANCER");
    /** Programme ids become their codes, which placeholders name ({aid.amountPaid[TWO_CANCERS_AID]}). */
    private static final String PROGRAMME_CODES = "SELECT id, code FROM aid_programme";

    /** A pairing (一对一结对帮扶) counts in a period it overlaps: started by its end, not ended before its start. */
    private static final String PAIRED_IN_PERIOD = " AND p.started_on <= {to} AND (p.ended_on IS NULL OR p.ended_on >= {from})";

    /** A grant's member: its level and programme (CITY:TWO_CANCERS_AID), named as the genre writes it (市级“两癌”救助名额). */
    private static final String GRANT_MEMBER = "g.granting_level || ':' || p.code";
    private static final String GRANT_MEMBERS = "SELECT DISTINCT " + GRANT_MEMBER + ", CASE g.granting_level WHEN 'CITY' THEN '市级' "
            + "WHEN 'PROVINCE' THEN '省级' ELSE '全国' END || p.name || '名额', " + GRANT_MEMBER + ", '个' "
            + "FROM aid_quota_grant g JOIN aid_programme p ON p.id = g.programme_id ORDER BY 1";
    /** Places granted from above of the period's years, by the unit that recorded them (its own account). */
    private static final String QUOTA_GRANTED = "SELECT g.unit_id, " + GRANT_MEMBER + ", SUM(g.places) FROM aid_quota_grant g "
            + "JOIN aid_programme p ON p.id = g.programme_id WHERE {units:g.unit_id} AND g.grant_year BETWEEN {fromYear} AND {toYear} "
            + "GROUP BY g.unit_id, g.granting_level, p.code";

    private final Indicators.Registration registrations;

    @Activate
    public AidIndicators(BundleContext context, @Reference AidSchema schema, @Reference Database db) {
        registrations = Indicators.register(context, indicators(db));
    }

    @Deactivate
    void deactivate() {
        registrations.unregister();
    }

    static List<Indicator> indicators(Database db) {
        Dimension programmes = Dimension.fromTable(db, "aid.programme", "救助项目", "Aid programme",
                "SELECT code, name, code FROM aid_programme ORDER BY id");
        // applications of the period by programme and status: the granted ones are counted
        SqlPass applied = SqlPass.byKeys(db, 2, "SELECT a.unit_id, a.programme_id, a.status, COUNT(*) FROM aid_application a"
                + " WHERE {units:a.unit_id} AND a.applied_on BETWEEN {from} AND {to} GROUP BY a.unit_id, a.programme_id, a.status")
                .keyedBy(1, PROGRAMME_CODES);
        Dimension grantedPlaces = Dimension.fromTable(db, "aid.quotaGrant", "上级下达名额", "Places granted from above", GRANT_MEMBERS);
        Dimension groups = Dimension.fromTable(db, "aid.recipientGroup", "救助对象类别", "Recipient group",
                "SELECT code, name_zh, name_en FROM aid_category ORDER BY sort_order, code");
        // payments of the period (paid_on is set by the payment) by recipient group and programme, as a ROLLUP of
        // (unit, group, programme) would answer them: each unit's distinct people, each group's, and each (group,
        // programme)'s; the households are the applications for a household (household_size set), their people its
        // sum; the goods the quantities handed out; and each unit's distinct women and children. One read of the
        // period's payments without grouping, added up in Java (Payments): Derby's groupings of them cost four to
        // six times the read.
        PaidPass paid = (scope, period, batch) -> batch.shared(new PaidKey(scope, period), () -> Payments.read(db, scope, period));
        // screenings of the period: distinct women in all and those with an abnormal result
        SqlPass screened = SqlPass.byMemberRolledUp(db, "SELECT s.unit_id, s.abnormal, COUNT(DISTINCT s.person_id)"
                + " FROM aid_screening s WHERE {units:s.unit_id} AND s.screened_on BETWEEN {from} AND {to}"
                + " GROUP BY ROLLUP(s.unit_id, s.abnormal)");
        // follow-ups closed in the period by outcome and stage
        SqlPass followUps = SqlPass.byKeys(db, 2, "SELECT f.unit_id, f.outcome, f.stage, COUNT(*) FROM aid_follow_up f"
                + " WHERE {units:f.unit_id} AND f.closed_on BETWEEN {from} AND {to} GROUP BY f.unit_id, f.outcome, f.stage");
        return List.of(
                care("aid.applicationsApproved", "批准救助", "Aid applications approved", "件", 10).by(programmes)
                        .from(applied, 1, row -> GRANTED.contains(row.key(2))),
                care("aid.amountPaid", "发放救助金额", "Aid paid", "元", 20).by(programmes)
                        .computed((scope, period, batch) -> byProgramme(paid.of(scope, period, batch).rows(), 2, true)),
                care("aid.peopleAided", "救助人数", "People aided", "人", 30).by(programmes)
                        .computed((scope, period, batch) -> byProgramme(paid.of(scope, period, batch).rows(), 3, false)),
                care("aid.visits", "走访慰问", "Condolence visits", "人次", 40)
                        .computed((scope, period, batch) -> programmeTotal(paid.of(scope, period, batch).rows(), 1,
                                code -> code.endsWith("VISIT"))),
                care("aid.twoCancersAided", "两癌救助", "Two-cancers aid", "人", 50)
                        .computed((scope, period, batch) -> programmeTotal(paid.of(scope, period, batch).rows(), 3,
                                "TWO_CANCERS_AID"::equals)),
                care("aid.payments", "救助发放人次", "Aid payments", "人次", 21).by(programmes)
                        .computed((scope, period, batch) -> byProgramme(paid.of(scope, period, batch).rows(), 1, false)),
                care("aid.amountEach", "人均发放金额", "Amount per payment", "元", 22).measure(Measure.AVERAGE).by(programmes)
                        .derived(Derived.average("aid.amountPaid", "aid.payments")),
                care("aid.womenChildrenAided", "救助妇女儿童人数", "Women and children aided", "人", 31)
                        .computed((scope, period, batch) -> paid.of(scope, period, batch).womenChildren()),
                care("aid.householdsAided", "按户救助户数", "Households aided", "户", 32).by(programmes)
                        .computed((scope, period, batch) -> byProgramme(paid.of(scope, period, batch).rows(), 4, false)),
                care("aid.householdMembers", "按户救助受益人数", "People of the households aided", "人", 33).by(programmes)
                        .computed((scope, period, batch) -> byProgramme(paid.of(scope, period, batch).rows(), 5, false)),
                care("aid.goodsHandedOut", "发放物资数量", "Goods handed out", "件", 34).measure(Measure.QUANTITY).by(programmes)
                        .computed((scope, period, batch) -> byProgramme(paid.of(scope, period, batch).rows(), 6, false)),
                care("aid.unitsServed", "救助覆盖单位", "Units served", "个", 35).measure(Measure.COUNT).by(programmes)
                        .computed((scope, period, batch) -> unitsServed(paid.of(scope, period, batch).rows())),
                care("aid.paymentsByGroup", "救助人次（按对象类别）", "Aid payments by group", "人次", 36).by(groups)
                        .computed((scope, period, batch) -> byGroup(paid.of(scope, period, batch).rows(), 1, false)),
                care("aid.peopleByGroup", "救助人数（按对象类别）", "People aided by group", "人", 37).by(groups)
                        .computed((scope, period, batch) -> byGroup(paid.of(scope, period, batch).rows(), 3, false)),
                care("aid.amountByGroup", "发放金额（按对象类别）", "Aid paid by group", "元", 38).by(groups)
                        .computed((scope, period, batch) -> byGroup(paid.of(scope, period, batch).rows(), 2, true)),
                care("aid.householdsByGroup", "按户救助户数（按对象类别）", "Households aided by group", "户", 39).by(groups)
                        .computed((scope, period, batch) -> byGroup(paid.of(scope, period, batch).rows(), 4, false)),
                care("aid.pairedHouseholds", "结对帮扶户数", "Households paired", "户", 41)
                        .sql(db, "SELECT p.unit_id, COUNT(DISTINCT p.person_id) FROM aid_pairing p WHERE {units:p.unit_id}"
                                + PAIRED_IN_PERIOD + " GROUP BY p.unit_id"),
                care("aid.pairingHelpers", "结对帮扶人数", "Pairing helpers", "人", 42)
                        .sql(db, "SELECT p.unit_id, COUNT(DISTINCT p.helper_person_id) FROM aid_pairing p WHERE {units:p.unit_id}"
                                + PAIRED_IN_PERIOD + " GROUP BY p.unit_id"),
                care("aid.quotaGranted", "上级下达名额", "Places granted from above", "个", 45).measure(Measure.COUNT)
                        .by(grantedPlaces).reach(Reach.OWN).sql(db, QUOTA_GRANTED),
                care("aid.screeningDue", "两癌应查人数", "Women due for screening", "人", 60)
                        .sql(db, "SELECT i.unit_id, COUNT(DISTINCT i.person_id) FROM aid_invitation i WHERE {units:i.unit_id}"
                                + " AND i.invited_on BETWEEN {from} AND {to} GROUP BY i.unit_id"),
                care("aid.screened", "两癌实查人数", "Women screened", "人", 70).from(screened, 1),
                care("aid.screenedNormal", "筛查未见异常", "Screened normal", "人", 80)
                        .computed((scope, period, batch) -> normal(screened.rows(scope, period, batch))),
                care("aid.screenedAbnormal", "筛查异常", "Screened abnormal", "人", 90)
                        .from(screened, 1, row -> "true".equalsIgnoreCase(row.member())),
                care("aid.followedUp", "异常随访完成", "Follow-ups completed", "例", 100).from(followUps, 1, row -> true),
                care("aid.diagnosed", "确诊癌前病变及癌症", "Pre-cancers and cancers diagnosed", "例", 110)
                        .from(followUps, 1, row -> DIAGNOSED.contains(row.key(1))),
                care("aid.diagnosedEarly", "早期诊断", "Diagnosed early", "例", 120)
                        .from(followUps, 1, row -> early(row.key(1), row.key(2))),
                care("aid.screeningRate", "两癌筛查率", "Screening rate", "%", 130).derived(Derived.percent("aid.screened", "aid.screeningDue")),
                care("aid.followUpRate", "异常随访完成率", "Follow-up completion rate", "%", 140)
                        .derived(Derived.percent("aid.followedUp", "aid.screenedAbnormal")),
                care("aid.earlyDiagnosisRate", "早诊率", "Early-diagnosis rate", "%", 150)
                        .derived(Derived.percent("aid.diagnosedEarly", "aid.diagnosed")));
    }

    private static Indicators.Builder care(String id, String nameZh, String nameEn, String unitZh, int order) {
        return Indicators.define(id).names(nameZh, nameEn).unit(unitZh).section(CARE).order(order);
    }

    /** The payments of a scope and period, read once per batch (see {@link Payments}). */
    @FunctionalInterface
    private interface PaidPass {
        Payments of(org.wfed.core.Scope scope, org.wfed.core.Period period, org.wfed.core.extension.Batch batch);
    }

    private record PaidKey(org.wfed.core.Scope scope, org.wfed.core.Period period) {
    }

    /** Women screened with no abnormal result in the period: each unit's screened less its abnormal. */
    static Values normal(List<SqlPass.Row> rows) {
        Values out = new Values();
        for (SqlPass.Row r : rows) {
            BigDecimal women = r.value(1);
            if (women == null) {
                continue;
            }
            if (r.member() == null) {
                out.add(r.unitId(), women);
            } else if ("true".equalsIgnoreCase(r.member())) {
                out.add(r.unitId(), women.negate());
            }
        }
        return out;
    }

    /**
     * One value column of the payments' pass per programme: the (group, programme) rows summed over the groups, the
     * unit's total from its ROLLUP row (distinct people over programmes). Money (fen) becomes yuan.
     */
    static Values byProgramme(List<SqlPass.Row> rows, int column, boolean money) {
        return level(rows, column, money, true);
    }

    /** One value column of the payments' pass per recipient group (the group's ROLLUP rows), with the unit's total. */
    static Values byGroup(List<SqlPass.Row> rows, int column, boolean money) {
        return level(rows, column, money, false);
    }

    private static Values level(List<SqlPass.Row> rows, int column, boolean money, boolean programmes) {
        Values out = new Values();
        for (SqlPass.Row r : rows) {
            BigDecimal v = r.value(column);
            if (v == null) {
                continue;
            }
            v = money ? v.movePointLeft(2) : v;
            if (r.key(1) == null) {
                out.setTotal(r.unitId(), v);
            } else if (programmes == (r.key(2) != null)) {
                out.add(r.unitId(), programmes ? r.key(2) : r.key(1), v);
            }
        }
        return out;
    }

    /** One value column of the payments' pass summed over the programmes {@code counted} takes, per unit. */
    static Values programmeTotal(List<SqlPass.Row> rows, int column, java.util.function.Predicate<String> counted) {
        Values out = new Values();
        for (SqlPass.Row r : rows) {
            BigDecimal v = r.value(column);
            if (v != null && r.key(1) != null && r.key(2) != null && counted.test(r.key(2))) {
                out.add(r.unitId(), v);
            }
        }
        return out;
    }

    /** Each unit with payments counts once, per programme and in its total: summed up the tree, the units served. */
    static Values unitsServed(List<SqlPass.Row> rows) {
        Values out = new Values();
        java.util.Map<Long, Set<String>> served = new java.util.HashMap<>();
        for (SqlPass.Row r : rows) {
            BigDecimal payments = r.value(1);
            if (payments == null || payments.signum() == 0) {
                continue;
            }
            if (r.key(1) == null) {
                out.setTotal(r.unitId(), BigDecimal.ONE);
            } else if (r.key(2) != null && served.computeIfAbsent(r.unitId(), u -> new java.util.HashSet<>()).add(r.key(2))) {
                out.add(r.unitId(), r.key(2), BigDecimal.ONE);
            }
        }
        return out;
    }

    /** Early = pre-cancer, or a cancer of stage 0 or I (not II, III, IV). */
    static boolean early(String outcome, String stage) {
        if ("PRECANCER".equals(outcome)) {
            return true;
        }
        if (!"CANCER".equals(outcome) || stage == null) {
            return false;
        }
        return (stage.startsWith("I") && !stage.startsWith("II") && !stage.startsWith("IV")) || stage.startsWith("0")
                || stage.startsWith("1");
    }
}
