package org.wfed.aid.internal.demo;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.wfed.aid.dto.ApplicationStatus;
import org.wfed.aid.dto.BeneficiaryInput;
import org.wfed.aid.dto.CancerSite;
import org.wfed.aid.dto.PayChannel;
import org.wfed.aid.dto.Programme;
import org.wfed.aid.internal.AidSchema;
import org.wfed.aid.internal.application.ApplicationRepository;
import org.wfed.aid.internal.application.ApplicationRow;
import org.wfed.aid.internal.application.Counters;
import org.wfed.aid.internal.application.ReviewChain;
import org.wfed.aid.internal.beneficiary.BeneficiaryRepository;
import org.wfed.aid.internal.programme.ProgrammeRepository;
import org.wfed.aid.internal.screening.DiagnosisRepository;
import org.wfed.core.Caller;
import org.wfed.core.Jdbc;
import org.wfed.core.OrgService;
import org.wfed.core.PersonService;
import org.wfed.core.dto.PersonFacts;
import org.wfed.core.dto.Sex;
import org.wfed.core.extension.DemoDataProvider;
import org.wfed.core.extension.DemoDistrict;

/**
 * Demo records of the aid module: beneficiaries in the first communities, applications at every
 * stage (reviewing, approved, paid, received) of the shipped programmes, a 两癌 diagnosis with its
 * application under review, and this year's screening campaign with abnormal results to follow up.
 */
@Component
public final class AidDemoData implements DemoDataProvider {

    private static final List<List<String>> CATEGORIES = List.of(List.of("DIBAO"), List.of("TEKUN"),
            List.of("SINGLE_PARENT"), List.of("DISABLED", "DIBAO_EDGE"), List.of("DIBAO", "SHIDU"));

    private final PersonService persons;
    private final OrgService orgs;

    @Activate
    public AidDemoData(@Reference AidSchema schema, @Reference PersonService persons, @Reference OrgService orgs) {
        this.persons = persons;
        this.orgs = orgs;
    }

    @Override
    public String id() {
        return "aid";
    }

    @Override
    public void load(Connection c, Caller admin, DemoDistrict d) throws SQLException {
        LocalDate today = LocalDate.now();
        List<Long> everyone = d.peopleByCommunity().values().stream().flatMap(List::stream).toList();
        Map<Long, PersonFacts> facts = persons.facts(everyone);
        Programme visit = ProgrammeRepository.byCode(c, "FESTIVAL_VISIT").orElseThrow();
        Programme insurance = ProgrammeRepository.byCode(c, "WOMEN_INSURANCE").orElseThrow();
        Programme twoCancers = ProgrammeRepository.byCode(c, "TWO_CANCERS_AID").orElseThrow();
        int seq = 0;
        List<PersonFacts> screenable = new ArrayList<>();
        for (long community : d.communities().stream().limit(6).toList()) {
            List<PersonFacts> women = d.peopleByCommunity().getOrDefault(community, List.of()).stream()
                    .map(facts::get).filter(f -> f != null && f.sex() == Sex.F).toList();
            for (int i = 0; i < women.size() && i < CATEGORIES.size(); i++) {
                PersonFacts w = women.get(i);
                seq++;
                BeneficiaryRepository.insert(c, w.id(), w.unitId(), new BeneficiaryInput(w.id(), null, CATEGORIES.get(i),
                        null, "农村商业银行", String.format("62284800%011d", 1000 + seq), w.name(), null, null, null,
                        today, null, today.minusYears(1), null, null));
            }
            if (women.size() >= 5) {
                apply(c, admin, visit, women.get(0), 50_000, null, today.minusDays(40), ApplicationStatus.RECEIVED, PayChannel.CASH);
                apply(c, admin, visit, women.get(1), 30_000, "大米、食用油", today.minusDays(35), ApplicationStatus.PAID,
                        PayChannel.GOODS);
                apply(c, admin, visit, women.get(2), 50_000, null, today.minusDays(5), ApplicationStatus.REVIEWING, null);
                apply(c, admin, insurance, women.get(3), insurance.amountFen(), null, today.minusDays(20),
                        ApplicationStatus.PAID, PayChannel.INSURER);
                PersonFacts ill = women.get(4);
                DiagnosisRepository.insert(c, admin, ill.id(), ill.unitId(), CancerSite.CERVICAL, "IIB", false,
                        today.minusDays(30), null);
                long id = apply(c, admin, twoCancers, ill, twoCancers.amountFen(), null, today.minusDays(10),
                        ApplicationStatus.REVIEWING, null);
                review(c, admin, id, false);
            }
            women.stream().filter(w -> w.ageOn(today) >= 35 && w.ageOn(today) <= 64).forEach(screenable::add);
        }
        campaign(c, admin, d.districtId(), screenable, today);
    }

    /** Creates an application and moves it to {@code status} the way staff would. */
    private long apply(Connection c, Caller admin, Programme p, PersonFacts w, long fen, String goods, LocalDate on,
                       ApplicationStatus status, PayChannel channel) throws SQLException {
        ReviewChain.Steps steps = ReviewChain.resolve(orgs, w.unitId(), p.reviewLevels());
        long id = ApplicationRepository.insert(c, admin, p.id(), w.id(), w.unitId(), on.getYear(), on, "生活困难，申请" + p.name(),
                fen, goods, steps.units(), steps.levels(), ApplicationRepository.served(c, p, w, on));
        if (status == ApplicationStatus.REVIEWING) {
            return id;
        }
        while (review(c, admin, id, true)) {
            // every level approves
        }
        Counters.reserveBudget(c, p, on.getYear(), fen);
        ApplicationRow a = ApplicationRepository.byId(c, id).orElseThrow();
        String account = channel == PayChannel.BANK
                ? BeneficiaryRepository.byPerson(c, w.id()).map(b -> b.bankAccount()).orElse(null) : null;
        ApplicationRepository.pay(c, a, on.plusDays(7), fen, channel, account);
        if (status == ApplicationStatus.RECEIVED) {
            ApplicationRepository.receive(c, ApplicationRepository.byId(c, id).orElseThrow(), on.plusDays(8), "本人签收");
        }
        return id;
    }

    /** One level's approval; answers whether more levels follow. */
    private static boolean review(Connection c, Caller admin, long id, boolean untilApproved) throws SQLException {
        ApplicationRow a = ApplicationRepository.byId(c, id).orElseThrow();
        ApplicationRepository.insertReview(c, a, admin, true, "情况属实，同意");
        if (a.lastStep()) {
            ApplicationRepository.advance(c, a, ApplicationStatus.APPROVED, a.step(), null, null);
            return false;
        }
        int next = a.step() + 1;
        ApplicationRepository.advance(c, a, ApplicationStatus.REVIEWING, next, a.reviewUnits().get(next),
                a.reviewLevels().get(next));
        return untilApproved;
    }

    /** This year's district campaign: all on the list invited, two in three screened, a few abnormal. */
    private static void campaign(Connection c, Caller admin, long district, List<PersonFacts> women, LocalDate today)
            throws SQLException {
        long id = Jdbc.insert(c, "INSERT INTO aid_campaign (unit_id, campaign_year, name, min_age, max_age, skip_years, "
                + "follow_up_days, created_at) VALUES (?, ?, ?, 35, 64, 2, 30, ?)", district, today.getYear(),
                today.getYear() + "年适龄妇女两癌免费筛查", Instant.now());
        LocalDate screened = today.getDayOfYear() > 50 ? today.minusDays(45) : today;
        for (int i = 0; i < women.size(); i++) {
            PersonFacts w = women.get(i);
            Jdbc.update(c, "INSERT INTO aid_invitation (campaign_id, person_id, unit_id, low_income, invited_on) "
                    + "VALUES (?, ?, ?, ?, ?)", id, w.id(), w.unitId(), i % 5 < 2, screened.minusDays(10));
            if (i % 3 == 2) {
                continue;
            }
            boolean abnormal = i % 7 == 0;
            long sid = Jdbc.insert(c, "INSERT INTO aid_screening (campaign_id, person_id, unit_id, screened_on, "
                    + "cervical_method, cervical_result, breast_clinical, breast_birads, abnormal, duplicate, consent_on, "
                    + "created_by, created_at) VALUES (?, ?, ?, ?, 'HPV', ?, 'NORMAL', '2', ?, FALSE, ?, ?, ?)",
                    id, w.id(), w.unitId(), screened, abnormal ? "ABNORMAL" : "NORMAL", abnormal, screened,
                    admin.userId(), Instant.now());
            if (abnormal) {
                Jdbc.insert(c, "INSERT INTO aid_follow_up (screening_id, person_id, unit_id, site, due_on) VALUES (?, ?, ?, ?, ?)",
                        sid, w.id(), w.unitId(), CancerSite.CERVICAL, screened.plusDays(30));
            }
        }
        Jdbc.update(c, "UPDATE aid_follow_up SET outcome = 'PRECANCER', stage = NULL, closed_on = ? WHERE id = "
                + "(SELECT MIN(f.id) FROM aid_follow_up f JOIN aid_screening s ON s.id = f.screening_id WHERE s.campaign_id = ?)",
                screened.plusDays(20).isAfter(today) ? today : screened.plusDays(20), id);
    }
}
