package org.wfed.elections.internal.stats;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Map;
import java.util.TreeMap;
import org.wfed.core.dto.Education;
import org.wfed.elections.dto.Composition;
import org.wfed.elections.dto.PositionKind;
import org.wfed.elections.dto.PreviousGroup;

/**
 * The sums a committee's composition is reported from, for one position of one unit (or more, added up): members,
 * the sum of the ages known and how many they are, under 35, 大专及以上, postgraduates, party members, in the 两委.
 * Averages are taken from the sums at every level (a street's average age is over all its members), never averaged.
 */
public final class Committee {
    long members;
    BigDecimal ageSum = BigDecimal.ZERO;
    long withAge;
    long under35;
    long college;
    long postgraduate;
    long partyMembers;
    long inTwoCommittees;
    /** Members by sector, where known member by member (not for an entered term). */
    final Map<String, Integer> sectors = new TreeMap<>();

    /** Adds one member of a new committee, with her registry facts (null when unknown) on election day. */
    public void add(CommitteeMember m, org.wfed.core.dto.PersonFacts facts) {
        add(new Member(facts, m.sector(), m.inTwoCommittees()), m.day());
    }

    /** Adds another committee's sums (another unit's or election's). */
    public void add(Committee o) {
        addSums(o);
    }

    /** Adds one member, with her registry facts (null when unknown) on the day. */
    void add(Member m, LocalDate day) {
        members++;
        int age = m.facts() == null ? -1 : m.facts().ageOn(day);
        if (age >= 0) {
            ageSum = ageSum.add(BigDecimal.valueOf(age));
            withAge++;
            under35 += age < Compositions.YOUNG ? 1 : 0;
        }
        Education e = m.facts() == null ? null : m.facts().education();
        college += e != null && e.isCollegeOrAbove() ? 1 : 0;
        postgraduate += e != null && e.compareTo(Education.MASTER) >= 0 ? 1 : 0;
        partyMembers += m.facts() != null && m.facts().partyMember() ? 1 : 0;
        inTwoCommittees += m.inTwoCommittees() ? 1 : 0;
        String sector = m.sector() != null && !m.sector().isBlank() ? m.sector()
                : m.facts() != null && m.facts().occupation() != null ? m.facts().occupation() : "其他";
        sectors.merge(sector, 1, Integer::sum);
    }

    /** The composition as the statistics show it (average age with one decimal, null when no age is known). */
    Composition composition(PositionKind kind) {
        Double average = withAge == 0 ? null
                : ageSum.divide(BigDecimal.valueOf(withAge), 1, RoundingMode.HALF_UP).doubleValue();
        return new Composition(kind.name(), kind.zh(), (int) members, average, (int) under35, (int) college, (int) partyMembers,
                (int) inTwoCommittees, sectors);
    }

    /** Adds a position of a previous term as entered; an average age stands for each of its members. */
    void add(PreviousGroup g) {
        int n = g.members() == null ? 0 : g.members();
        members += n;
        if (g.averageAge() != null && n > 0) {
            ageSum = ageSum.add(g.averageAge().multiply(BigDecimal.valueOf(n)));
            withAge += n;
        }
        under35 += zeroIfNull(g.under35());
        college += zeroIfNull(g.college());
        postgraduate += zeroIfNull(g.postgraduate());
        partyMembers += zeroIfNull(g.partyMembers());
        inTwoCommittees += zeroIfNull(g.inTwoCommittees());
    }

    private void addSums(Committee o) {
        members += o.members;
        ageSum = ageSum.add(o.ageSum);
        withAge += o.withAge;
        under35 += o.under35;
        college += o.college;
        postgraduate += o.postgraduate;
        partyMembers += o.partyMembers;
        inTwoCommittees += o.inTwoCommittees;
        o.sectors.forEach((k, v) -> sectors.merge(k, v, Integer::sum));
    }

    private static int zeroIfNull(Integer n) {
        return n == null ? 0 : n;
    }

    public long members() { return members; }

    public BigDecimal ageSum() { return ageSum; }

    public long withAge() { return withAge; }

    public long under35() { return under35; }

    public long college() { return college; }

    public long postgraduate() { return postgraduate; }

    public long partyMembers() { return partyMembers; }

    public long inTwoCommittees() { return inTwoCommittees; }
}
