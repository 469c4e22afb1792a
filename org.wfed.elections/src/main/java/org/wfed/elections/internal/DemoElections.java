package org.wfed.elections.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.wfed.core.Caller;
import org.wfed.core.OrgService;
import org.wfed.core.dto.PersonFacts;
import org.wfed.core.extension.DemoDataProvider;
import org.wfed.core.extension.DemoDistrict;
import org.wfed.core.extension.ScaleDataProvider;
import org.wfed.elections.dto.OfficialRole;
import org.wfed.elections.dto.PositionKind;
import org.wfed.elections.dto.RoundOutcome;
import org.wfed.elections.dto.Step;
import org.wfed.elections.internal.rules.Contender;
import org.wfed.elections.internal.rules.ElectionDecision;
import org.wfed.elections.internal.rules.Eligibility;
import org.wfed.elections.internal.rules.Outcome;
import org.wfed.elections.internal.rules.Quorum;
import org.wfed.elections.internal.rules.RuleSet;
import org.wfed.elections.internal.rules.RoundCount;
import org.wfed.elections.internal.service.FilingSeats;
import org.wfed.elections.internal.store.ElectionRow;
import org.wfed.elections.internal.store.ElectionStore;
import org.wfed.elections.internal.store.RoundRow;
import org.wfed.elections.internal.store.TallyRow;

/**
 * Demo elections in the first street of the demo district: its communities stand at different
 * steps — the first finished and filed with full counts, the next counted, one with its lists
 * approved, one late at the request, the rest not started. At benchmark scale, every community
 * gets an election at a random step (most of them filed).
 */
@Component(service = {DemoDataProvider.class, ScaleDataProvider.class})
public final class DemoElections implements DemoDataProvider, ScaleDataProvider {

    /** Where generated elections stand: mostly filed, as in a 换届 year's autumn. */
    private static final Step[] SCALE_STEPS = {Step.FILED, Step.FILED, Step.FILED, Step.FILED, Step.RESULT_PUBLISHED,
        Step.CANDIDATES_APPROVED, Step.REQUEST_APPROVED, null};
    /** Eligible women an election needs: two seats at least (chair and vice-chair come from them) and two more candidates. */
    private static final int MIN_WOMEN = 4;
    /** People per community looked at for candidates at scale (the demo's "women first" order). */
    private static final int SCALE_POOL = 40;

    private static final Step[] REACHED = {Step.FILED, Step.RESULT_PUBLISHED, Step.CANDIDATES_APPROVED, Step.REQUEST_APPROVED};
    private static final String[] SECTORS = {"网格员", "教师", "医生", "社区工作者", "楼栋长", "人大代表", "幼儿园保育员"};

    private final ElectionStore store;
    private final OrgService org;
    private final People people;

    @Activate
    public DemoElections(@Reference ElectionStore store, @Reference OrgService org, @Reference People people) {
        this.store = store;
        this.org = org;
        this.people = people;
    }

    @Override
    public String id() {
        return "elections.demo";
    }

    @Override
    public void load(Connection c, Caller admin, DemoDistrict district) throws SQLException {
        if (district.streets().isEmpty()) {
            return;
        }
        List<Long> communities = district.communitiesByStreet().getOrDefault(district.streets().get(0), List.of());
        LocalDate today = LocalDate.now();
        for (int i = 0; i < communities.size() && i < REACHED.length; i++) {
            long unit = communities.get(i);
            List<Long> ids = district.peopleByCommunity().getOrDefault(unit, List.of());
            LocalDate day = i == 0 ? today.minusDays(60) : i == 1 ? today.minusDays(20) : i == 3 ? today.minusDays(10) : today.plusDays(20);
            Map<Long, PersonFacts> facts = people.facts(ids);
            List<Long> women = ids.stream().filter(id -> facts.get(id) != null
                    && Eligibility.reasons(facts.get(id), day, false, false).isEmpty()).toList();
            if (women.size() < MIN_WOMEN) {
                continue;
            }
            electionAt(c, admin, unit, women, facts, day, REACHED[i], i == 3 ? today.minusDays(5) : today.plusDays(60));
        }
    }

    @Override
    public void generate(Connection c, Caller admin, DemoDistrict part, Random random) throws SQLException {
        LocalDate today = LocalDate.now();
        generate(c, admin, part, today.getYear(), random);
    }

    /**
     * A 换届 is held once in a five-year term: the generated committees took office in 2021, so their
     * elections fall in the current year, and earlier years of a generated history hold none.
     */
    @Override
    public void generate(Connection c, Caller admin, DemoDistrict part, int year, Random random) throws SQLException {
        LocalDate today = LocalDate.now();
        if (year != today.getYear()) {
            return;
        }
        for (long unit : part.communities()) {
            Step reached = SCALE_STEPS[random.nextInt(SCALE_STEPS.length)];
            if (reached == null) {
                continue;
            }
            List<Long> ids = part.peopleByCommunity().getOrDefault(unit, List.of());
            ids = ids.subList(0, Math.min(SCALE_POOL, ids.size()));
            LocalDate day = today.minusDays(reached == Step.FILED ? 30 + random.nextInt(300) : random.nextInt(30));
            Map<Long, PersonFacts> facts = people.facts(ids);
            List<Long> women = ids.stream().filter(id -> facts.get(id) != null
                    && Eligibility.reasons(facts.get(id), day, false, false).isEmpty()).toList();
            if (women.size() >= MIN_WOMEN) {
                electionAt(c, admin, unit, women, facts, day, reached, day.plusDays(20 + random.nextInt(40)));
            }
        }
    }

    private void electionAt(Connection c, Caller admin, long unit, List<Long> women, Map<Long, PersonFacts> facts, LocalDate day,
                            Step reached, LocalDate deadline) throws SQLException {
        RuleSet rules = RuleSet.DEFAULT;
        int seats = Math.min(7, women.size() - 2);
        String unitName = org.get(unit).name();
        String title = (unitName.endsWith("妇联") ? unitName : unitName + "妇联") + "换届选举";
        long id = store.insertElection(c, unit, title, day, deadline, 5, rules.quorum().text(),
                rules.winning().text(), rules.surplusPercent());
        long exec = store.insertPosition(c, id, PositionKind.EXECUTIVE, seats, true);
        long chair = store.insertPosition(c, id, PositionKind.CHAIR, 1, false);
        long vice = store.insertPosition(c, id, PositionKind.VICE_CHAIR, 1, false);
        step(c, admin, id, Step.PREPARATION, day.minusDays(40));
        if (!reached.reached(Step.REQUEST_APPROVED)) {
            return;
        }
        step(c, admin, id, Step.REQUEST_APPROVED, day.minusDays(30));
        if (!reached.reached(Step.CANDIDATES_PROPOSED)) {
            setStep(c, id, reached);
            return;
        }
        int listed = rules.minimumCandidates(seats, true);
        List<Long> candidates = new ArrayList<>();
        for (int k = 0; k < listed; k++) {
            candidates.add(store.insertCandidate(c, exec, women.get(k), SECTORS[k % SECTORS.length], k == 0, k == 0));
        }
        long scrutineer = women.get(women.size() - 1);
        store.insertOfficial(c, id, OfficialRole.SCRUTINEER, facts.get(scrutineer).name(), scrutineer);
        store.insertOfficial(c, id, OfficialRole.COUNTER, "计票员", null);
        for (Step s : List.of(Step.CANDIDATES_PROPOSED, Step.CANDIDATES_VETTED, Step.CANDIDATES_APPROVED)) {
            step(c, admin, id, s, day.minusDays(20 - s.ordinal()));
        }
        int due = 60;
        int present = 52;
        if (!reached.reached(Step.CONGRESS)) {
            setStep(c, id, reached);
            return;
        }
        ElectionRow row = store.get(c, id);
        store.setAttendance(c, row, due, present, row.version());
        step(c, admin, id, Step.CONGRESS, day);
        long[] yes = new long[listed];
        for (int k = 0; k < listed; k++) {
            yes[k] = Math.max(10, 50 - k * 3L);
        }
        count(c, admin, rules, exec, candidates, women, facts, due, present, seats, yes);
        step(c, admin, id, Step.COUNTED, day);
        step(c, admin, id, Step.RESULT_PUBLISHED, day.plusDays(1));
        if (!reached.reached(Step.FIRST_MEETING)) {
            setStep(c, id, reached);
            return;
        }
        // the new committee elects its youngest members chair and vice-chair, as the summaries report (51 → 35)
        List<Long> byAge = new ArrayList<>(women.subList(0, seats));
        byAge.sort(java.util.Comparator.comparing((Long w) -> facts.get(w).birthDate()).reversed());
        long chairCandidate = store.insertCandidate(c, chair, byAge.get(0), SECTORS[3], true, true);
        long viceCandidate = store.insertCandidate(c, vice, byAge.get(1), SECTORS[1], true, false);
        count(c, admin, rules, chair, List.of(chairCandidate), byAge.subList(0, 1), facts, seats, seats, 1, new long[] {seats});
        count(c, admin, rules, vice, List.of(viceCandidate), byAge.subList(1, 2), facts, seats, seats, 1, new long[] {seats - 1});
        step(c, admin, id, Step.FIRST_MEETING, day.plusDays(3));
        org.replaceLeadership(c, admin, unit, FilingSeats.committee(store.load(c, id)), day, day.plusYears(5).minusDays(1),
                "elections:" + id);
        step(c, admin, id, Step.FILED, day.plusDays(10));
        ElectionRow done = store.get(c, id);
        store.setFiled(c, done, day.plusDays(10));
    }

    private void count(Connection c, Caller admin, RuleSet rules, long positionId, List<Long> candidateIds, List<Long> people,
                       Map<Long, PersonFacts> facts, int due, int present, int seats, long[] yes) throws SQLException {
        List<Contender> contenders = new ArrayList<>();
        for (int k = 0; k < candidateIds.size(); k++) {
            contenders.add(new Contender(String.valueOf(candidateIds.get(k)), facts.get(people.get(k)).name(), yes[k], false));
        }
        Outcome o = ElectionDecision.decide(rules, seats, due, contenders);
        String explanation = "第1轮：" + Quorum.check(rules, due, present).explanation() + "\n"
                + new RoundCount(present, present, present, 0).validity().explanation() + "\n" + String.join("\n", o.explanation());
        long round = store.insertRound(c, new RoundRow(0, positionId, 1, seats, due, present, present, present, present, 0,
                "TALLY", RoundOutcome.VALID, explanation), admin.userId());
        for (int k = 0; k < candidateIds.size(); k++) {
            String key = String.valueOf(candidateIds.get(k));
            boolean elected = o.elected().contains(key);
            store.insertTally(c, new TallyRow(round, candidateIds.get(k), null, yes[k], present - yes[k], 0, elected, o.tied().contains(key)));
            if (elected) {
                store.setElected(c, candidateIds.get(k), true, yes[k]);
            }
        }
    }

    private void step(Connection c, Caller admin, long id, Step step, LocalDate on) throws SQLException {
        store.insertStep(c, id, step, on, admin.displayName(), null, admin.userId());
        setStep(c, id, step);
    }

    private void setStep(Connection c, long id, Step step) throws SQLException {
        ElectionRow e = store.get(c, id);
        store.setStep(c, e, step, e.version());
    }
}
