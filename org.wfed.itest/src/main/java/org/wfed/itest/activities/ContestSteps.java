package org.wfed.itest.activities;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.wfed.itest.Api;

/** The steps of a contest through HTTP, shared by the activities tests and the seed replay. */
public final class ContestSteps {
    private ContestSteps() {
    }

    /** A unit that has existed since 2020, so that records of past dates may belong to it. */
    static long unit(Api api, long parentId, String kind, String name) {
        return api.post("orgs", Map.of("parentId", parentId, "kind", kind, "name", name, "effective", "2020-01-01"))
                .expect(201).body().path("id").asLong();
    }

    static long typeId(Api api, String code) {
        for (JsonNode t : api.get("activities/contest-types").expect(200).body()) {
            if (t.path("code").asText().equals(code)) {
                return t.path("id").asLong();
            }
        }
        throw new AssertionError("no contest type " + code);
    }

    static long person(Api api, long unitId, String name) {
        return api.post("people", Map.of("unitId", unitId, "name", name, "sex", "F", "birthDate", "1978-03-08"))
                .expect(201).body().path("id").asLong();
    }

    static JsonNode contest(Api api, long unitId, String typeCode, int year) {
        return api.post("activities/contests", Map.of("unitId", unitId, "typeId", typeId(api, typeCode), "contestYear", year))
                .expect(201).body();
    }

    static long family(Api api, long contestId, String household, long... members) {
        List<Map<String, Object>> list = new ArrayList<>();
        for (long m : members) {
            list.add(Map.of("personId", m, "relation", list.isEmpty() ? "户主" : "家庭成员"));
        }
        return api.post("activities/contests/" + contestId + "/nominees", Map.of("name", household, "members", list,
                "story", household + "热心公益，邻里和睦。", "nominatedBy", "OTHERS")).expect(201).body().path("id").asLong();
    }

    static int version(Api api, long contestId) {
        return api.get("activities/contests/" + contestId).expect(200).body().path("version").asInt();
    }

    static JsonNode review(Api api, long contestId) {
        return api.post("activities/contests/" + contestId + "/review", Map.of("version", version(api, contestId))).expect(200).body();
    }

    static JsonNode notice(Api api, long contestId, String startOn) {
        return api.post("activities/contests/" + contestId + "/notice", Map.of("startOn", startOn,
                "version", version(api, contestId))).expect(200).body();
    }

    static Api.Reply finaliseReply(Api api, long contestId) {
        return api.post("activities/contests/" + contestId + "/finalise", Map.of("version", version(api, contestId)));
    }

    static JsonNode commend(Api api, long contestId, String on) {
        return api.post("activities/contests/" + contestId + "/commend", Map.of("commendedOn", on, "documentNo", "妇字〔2026〕8号",
                "version", version(api, contestId))).expect(200).body();
    }

    /** The first such weekday after today: a notice may start no earlier than the day its choice is made. */
    static LocalDate next(DayOfWeek day) {
        return LocalDate.now().with(TemporalAdjusters.next(day));
    }

    /**
     * Lets a started notice run its course: moves its start and end back by whole weeks (weekdays and so the
     * working-day count stay as they were) until it ended before yesterday. The server refuses a notice dated
     * before the choice it announces, so tests that need one over let the time pass in the database.
     */
    static JsonNode letNoticeRun(Api api, long contestId) {
        org.wfed.core.Database db = Api.service(org.wfed.core.Database.class);
        LocalDate end = db.read(c -> org.wfed.core.Jdbc.one(c, "SELECT notice_end FROM act_contest WHERE id = ?",
                rs -> rs.getDate(1).toLocalDate(), contestId)).orElseThrow();
        long weeks = ChronoUnit.DAYS.between(LocalDate.now().minusDays(2), end) / 7 + 1;
        db.write(c -> org.wfed.core.Jdbc.update(c, "UPDATE act_contest SET notice_start = ?, notice_end = ? WHERE id = ?",
                db.read(x -> org.wfed.core.Jdbc.one(x, "SELECT notice_start FROM act_contest WHERE id = ?",
                        rs -> rs.getDate(1).toLocalDate(), contestId)).orElseThrow().minusWeeks(weeks), end.minusWeeks(weeks), contestId));
        return api.get("activities/contests/" + contestId).expect(200).body();
    }

    /** From review to commendation (today) with everybody eligible chosen (quota permitting), a notice that ran, no objection. */
    public static JsonNode runToCommended(Api api, long contestId, DayOfWeek noticeStartsOn) {
        review(api, contestId);
        JsonNode noticed = notice(api, contestId, next(noticeStartsOn).toString());
        letNoticeRun(api, contestId);
        finaliseOk(api, contestId);
        commend(api, contestId, LocalDate.now().toString());
        return noticed;
    }

    /**
     * Lets a commended contest's time pass in the database: its notice ran from {@code noticeStart} for as many days
     * as before, and it was finalised and commended on {@code commendedOn} — for tests that replay a past year,
     * since the server dates every step no earlier than the day it is taken.
     */
    public static void commendedBack(long contestId, LocalDate noticeStart, LocalDate commendedOn) {
        org.wfed.core.Database db = Api.service(org.wfed.core.Database.class);
        long days = db.read(c -> org.wfed.core.Jdbc.one(c, "SELECT notice_start, notice_end FROM act_contest WHERE id = ?",
                rs -> ChronoUnit.DAYS.between(rs.getDate(1).toLocalDate(), rs.getDate(2).toLocalDate()), contestId)).orElseThrow();
        int moved = db.write(c -> org.wfed.core.Jdbc.update(c, "UPDATE act_contest SET notice_start = ?, notice_end = ?, "
                + "finalised_on = ?, commended_on = ? WHERE id = ? AND status = 'COMMENDED'", noticeStart, noticeStart.plusDays(days),
                commendedOn, commendedOn, contestId));
        if (moved != 1) {
            throw new AssertionError("contest " + contestId + " is not commended");
        }
    }

    static void finaliseOk(Api api, long contestId) {
        finaliseReply(api, contestId).expect(200);
    }
}
