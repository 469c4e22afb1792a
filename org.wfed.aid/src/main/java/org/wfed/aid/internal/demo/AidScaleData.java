package org.wfed.aid.internal.demo;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
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
import org.wfed.aid.internal.beneficiary.BeneficiaryRepository.NewBeneficiary;
import org.wfed.aid.internal.programme.CategoryRepository;
import org.wfed.aid.internal.programme.ProgrammeRepository;
import org.wfed.aid.internal.rules.CancerStages;
import org.wfed.aid.internal.rules.Candidate;
import org.wfed.aid.internal.rules.PastAid;
import org.wfed.aid.internal.rules.RecipientGroups;
import org.wfed.aid.internal.Codes;
import org.wfed.aid.internal.rules.EligibilityCheck;
import org.wfed.aid.internal.screening.DiagnosisRepository;
import org.wfed.core.AuditLog;
import org.wfed.core.Caller;
import org.wfed.core.Jdbc;
import org.wfed.core.OrgService;
import org.wfed.core.PeriodLocks;
import org.wfed.core.PersonService;
import org.wfed.core.WfedException;
import org.wfed.core.dto.PersonFacts;
import org.wfed.core.dto.Sex;
import org.wfed.core.extension.DemoDistrict;
import org.wfed.core.extension.ScaleDataProvider;

/**
 * A year of aid work for one street at benchmark scale ({@code WFED_GENERATE}): per community a handful of
 * beneficiaries in hardship, festival condolence visits reviewed, paid and mostly signed for, a few 春蕾/圆梦
 * education grants with their public notice, and the street's 两癌 screening campaign for women 35–64 with
 * results, follow-ups and diagnoses. Every application passes the eligibility rules, the review chain and the
 * budget/quota counters; rows are written in JDBC batches. Choices come only from the given {@code Random}.
 */
@Component(service = ScaleDataProvider.class)
public final class AidScaleData implements ScaleDataProvider {

    /** Budget of each shipped programme for the generated year, in fen: a district's real year, not the demo's. */
    static final long GENEROUS_BUDGET_FEN = 2_000_000_000L;
    /** Women screened within this many years before a campaign are not invited again (the default rule). */
    static final int SKIP_YEARS = 2;
    /** The women's insurance (女性安康保险): the generated city enrols most women 18–64, one policy each. */
    static final String INSURANCE = "WOMEN_INSURANCE";
    /** Policies a generated year's budget of the insurance carries: a city of two million people. */
    private static final long INSURED_PER_YEAR = 2_000_000L;
    /** Rows per multi-row INSERT of the insurance's applications and reviews. */
    private static final int MULTI_ROW = 100;

    private static final List<List<String>> ADULT_CATEGORIES = List.of(List.of("DIBAO"), List.of("TEKUN"),
            List.of("DIBAO_EDGE"), List.of("SINGLE_PARENT"), List.of("DISABLED", "DIBAO"), List.of("SHIDU"),
            List.of("DISABLED"), List.of("DIBAO", "SINGLE_PARENT"));
    private static final List<List<String>> CHILD_CATEGORIES = List.of(List.of("LEFT_BEHIND_CHILD"),
            List.of("SINGLE_PARENT", "DIBAO"), List.of("UNCARED_CHILD"), List.of("ORPHAN"), List.of("DIBAO"));
    private static final Set<String> LOW_INCOME = Set.of("DIBAO", "TEKUN", "DIBAO_EDGE");

    private final PersonService persons;
    private final OrgService orgs;
    private final PeriodLocks locks;
    private final AuditLog audit;

    @Activate
    public AidScaleData(@Reference AidSchema schema, @Reference PersonService persons, @Reference OrgService orgs,
                        @Reference PeriodLocks locks, @Reference AuditLog audit) {
        this.persons = persons;
        this.orgs = orgs;
        this.locks = locks;
        this.audit = audit;
    }

    @Override
    public String id() {
        return "aid";
    }

    /** What one street's generation wrote, for the audit entry and tests. */
    record Counts(int beneficiaries, int applications, int paid, int invited, int screened, int abnormal, int diagnosed,
                  int insured) {
    }

    @Override
    public void generate(Connection c, Caller admin, DemoDistrict part, Random random) throws SQLException {
        generate(c, admin, part, LocalDate.now().getYear(), random);
    }

    @Override
    public void generate(Connection c, Caller admin, DemoDistrict part, int year, Random random) throws SQLException {
        LocalDate today = LocalDate.now();
        Counts n = run(c, admin, part, random, year == today.getYear() ? today : LocalDate.of(year, 12, 31));
        audit.ok(c, admin, "aid.generate", "aid_application", part.streets().isEmpty() ? null : part.streets().get(0),
                n.toString());
    }

    /** The year of {@code end}, from 1 January to {@code end}. */
    Counts run(Connection c, Caller admin, DemoDistrict part, Random random, LocalDate end) throws SQLException {
        int year = end.getYear();
        LocalDate start = LocalDate.of(year, 1, 1);
        List<Long> everyone = part.peopleByCommunity().values().stream().flatMap(List::stream).toList();
        Map<Long, PersonFacts> facts = persons.facts(everyone);
        Map<String, Programme> programmes = new HashMap<>();
        for (Programme p : ProgrammeRepository.all(c)) {
            programmes.put(p.code(), generous(p));
        }
        EligibilityCheck rules = new EligibilityCheck(CategoryRepository.names(c));
        int applications = 0;
        int paid = 0;
        List<NewBeneficiary> beneficiaries = new ArrayList<>();
        List<Applicant> applicants = new ArrayList<>();
        Set<Long> already = new HashSet<>(BeneficiaryRepository.byPersons(c, everyone).keySet());
        int account = random.nextInt(1_000_000);
        for (long community : part.communities()) {
            locks.checkOpen(c, community, end);
            List<PersonFacts> people = part.peopleByCommunity().getOrDefault(community, List.of()).stream()
                    .map(facts::get).filter(f -> f != null && f.birthDate() != null && !already.contains(f.id())).toList();
            List<PersonFacts> women = people.stream().filter(f -> f.sex() == Sex.F && f.ageOn(end) >= 18).toList();
            List<PersonFacts> girls = people.stream().filter(f -> f.sex() == Sex.F && f.ageOn(end) >= 6
                    && f.ageOn(end) < 18).toList();
            int adults = Math.min(women.size(), 4 + random.nextInt(7));
            for (PersonFacts w : pick(women, adults, random)) {
                List<String> categories = ADULT_CATEGORIES.get(random.nextInt(ADULT_CATEGORIES.size()));
                beneficiaries.add(new NewBeneficiary(w.id(), w.unitId(), new BeneficiaryInput(w.id(), null, categories,
                        null, "农村商业银行", String.format("62284800%011d", account++), w.name(), null, null, null,
                        start.plusDays(random.nextInt(60)), null, start.minusDays(random.nextInt(700)), null, null)));
                applicants.add(new Applicant(w, categories, "FESTIVAL_VISIT"));
            }
            for (PersonFacts g : pick(girls, Math.min(girls.size(), 1 + random.nextInt(2)), random)) {
                List<String> categories = CHILD_CATEGORIES.get(random.nextInt(CHILD_CATEGORIES.size()));
                boolean child = g.ageOn(end) < 14;
                beneficiaries.add(new NewBeneficiary(g.id(), g.unitId(), new BeneficiaryInput(g.id(), null, categories,
                        null, "农村商业银行", String.format("62284800%011d", account++), "监护人", child ? "监护人" : null,
                        child ? "母亲" : null, null, null, child ? start.plusDays(random.nextInt(60)) : null,
                        start.minusDays(random.nextInt(700)), null, null)));
                applicants.add(new Applicant(g, categories, g.ageOn(end) >= 16 && random.nextBoolean() ? "DREAM_STUDY"
                        : "SPRING_BUD"));
            }
        }
        BeneficiaryRepository.insertAll(c, beneficiaries);

        for (Applicant a : applicants) {
            Programme p = programmes.get(a.programme());
            LocalDate on = applied(a.programme(), start, end, random);
            if (p == null || on == null) {
                continue;
            }
            Candidate who = new Candidate(a.who().sex(), a.who().ageOn(on), new HashSet<>(a.categories()),
                    ApplicationRepository.history(c, a.who().id(), 0), List.of());
            if (!rules.reasons(p.code(), p.name(), p.rules(), who, on.getYear()).isEmpty()) {
                continue;
            }
            long fen = p.amountFen() != null ? p.amountFen() : 20_000 + 10_000L * random.nextInt(6);
            boolean goods = p.amountFen() == null && random.nextInt(3) == 0;
            ApplicationStatus target = on.plusDays(40).isAfter(end) ? ApplicationStatus.REVIEWING
                    : random.nextInt(10) < 8 ? ApplicationStatus.RECEIVED : ApplicationStatus.PAID;
            if (applyThrough(c, admin, p, a.who(), fen, goods ? "大米、食用油、棉被" : null, on, target, random)) {
                paid++;
            }
            applications++;
        }
        int insured = insure(c, admin, part, facts, programmes.get(INSURANCE), rules, start, end, random);
        Screening s = campaign(c, admin, part, facts, beneficiaries, year, start, end, random);
        // 两癌救助: about one in three women with a qualifying cancer lives on 低保 and is aided (quota 3 per unit)
        Programme twoCancers = programmes.get("TWO_CANCERS_AID");
        Set<Long> registered = new HashSet<>(already);
        beneficiaries.forEach(b -> registered.add(b.personId()));
        for (Diagnosed d : s.qualifying) {
            LocalDate on = d.on().plusDays(7 + random.nextInt(14));
            if (twoCancers == null || on.isAfter(end) || random.nextInt(3) != 0) {
                continue;
            }
            if (!registered.contains(d.who().id())) {
                BeneficiaryRepository.insertAll(c, List.of(new NewBeneficiary(d.who().id(), d.who().unitId(),
                        new BeneficiaryInput(d.who().id(), null, List.of("DIBAO"), null, "农村商业银行",
                                String.format("62284800%011d", account++), d.who().name(), null, null, null, on, null,
                                start.minusDays(random.nextInt(700)), null, null))));
                registered.add(d.who().id());
            }
            List<String> categories = BeneficiaryRepository.byPerson(c, d.who().id()).orElseThrow().categories();
            Candidate who = new Candidate(d.who().sex(), d.who().ageOn(on), new HashSet<>(categories),
                    ApplicationRepository.history(c, d.who().id(), 0), DiagnosisRepository.facts(c, d.who().id()));
            if (rules.reasons(twoCancers.code(), twoCancers.name(), twoCancers.rules(), who, on.getYear()).isEmpty()) {
                applications++;
                if (applyThrough(c, admin, twoCancers, d.who(), twoCancers.amountFen(), null, on,
                        on.plusDays(40).isAfter(end) ? ApplicationStatus.REVIEWING : ApplicationStatus.RECEIVED, random)) {
                    paid++;
                }
            }
        }
        return new Counts(beneficiaries.size(), applications, paid, s.invited, s.screened, s.abnormal, s.diagnosed,
                insured);
    }

    private record Applicant(PersonFacts who, List<String> categories, String programme) {
    }

    /**
     * The shipped programme with a budget that carries a whole district's year (the counters still apply); the
     * insurance's carries a city's enrolment.
     */
    private static Programme generous(Programme p) {
        long budget = INSURANCE.equals(p.code()) && p.amountFen() != null
                ? Math.max(GENEROUS_BUDGET_FEN, p.amountFen() * INSURED_PER_YEAR) : GENEROUS_BUDGET_FEN;
        return p.budgetFen() == null || p.budgetFen() >= budget ? p
                : new Programme(p.id(), p.code(), p.name(), p.kind(), p.fundSource(), p.description(), p.amountFen(),
                        budget, p.quotaPerUnit(), p.rules(), p.reviewLevels(), p.noticeDays(), p.channels(),
                        p.active(), p.version());
    }

    /**
     * The street's enrolment in the women's insurance (女性安康保险投保): in January each community lists about nine in
     * ten of its women aged 18–64; each passes the programme's eligibility rules (sex, age, once a year, her history
     * read per community in one query), the community's review chain approves (one review row per level), the
     * budget counter takes the community's premiums in one conditional update (refused → the community is left
     * out) and the quota one place each when the programme has one, the period lock is checked, the premium is paid
     * to the insurer and the policy handed over. Rows go in 100 per multi-row INSERT: a city's enrolment is a
     * million applications.
     */
    private int insure(Connection c, Caller admin, DemoDistrict part, Map<Long, PersonFacts> facts, Programme p,
                       EligibilityCheck rules, LocalDate start, LocalDate end, Random random) throws SQLException {
        if (p == null || !p.active() || p.amountFen() == null || !p.channels().contains(PayChannel.INSURER)) {
            return 0;
        }
        LocalDate on = start.plusDays(8 + random.nextInt(14));
        if (on.isAfter(end)) {
            return 0;
        }
        long fen = p.amountFen();
        int insured = 0;
        for (long community : part.communities()) {
            List<Long> people = part.peopleByCommunity().getOrDefault(community, List.of());
            Map<Long, List<PastAid>> history = historyOf(c, community);
            Map<Long, List<String>> categories = BeneficiaryRepository.categoriesOf(c, people);
            List<PersonFacts> enrolled = new ArrayList<>();
            for (long id : people) {
                PersonFacts f = facts.get(id);
                if (f == null || f.sex() != Sex.F || f.ageOn(on) < 18 || f.ageOn(on) > 64 || random.nextInt(100) >= 90) {
                    continue;
                }
                Candidate who = new Candidate(f.sex(), f.ageOn(on), new HashSet<>(categories.getOrDefault(id, List.of())),
                        history.getOrDefault(id, List.of()), List.of());
                if (rules.reasons(p.code(), p.name(), p.rules(), who, on.getYear()).isEmpty()) {
                    enrolled.add(f);
                }
            }
            if (enrolled.isEmpty()) {
                continue;
            }
            locks.checkOpen(c, community, on);
            try {
                for (int i = 0; i < enrolled.size() && p.quotaPerUnit() != null; i++) {
                    Counters.takeQuota(c, p, community, on.getYear());
                }
                Counters.reserveBudget(c, p, on.getYear(), fen * enrolled.size());
            } catch (WfedException full) {
                continue;
            }
            ReviewChain.Steps steps = ReviewChain.resolve(orgs, community, p.reviewLevels());
            LocalDate paidOn = on.plusDays(5 + random.nextInt(10));
            LocalDate handedOn = paidOn.plusDays(random.nextInt(10));
            ApplicationStatus status = paidOn.isAfter(end) ? ApplicationStatus.APPROVED
                    : handedOn.isAfter(end) ? ApplicationStatus.PAID : ApplicationStatus.RECEIVED;
            if (status != ApplicationStatus.APPROVED) {
                locks.checkOpen(c, community, paidOn);
            }
            insertPolicies(c, admin, p, enrolled, on, steps, status, paidOn, handedOn);
            insertReviews(c, admin, p, community, on, steps);
            insured += enrolled.size();
        }
        return insured;
    }

    /** The person → earlier applications (not rejected) of the people of one community, in one query. */
    private static Map<Long, List<PastAid>> historyOf(Connection c, long community) throws SQLException {
        Map<Long, List<PastAid>> out = new HashMap<>();
        for (Object[] r : Jdbc.list(c, "SELECT a.person_id, p.code, p.name, a.aid_year FROM aid_application a "
                + "JOIN aid_programme p ON p.id = a.programme_id WHERE a.unit_id = ? AND a.status <> ?",
                rs -> new Object[] {rs.getLong(1), new PastAid(rs.getString(2), rs.getString(3), rs.getInt(4))},
                community, ApplicationStatus.REJECTED)) {
            out.computeIfAbsent((Long) r[0], k -> new ArrayList<>()).add((PastAid) r[1]);
        }
        return out;
    }

    /** The approved applications, paid to the insurer and handed over as far as the year has come. */
    private static void insertPolicies(Connection c, Caller admin, Programme p, List<PersonFacts> enrolled, LocalDate on,
                                       ReviewChain.Steps steps, ApplicationStatus status, LocalDate paidOn,
                                       LocalDate handedOn) throws SQLException {
        boolean paid = status != ApplicationStatus.APPROVED;
        boolean handed = status == ApplicationStatus.RECEIVED;
        Timestamp now = Timestamp.from(Instant.now());
        // the version counts the changes the row went through: one per review level, payment, hand-over
        int version = steps.levels().size() + (paid ? 1 : 0) + (handed ? 1 : 0);
        for (int i = 0; i < enrolled.size(); i += MULTI_ROW) {
            List<PersonFacts> part = enrolled.subList(i, Math.min(enrolled.size(), i + MULTI_ROW));
            List<Object> params = new ArrayList<>(part.size() * 20);
            for (PersonFacts f : part) {
                params.addAll(java.util.Arrays.asList(p.id(), f.id(), f.unitId(), on.getYear(), on,
                        on.getYear() + "年度" + p.name() + "投保", p.amountFen(), status,
                        Codes.join(steps.units()), Codes.join(steps.levels()), steps.levels().size() - 1,
                        paid ? paidOn : null, paid ? p.amountFen() : null, paid ? PayChannel.INSURER : null,
                        handed ? handedOn : null, handed ? "保单已送达本人" : null, admin.userId(), now, version,
                        RecipientGroups.personKind(f.sex(), f.ageOn(on))));
            }
            Jdbc.update(c, "INSERT INTO aid_application (programme_id, person_id, unit_id, aid_year, applied_on, reason, "
                    + "amount_fen, status, review_units, review_levels, review_step, paid_on, paid_fen, channel, "
                    + "received_on, receipt_note, created_by, created_at, version, person_kind) VALUES "
                    + String.join(", ", java.util.Collections.nCopies(part.size(), "(" + Jdbc.placeholders(20) + ")")),
                    params.toArray());
        }
    }

    /** One approving review per level of each policy just written (found again by programme, unit and year). */
    private static void insertReviews(Connection c, Caller admin, Programme p, long community, LocalDate on,
                                      ReviewChain.Steps steps) throws SQLException {
        List<Long> ids = Jdbc.list(c, "SELECT a.id FROM aid_application a WHERE a.programme_id = ? AND a.unit_id = ? "
                + "AND a.aid_year = ? AND NOT EXISTS (SELECT 1 FROM aid_review r WHERE r.application_id = a.id)",
                rs -> rs.getLong(1), p.id(), community, on.getYear());
        Timestamp decided = Timestamp.from(on.plusDays(2).atTime(10, 0).atZone(java.time.ZoneId.systemDefault()).toInstant());
        int levels = steps.levels().size();
        int perInsert = Math.max(1, MULTI_ROW / levels);
        for (int i = 0; i < ids.size(); i += perInsert) {
            List<Long> part = ids.subList(i, Math.min(ids.size(), i + perInsert));
            List<Object> params = new ArrayList<>(part.size() * levels * 9);
            for (long id : part) {
                for (int step = 0; step < levels; step++) {
                    params.addAll(java.util.Arrays.asList(id, step, steps.levels().get(step), steps.units().get(step),
                            "APPROVE", "情况属实，同意投保", admin.userId(), admin.displayName(), decided));
                }
            }
            Jdbc.update(c, "INSERT INTO aid_review (application_id, step, review_level, unit_id, decision, comment_text, "
                    + "reviewer_id, reviewer_name, decided_at) VALUES "
                    + String.join(", ", java.util.Collections.nCopies(part.size() * levels, "(" + Jdbc.placeholders(9) + ")")),
                    params.toArray());
        }
    }

    /** The day a programme's application is made: festival visits before 春节, 三八 or 六一; grants before school. */
    private static LocalDate applied(String programme, LocalDate start, LocalDate end, Random random) {
        LocalDate on = switch (programme) {
            case "FESTIVAL_VISIT" -> switch (random.nextInt(3)) {
                case 0 -> start.plusDays(10 + random.nextInt(20));
                case 1 -> start.withMonth(2).withDayOfMonth(20 + random.nextInt(8));
                default -> start.withMonth(5).withDayOfMonth(15 + random.nextInt(14));
            };
            default -> start.withMonth(7).withDayOfMonth(1 + random.nextInt(28));
        };
        return on.isAfter(end) ? null : on;
    }

    /** Application → every review level → budget and quota → notice when required → payment → receipt. */
    private boolean applyThrough(Connection c, Caller admin, Programme p, PersonFacts w, long fen, String goods,
                                 LocalDate on, ApplicationStatus target, Random random) throws SQLException {
        if (target != ApplicationStatus.REVIEWING) {
            // the counters first: a full quota or budget refuses before anything is written (the failed
            // conditional update changes nothing), as the final approval would
            try {
                Counters.takeQuota(c, p, w.unitId(), on.getYear());
                Counters.reserveBudget(c, p, on.getYear(), fen);
            } catch (WfedException full) {
                return false;
            }
        }
        ReviewChain.Steps steps = ReviewChain.resolve(orgs, w.unitId(), p.reviewLevels());
        long id = ApplicationRepository.insert(c, admin, p.id(), w.id(), w.unitId(), on.getYear(), on,
                "家庭困难，申请" + p.name(), fen, goods, steps.units(), steps.levels(), ApplicationRepository.served(c, p, w, on));
        if (target == ApplicationStatus.REVIEWING) {
            return false;
        }
        ApplicationRow a = ApplicationRepository.byId(c, id).orElseThrow();
        while (true) {
            ApplicationRepository.insertReview(c, a, admin, true, "情况属实，同意");
            if (a.lastStep()) {
                ApplicationRepository.advance(c, a, ApplicationStatus.APPROVED, a.step(), null, null);
                break;
            }
            int next = a.step() + 1;
            ApplicationRepository.advance(c, a, ApplicationStatus.REVIEWING, next, a.reviewUnits().get(next),
                    a.reviewLevels().get(next));
            a = ApplicationRepository.byId(c, id).orElseThrow();
        }
        LocalDate payOn = on.plusDays(5 + random.nextInt(10));
        if (p.noticeDays() > 0) {
            ApplicationRepository.notice(c, ApplicationRepository.byId(c, id).orElseThrow(), on.plusDays(3),
                    on.plusDays(2L + p.noticeDays()));
            payOn = on.plusDays(3L + p.noticeDays() + random.nextInt(10));
        }
        PayChannel channel = goods != null ? PayChannel.GOODS : p.channels().contains(PayChannel.BANK)
                && (p.channels().size() == 1 || random.nextBoolean()) ? PayChannel.BANK : p.channels().get(0);
        String account = channel == PayChannel.BANK
                ? BeneficiaryRepository.byPerson(c, w.id()).map(b -> b.bankAccount()).orElse(null) : null;
        ApplicationRepository.pay(c, ApplicationRepository.byId(c, id).orElseThrow(), payOn, fen, channel, account);
        if (target == ApplicationStatus.RECEIVED) {
            ApplicationRepository.receive(c, ApplicationRepository.byId(c, id).orElseThrow(),
                    payOn.plusDays(random.nextInt(5)), "本人签收");
        }
        return true;
    }

    private record Diagnosed(PersonFacts who, LocalDate on) {
    }

    private static final class Screening {
        final List<Diagnosed> qualifying = new ArrayList<>();
        int invited;
        int screened;
        int abnormal;
        int diagnosed;
    }

    /** The street's campaign: women 35–64 invited, about four in five screened, a few abnormal and followed up. */
    private Screening campaign(Connection c, Caller admin, DemoDistrict part, Map<Long, PersonFacts> facts,
                               List<NewBeneficiary> beneficiaries, int year, LocalDate start, LocalDate end,
                               Random random) throws SQLException {
        Screening out = new Screening();
        if (part.streets().isEmpty()) {
            return out;
        }
        long street = part.streets().get(0);
        LocalDate ref = LocalDate.of(year, 12, 31);
        Set<Long> lowIncome = new HashSet<>();
        for (NewBeneficiary b : beneficiaries) {
            if (b.input().categories().stream().anyMatch(LOW_INCOME::contains)) {
                lowIncome.add(b.personId());
            }
        }
        long campaign = Jdbc.insert(c, "INSERT INTO aid_campaign (unit_id, campaign_year, name, min_age, max_age, "
                + "skip_years, follow_up_days, created_at) VALUES (?, ?, ?, 35, 64, ?, 30, ?)", street, year,
                orgs.get(street).name() + year + "年适龄妇女两癌免费筛查", SKIP_YEARS, Instant.now());
        Set<Long> screenedLately = screenedSince(c, part.communities(), start.minusYears(SKIP_YEARS), start);
        LocalDate invitedOn = start.plusDays(60 + random.nextInt(30));
        if (invitedOn.isAfter(end)) {
            invitedOn = end;
        }
        Timestamp now = Timestamp.from(Instant.now());
        List<PersonFacts> abnormal = new ArrayList<>();
        List<LocalDate> abnormalOn = new ArrayList<>();
        List<String> abnormalSite = new ArrayList<>();
        try (PreparedStatement inv = c.prepareStatement("INSERT INTO aid_invitation (campaign_id, person_id, unit_id, "
                + "low_income, invited_on) VALUES (?, ?, ?, ?, ?)");
             PreparedStatement scr = c.prepareStatement("INSERT INTO aid_screening (campaign_id, person_id, unit_id, "
                     + "screened_on, cervical_method, cervical_result, breast_clinical, breast_birads, abnormal, "
                     + "duplicate, consent_on, created_by, created_at) VALUES (?, ?, ?, ?, ?, 'NORMAL', 'NORMAL', ?, "
                     + "FALSE, FALSE, ?, ?, ?)")) {
            for (long community : part.communities()) {
                for (long id : part.peopleByCommunity().getOrDefault(community, List.of())) {
                    PersonFacts f = facts.get(id);
                    if (f == null || f.sex() != Sex.F || f.ageOn(ref) < 35 || f.ageOn(ref) > 64 || screenedLately.contains(id)) {
                        continue;
                    }
                    Jdbc.bind(inv, campaign, f.id(), f.unitId(), lowIncome.contains(f.id()), invitedOn);
                    inv.addBatch();
                    out.invited++;
                    LocalDate on = invitedOn.plusDays(7 + random.nextInt(120));
                    if (random.nextInt(100) >= 82 || on.isAfter(end)) {
                        continue;
                    }
                    out.screened++;
                    int roll = random.nextInt(1000);
                    if (roll < 45) {
                        abnormal.add(f);
                        abnormalOn.add(on);
                        abnormalSite.add(roll < 30 ? "CERVICAL" : "BREAST");
                        continue;
                    }
                    Jdbc.bind(scr, campaign, f.id(), f.unitId(), on, random.nextBoolean() ? "HPV" : "TBS",
                            random.nextInt(4) == 0 ? "1" : "2", invitedOn, admin.userId(), now);
                    scr.addBatch();
                    if (out.screened % 1000 == 0) {
                        inv.executeBatch();
                        scr.executeBatch();
                    }
                }
            }
            inv.executeBatch();
            scr.executeBatch();
        }
        out.abnormal = abnormal.size();
        for (int i = 0; i < abnormal.size(); i++) {
            PersonFacts f = abnormal.get(i);
            LocalDate on = abnormalOn.get(i);
            boolean cervical = abnormalSite.get(i).equals("CERVICAL");
            long sid = Jdbc.insert(c, "INSERT INTO aid_screening (campaign_id, person_id, unit_id, screened_on, "
                    + "cervical_method, cervical_result, breast_clinical, breast_birads, abnormal, duplicate, consent_on, "
                    + "created_by, created_at) VALUES (?, ?, ?, ?, 'HPV', ?, ?, ?, TRUE, FALSE, ?, ?, ?)",
                    campaign, f.id(), f.unitId(), on, cervical ? "ABNORMAL" : "NORMAL", cervical ? "NORMAL" : "ABNORMAL",
                    cervical ? "2" : "4", invitedOn, admin.userId(), now);
            CancerSite site = cervical ? CancerSite.CERVICAL : CancerSite.BREAST;
            long fid = Jdbc.insert(c, "INSERT INTO aid_follow_up (screening_id, person_id, unit_id, site, due_on) "
                    + "VALUES (?, ?, ?, ?, ?)", sid, f.id(), f.unitId(), site, on.plusDays(30));
            LocalDate closed = on.plusDays(10 + random.nextInt(40));
            if (closed.isAfter(end) || random.nextInt(10) == 0) {
                continue;
            }
            int outcome = random.nextInt(100);
            String result = outcome < 70 ? "CLEARED" : outcome < 93 ? "PRECANCER" : "CANCER";
            String stage = !result.equals("CANCER") ? null : cervical ? List.of("IA", "IB", "IIA", "IIB").get(random.nextInt(4))
                    : null;
            Jdbc.update(c, "UPDATE aid_follow_up SET outcome = ?, stage = ?, closed_on = ?, version = version + 1 "
                    + "WHERE id = ?", result, stage, closed, fid);
            if (!result.equals("CLEARED")) {
                out.diagnosed++;
                if (result.equals("CANCER")) {
                    DiagnosisRepository.insert(c, admin, f.id(), f.unitId(), site, stage, !cervical, closed, fid);
                    if (CancerStages.qualifies(site, stage, !cervical)) {
                        out.qualifying.add(new Diagnosed(f, closed));
                    }
                }
            }
        }
        return out;
    }

    /** Who among the communities' people was screened from {@code from} (inclusive) to {@code to}. */
    private static Set<Long> screenedSince(Connection c, List<Long> communities, LocalDate from, LocalDate to)
            throws SQLException {
        Set<Long> out = new HashSet<>();
        if (communities.isEmpty()) {
            return out;
        }
        String units = String.join(", ", java.util.Collections.nCopies(communities.size(), "?"));
        List<Object> params = new ArrayList<>(communities);
        params.add(from);
        params.add(to);
        out.addAll(Jdbc.list(c, "SELECT person_id FROM aid_screening WHERE unit_id IN (" + units
                + ") AND screened_on >= ? AND screened_on < ?", rs -> rs.getLong(1), params.toArray()));
        return out;
    }

    /** {@code n} distinct people chosen with {@code random}. */
    private static List<PersonFacts> pick(List<PersonFacts> from, int n, Random random) {
        List<PersonFacts> pool = new ArrayList<>(from);
        List<PersonFacts> out = new ArrayList<>(n);
        for (int i = 0; i < n && !pool.isEmpty(); i++) {
            out.add(pool.remove(random.nextInt(pool.size())));
        }
        return out;
    }
}
