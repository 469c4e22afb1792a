package org.wfed.rights.internal.report;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.wfed.core.Database;
import org.wfed.core.extension.Dimension;
import org.wfed.core.extension.Indicator;
import org.wfed.core.extension.Indicators;
import org.wfed.core.extension.Member;
import org.wfed.core.extension.SqlPass;
import org.wfed.core.extension.Values;
import org.wfed.rights.dto.ActionKind;
import org.wfed.rights.dto.CaseKind;
import org.wfed.rights.dto.CaseSource;
import org.wfed.rights.dto.Channel;
import org.wfed.rights.dto.OrderKind;
import org.wfed.rights.dto.Outcome;
import org.wfed.rights.internal.RightsSchema;

/**
 * The module's figures (section 维权): cases accepted by kind and by source, visitors received (人次), cases closed by
 * outcome with the reconciled (和好), peacefully divorced and referred among them, mediation sessions and shelter
 * stays, protection orders applied for and granted, warning letters, hotline calls, consultations (人次) and problems
 * solved (件), households on file by colour at the period's end, new files and visits, and the files whose visit is
 * overdue today. Counts only, and below district level no breakdown shows a member of fewer than
 * {@link #SMALLEST_SHOWN} (the whole figures stay), so no figure points at a person.
 */
@Component(immediate = true)
public final class RightsIndicators {
    static final String SECTION = "rights";
    /** Below district level a breakdown shows no member counted fewer than 3 times: such a count could name a woman. */
    static final int SMALLEST_SHOWN = 3;

    private static final String CASES = "SELECT c.unit_id, c.kind, COUNT(*), SUM(CAST(c.visitors AS BIGINT)) FROM rights_case c "
            + "WHERE {units:c.unit_id} AND c.intake_on BETWEEN {from} AND {to} GROUP BY c.unit_id, c.kind";
    private static final String SOURCES = "SELECT c.unit_id, c.source, COUNT(*) FROM rights_case c "
            + "WHERE {units:c.unit_id} AND c.intake_on BETWEEN {from} AND {to} GROUP BY c.unit_id, c.source";
    private static final String CLOSED = "SELECT c.unit_id, c.outcome, COUNT(*) FROM rights_case c "
            + "WHERE {units:c.unit_id} AND c.closed_on BETWEEN {from} AND {to} GROUP BY c.unit_id, c.outcome";
    private static final String ACTIONS = "SELECT a.unit_id, a.kind, COUNT(*) FROM rights_action a "
            + "WHERE {units:a.unit_id} AND a.acted_on BETWEEN {from} AND {to} GROUP BY a.unit_id, a.kind";
    private static final String APPLIED = "SELECT o.unit_id, o.kind, COUNT(*) FROM rights_order o "
            + "WHERE {units:o.unit_id} AND o.applied_on BETWEEN {from} AND {to} GROUP BY o.unit_id, o.kind";
    private static final String GRANTED = "SELECT o.unit_id, COUNT(*) FROM rights_order o WHERE {units:o.unit_id} "
            + "AND o.kind = 'PROTECTION_ORDER' AND o.status = 'GRANTED' AND o.decided_on BETWEEN {from} AND {to} GROUP BY o.unit_id";
    private static final String CONSULTATIONS = "SELECT s.unit_id, s.channel, SUM(CAST(s.contacts AS BIGINT)), "
            + "SUM(CAST(s.solved AS BIGINT)) FROM rights_consultation s WHERE {units:s.unit_id} AND s.held_on BETWEEN {from} "
            + "AND {to} GROUP BY s.unit_id, s.channel";
    /** Households on file at the period's end, by the colour they had then (the last change dated up to that day). */
    private static final String ON_FILE = "SELECT f.unit_id, h.to_colour, COUNT(*) FROM rights_family f "
            + "JOIN rights_family_colour h ON h.family_id = f.id WHERE {units:f.unit_id} AND f.opened_on <= {to} "
            + "AND (f.closed_on IS NULL OR f.closed_on > {to}) AND h.id = (SELECT MAX(h2.id) FROM rights_family_colour h2 "
            + "WHERE h2.family_id = f.id AND h2.changed_on <= {to}) GROUP BY f.unit_id, h.to_colour";
    private static final String OPENED = "SELECT f.unit_id, COUNT(*) FROM rights_family f WHERE {units:f.unit_id} "
            + "AND f.opened_on BETWEEN {from} AND {to} GROUP BY f.unit_id";
    private static final String VISITS = "SELECT v.unit_id, COUNT(*) FROM rights_family_visit v WHERE {units:v.unit_id} "
            + "AND v.visited_on BETWEEN {from} AND {to} GROUP BY v.unit_id";
    /**
     * The scope's open files, each with its colour and the days its next visit is counted from, read from the board's
     * index alone (rights_family_board holds every column; no sort: grouping them cost more than it saved); the colour
     * becomes its visit interval in days.
     */
    private static final String OPEN_FILES = "SELECT f.unit_id, f.colour, f.opened_on, f.last_visit_on, 1 FROM rights_family f "
            + "WHERE {units:f.unit_id} AND f.closed_on IS NULL";
    private static final String VISIT_DAYS = "SELECT code, visit_days FROM rights_colour";

    private final Indicators.Registration registrations;

    @Activate
    public RightsIndicators(BundleContext context, @Reference RightsSchema schema) {
        registrations = Indicators.register(context, indicators(schema.db()));
    }

    @Deactivate
    void deactivate() {
        registrations.unregister();
    }

    static List<Indicator> indicators(Database db) {
        Dimension kinds = Dimension.of("rights.kind", "个案类别", "Case kind", Arrays.stream(CaseKind.values())
                .map(k -> new Member(k.name(), k.labelZh(), k.name())).toList());
        Dimension sources = Dimension.of("rights.source", "个案来源", "Case source", Arrays.stream(CaseSource.values())
                .map(k -> new Member(k.name(), k.labelZh(), k.name())).toList());
        Dimension outcomes = Dimension.of("rights.outcome", "结案结果", "Outcome", Arrays.stream(Outcome.values())
                .map(k -> new Member(k.name(), k.labelZh(), k.name())).toList());
        Dimension channels = Dimension.of("rights.channel", "咨询渠道", "Channel", Arrays.stream(Channel.values())
                .map(k -> new Member(k.name(), k.labelZh(), k.name())).toList());
        Dimension colours = Dimension.fromTable(db, "rights.colour", "家庭颜色", "Family colour",
                "SELECT code, name_zh, name_en FROM rights_colour ORDER BY sort_order, code");
        SqlPass cases = SqlPass.byMember(db, CASES);
        SqlPass closed = SqlPass.byMember(db, CLOSED);
        SqlPass actions = SqlPass.byMember(db, ACTIONS);
        SqlPass applied = SqlPass.byMember(db, APPLIED);
        SqlPass consultations = SqlPass.byMember(db, CONSULTATIONS);
        SqlPass openFiles = SqlPass.byKeys(db, 3, OPEN_FILES).keyedBy(1, VISIT_DAYS);
        return List.of(
                define("rights.cases", "受理维权个案", "Cases accepted", "起", 10).by(kinds).from(cases, 1),
                define("rights.casesBySource", "维权个案来源", "Cases by source", "起", 11).by(sources).sql(db, SOURCES),
                define("rights.visitors", "接待来访当事人", "Visitors received", "人次", 12).by(kinds).from(cases, 2),
                define("rights.casesClosed", "办结维权个案", "Cases closed", "起", 20).by(outcomes).from(closed, 1),
                define("rights.mediated", "调解成功", "Cases mediated", "起", 21)
                        .from(closed, 1, member(Outcome.RECONCILED.name(), Outcome.DIVORCED.name())),
                define("rights.reconciled", "调解和好", "Reconciled", "对", 22).from(closed, 1, member(Outcome.RECONCILED.name())),
                define("rights.divorcedPeacefully", "和平离婚", "Divorced peacefully", "对", 23)
                        .from(closed, 1, member(Outcome.DIVORCED.name())),
                define("rights.referred", "转介处理", "Referred", "起", 24).from(closed, 1, member(Outcome.REFERRED.name())),
                define("rights.mediations", "开展调解", "Mediation sessions", "次", 25)
                        .from(actions, 1, member(ActionKind.MEDIATION.name())),
                define("rights.shelterStays", "临时庇护", "Shelter stays", "人次", 26).from(actions, 1, member(ActionKind.SHELTER.name())),
                define("rights.protectionOrdersApplied", "协助申请人身保护令", "Protection orders applied for", "份", 30)
                        .from(applied, 1, member(OrderKind.PROTECTION_ORDER.name())),
                define("rights.protectionOrdersGranted", "人身保护令获签发", "Protection orders granted", "份", 31).sql(db, GRANTED),
                define("rights.warningLetters", "家庭暴力告诫书", "Warning letters", "份", 32)
                        .from(applied, 1, member(OrderKind.WARNING_LETTER.name())),
                define("rights.hotlineCalls", "12338热线来电", "Hotline calls", "个", 40)
                        .from(consultations, 1, member(Channel.HOTLINE.name())),
                define("rights.consultations", "法律咨询服务", "Consultations", "人次", 41).by(channels).from(consultations, 1),
                define("rights.problemsSolved", "解决法律疑难问题", "Problems solved", "件", 42).by(channels).from(consultations, 2),
                define("rights.familiesOnFile", "三色家庭在档", "Families on file", "户", 50).by(colours).sql(db, ON_FILE),
                define("rights.familiesNew", "新建三色家庭档案", "Families put on file", "户", 51).sql(db, OPENED),
                define("rights.familyVisits", "入户走访", "Family visits", "次", 52).sql(db, VISITS),
                define("rights.familiesOverdue", "走访逾期家庭", "Families overdue a visit", "户", 53)
                        .computed((scope, period, batch) -> overdue(openFiles, scope, period, batch)));
    }

    /** Open files whose visit is overdue today; a period that does not hold today has none to tell. */
    private static Values overdue(SqlPass openFiles, org.wfed.core.Scope scope, org.wfed.core.Period period,
                                  org.wfed.core.extension.Batch batch) {
        LocalDate today = LocalDate.now();
        Values out = new Values();
        if (!period.contains(today)) {
            return out;
        }
        for (SqlPass.Row r : openFiles.rows(scope, period, batch)) {
            if (!r.key(1).chars().allMatch(Character::isDigit)) {
                continue; // a colour gone from the scheme has no interval to be overdue by
            }
            String last = r.key(3);
            LocalDate due = LocalDate.parse(last == null ? r.key(2) : last).plusDays(Long.parseLong(r.key(1)));
            if (today.isAfter(due)) {
                out.add(r.unitId(), r.value(1));
            }
        }
        return out;
    }

    private static Predicate<SqlPass.Row> member(String... codes) {
        Set<String> wanted = Set.of(codes);
        return row -> wanted.contains(row.member());
    }

    private static Indicators.Builder define(String id, String nameZh, String nameEn, String unitZh, int order) {
        return Indicators.define(id).names(nameZh, nameEn).unit(unitZh).section(SECTION).order(order)
                .smallestShown(SMALLEST_SHOWN);
    }
}
