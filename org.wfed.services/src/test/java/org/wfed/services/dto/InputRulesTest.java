package org.wfed.services.dto;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.wfed.core.WfedException;

/** The input records refuse what the module's rules refuse, naming the field, before anything reaches the database. */
class InputRulesTest {
    private static final LocalDate DAY = LocalDate.of(2025, 6, 1);

    private static String field(Runnable r) {
        WfedException e = assertThrows(WfedException.class, r::run);
        assertEquals(400, e.status());
        return e.fields().get(0).field();
    }

    @Test
    void aWishIsFulfilledOnlyOnceClaimedAndNotBeforeTheClaim() {
        assertEquals("fulfilledOn", field(() -> new WishInput(1, "书包", null, "小花", DAY, null, null, DAY, null, null)));
        assertEquals("fulfilledOn", field(() -> new WishInput(1, "书包", null, "小花", DAY, "志愿者", DAY.plusDays(2), DAY.plusDays(1),
                null, null)));
        assertEquals("claimedOn", field(() -> new WishInput(1, "书包", null, "小花", DAY, "志愿者", DAY.minusDays(1), null, null, null)));
        assertEquals("claimedBy", field(() -> new WishInput(1, "书包", null, "小花", DAY, null, DAY, null, null, null)));
        assertEquals("value", field(() -> new WishInput(1, "书包", new BigDecimal("1.234"), "小花", DAY, null, null, null, null, null)));
        new WishInput(1, "书包", new BigDecimal("80.50"), "小花", DAY, "志愿者", DAY, DAY, "上门送达", null);
    }

    @Test
    void aTraineeIsCertifiedOnlyOnceCompletedAndFlagsDefaultToNo() {
        assertEquals("certified", field(() -> new TraineeInput(null, "李丽", false, true, false, null, null)));
        assertEquals("name", field(() -> new TraineeInput(null, " ", true, true, false, null, null)));
        TraineeInput t = new TraineeInput(null, "李丽", null, null, null, null, null);
        assertFalse(t.completed() || t.certified() || t.employedAfter());
    }

    @Test
    void postsCoursesAndSeekersCheckTheirFields() {
        assertEquals("places", field(() -> new JobPostInput(1, null, "某公司", "收银员", 0, null, DAY, null, null)));
        assertEquals("source", field(() -> new JobPostInput(1, "OTHER", "某公司", "收银员", 1, null, DAY, null, null)));
        assertEquals("closedOn", field(() -> new JobPostInput(1, null, "某公司", "收银员", 1, null, DAY, DAY.minusDays(1), null)));
        assertEquals("EMPLOYER", new JobPostInput(1, " ", "某公司", "收银员", 1, null, DAY, null, null).source());
        assertEquals("kind", field(() -> new CourseInput(1, "培训", "COOKING", DAY, DAY, null, null, null, null)));
        assertEquals("hours", field(() -> new CourseInput(1, "培训", "CHILDCARE", DAY, DAY, new BigDecimal("1.25"), null, null, null)));
        assertEquals("unemployedSince", field(() -> new SeekerInput(1, null, "王女士", null, null, DAY, false, DAY, null)));
        assertEquals("name", field(() -> new SeekerInput(1, null, null, null, null, DAY, null, null, null)));
        assertEquals("employer", field(() -> new PlacementInput(1, null, null, DAY, null, null, null, null)));
        assertEquals("agreements", field(() -> new JobFairInput(1, DAY, "招聘会", 1, 1, 10, 11, null)));
    }

    @Test
    void aReferralNamesItsSeekerPostDayAndAKnownOutcome() {
        assertEquals("PENDING", new ReferralInput(1, 2, DAY, null, null, null).outcome());
        assertEquals("outcome", field(() -> new ReferralInput(1, 2, DAY, null, "MAYBE", null)));
        assertEquals("jobId", field(() -> new ReferralInput(1, 0, DAY, null, "HIRED", null)));
        assertEquals("referredOn", field(() -> new ReferralInput(1, 2, LocalDate.now().plusDays(2), null, null, null)));
        assertEquals("referralId", field(() -> new PlacementInput(1, null, "某公司", DAY, null, null, 0L, null)));
    }

    @Test
    void aTraineesPlacementMakesHerEmployedAfter() {
        assertEquals(true, new TraineeInput(null, "李丽", true, false, false, 5L, null).employedAfter());
        assertEquals("placementId", field(() -> new TraineeInput(null, "李丽", true, false, true, -1L, null)));
    }
}
