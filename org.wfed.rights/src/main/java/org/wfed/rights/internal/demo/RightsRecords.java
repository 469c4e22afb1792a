package org.wfed.rights.internal.demo;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.wfed.core.Caller;
import org.wfed.rights.dto.ActionInput;
import org.wfed.rights.dto.ActionKind;
import org.wfed.rights.dto.CaseInput;
import org.wfed.rights.dto.CaseKind;
import org.wfed.rights.dto.CaseSource;
import org.wfed.rights.dto.Channel;
import org.wfed.rights.dto.CloseInput;
import org.wfed.rights.dto.ConsultationInput;
import org.wfed.rights.dto.DecisionInput;
import org.wfed.rights.dto.FamilyInput;
import org.wfed.rights.dto.MemberInput;
import org.wfed.rights.dto.OrderInput;
import org.wfed.rights.dto.OrderKind;
import org.wfed.rights.dto.OrderStatus;
import org.wfed.rights.dto.Outcome;
import org.wfed.rights.dto.PartyInput;
import org.wfed.rights.dto.PartyRole;
import org.wfed.rights.dto.RightsCase;
import org.wfed.rights.dto.VisitInput;
import org.wfed.rights.internal.cases.CaseService;
import org.wfed.rights.internal.consult.ConsultationService;
import org.wfed.rights.internal.families.FamilyService;
import org.wfed.rights.internal.orders.OrderService;

/**
 * Made-up rights records for the demo district and for benchmark scale, written through the module's own rules:
 * a community's cases of a period (most closed, the domestic-violence ones with a protection order), its families
 * on file with visits, and its hotline and consultation log. Names are invented (王某某), choices come from
 * {@code random} only, so a seed gives the same records.
 */
@Component(service = RightsRecords.class)
public final class RightsRecords {
    private static final String[] SURNAMES = {"王", "李", "张", "刘", "陈", "杨", "赵", "黄", "周", "吴"};
    private static final Outcome[] OUTCOMES = {Outcome.RECONCILED, Outcome.RECONCILED, Outcome.DIVORCED, Outcome.DIVORCED,
            Outcome.DIVORCED, Outcome.REFERRED, Outcome.LEGAL_AID, Outcome.WITHDRAWN};

    private final CaseService cases;
    private final OrderService orders;
    private final FamilyService families;
    private final ConsultationService consultations;

    @Activate
    public RightsRecords(@Reference CaseService cases, @Reference OrderService orders, @Reference FamilyService families,
                         @Reference ConsultationService consultations) {
        this.cases = cases;
        this.orders = orders;
        this.families = families;
        this.consultations = consultations;
    }

    /** {@code n} cases of the community taken in between {@code first} and {@code last}. */
    public void cases(Connection c, Caller admin, long community, LocalDate first, LocalDate last, int n, Random random)
            throws SQLException {
        int days = (int) java.time.temporal.ChronoUnit.DAYS.between(first, last) + 1;
        for (int i = 0; i < n; i++) {
            LocalDate intake = first.plusDays(random.nextInt(days));
            CaseKind kind = random.nextInt(10) < 7 ? CaseKind.MARITAL_DISPUTE
                    : random.nextBoolean() ? CaseKind.DOMESTIC_VIOLENCE : CaseKind.LEGAL_CONSULTATION;
            CaseSource source = random.nextInt(4) == 0 ? CaseSource.HOTLINE : CaseSource.VISIT;
            long id = cases.insert(c, admin, new CaseInput(community, intake, source, null, null, kind, null,
                    "请求调解婚姻家庭矛盾", "双方因家庭琐事发生矛盾，女方前来求助。", "妇联主席", 1 + random.nextInt(3),
                    List.of(new PartyInput(PartyRole.APPLICANT, null, name(random) + "某某", "139" + digits(random, 8), "某小区"),
                            new PartyInput(PartyRole.RESPONDENT, null, name(random) + "某", null, null))));
            LocalDate acted = intake.plusDays(random.nextInt(5));
            if (acted.isAfter(last)) {
                continue;
            }
            RightsCase open = cases.facts(c, id);
            cases.insertAction(c, admin, open, new ActionInput(acted, ActionKind.MEDIATION, "组织双方面对面调解",
                    "妇联主席、人民调解员", "双方达成初步共识"));
            if (kind == CaseKind.DOMESTIC_VIOLENCE) {
                long order = orders.insert(c, new OrderInput(id, OrderKind.PROTECTION_ORDER, acted, random.nextBoolean(),
                        "区人民法院"));
                LocalDate decided = acted.plusDays(1);
                if (!decided.isAfter(last)) {
                    orders.decide(c, order, new DecisionInput(OrderStatus.GRANTED, decided, decided.plusMonths(6), null, 0));
                }
            }
            LocalDate closed = acted.plusDays(random.nextInt(20));
            if (random.nextInt(10) < 8 && !closed.isAfter(last)) {
                Outcome outcome = OUTCOMES[random.nextInt(OUTCOMES.length)];
                RightsCase handled = cases.facts(c, id);
                cases.closeCase(c, handled, new CloseInput(outcome, outcome == Outcome.REFERRED ? "区法律援助中心" : null, closed,
                        handled.version()));
            }
        }
    }

    /** {@code n} households of the community put on file between {@code first} and {@code last}, each visited once or twice. */
    public void families(Connection c, Caller admin, long community, LocalDate first, LocalDate last, int n, List<String> colours,
                         Random random) throws SQLException {
        int days = (int) java.time.temporal.ChronoUnit.DAYS.between(first, last) + 1;
        for (int i = 0; i < n; i++) {
            LocalDate opened = first.plusDays(random.nextInt(days));
            String surname = name(random);
            long id = families.insert(c, admin, new FamilyInput(community, surname + "某某户", "某小区" + (1 + random.nextInt(20)) + "栋",
                    colours.get(random.nextInt(colours.size())), "网格排查发现", "网格员" + surname + "某", opened,
                    List.of(new MemberInput(null, surname + "某某", "户主"), new MemberInput(null, name(random) + "某", "配偶"))));
            for (int v = 0, visits = 1 + random.nextInt(2); v < visits; v++) {
                LocalDate visited = opened.plusDays(random.nextInt(60));
                if (!visited.isAfter(last)) {
                    families.insertVisit(c, families.facts(c, id), new VisitInput(visited, "网格员", "入户了解家庭情况"));
                }
            }
        }
    }

    /** A month's hotline calls and consultations of the community. */
    public void consultations(Connection c, long community, LocalDate day, Random random) throws SQLException {
        consultations.insert(c, new ConsultationInput(community, day, Channel.HOTLINE, CaseKind.MARITAL_DISPUTE,
                1 + random.nextInt(4), random.nextInt(2), null));
        consultations.insert(c, new ConsultationInput(community, day, Channel.LEGAL_SERVICE, CaseKind.LEGAL_CONSULTATION,
                5 + random.nextInt(20), random.nextInt(3), "法律服务进社区"));
    }

    private static String name(Random random) {
        return SURNAMES[random.nextInt(SURNAMES.length)];
    }

    private static String digits(Random random, int n) {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < n; i++) {
            s.append(random.nextInt(10));
        }
        return s.toString();
    }
}
