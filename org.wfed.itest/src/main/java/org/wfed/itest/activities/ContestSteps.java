package org.wfed.itest.activities;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.wfed.itest.Api;

/** The steps of a contest through HTTP, shared by the activities tests. */
final class ContestSteps {
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

    /** From review to commendation with everybody eligible chosen (quota permitting) and no objection. */
    static void runToCommended(Api api, long contestId, String noticeStart, String commendedOn) {
        review(api, contestId);
        notice(api, contestId, noticeStart);
        finaliseOk(api, contestId);
        commend(api, contestId, commendedOn);
    }

    static void finaliseOk(Api api, long contestId) {
        finaliseReply(api, contestId).expect(200);
    }
}
