package org.wfed.itest.reporting;

import java.time.LocalDate;
import java.util.Map;
import org.wfed.core.Database;
import org.wfed.itest.Api;

/**
 * Builds organisation trees for reporting tests through core's org API, founded in 2000 so that
 * scopes over past years see them, with names unique to the run.
 */
final class TestTree {
    static final String FOUNDED = "2000-01-01";
    private final Api admin;
    final String tag = Api.unique("");

    TestTree(Api admin) {
        this.admin = admin;
    }

    private final Map<Long, Api> approvers = new java.util.concurrent.ConcurrentHashMap<>();

    /**
     * Who reviews the unit's summary: a unit admin of its direct parent (core's SuperiorUnit), created once per
     * parent; the top unit's own summary by the admin.
     */
    Api approverOf(long unitId) {
        com.fasterxml.jackson.databind.JsonNode parent = admin.get("orgs/" + unitId).expect(200).body().path("unit").path("parentId");
        if (parent.isNull() || parent.isMissingNode()) {
            return admin;
        }
        return approvers.computeIfAbsent(parent.asLong(), p -> admin.createUser(p, "UNIT_ADMIN"));
    }

    Database db() {
        return Api.service(Database.class);
    }

    long top() {
        return admin.unitId();
    }

    long unit(long parentId, String kind, String name) {
        return admin.post("orgs", Map.of("parentId", parentId, "kind", kind, "name", name + tag, "effective", FOUNDED))
                .expect(201).body().path("id").asLong();
    }

    /** Moves a unit under another parent from {@code effective} on (core keeps the history). */
    void move(long unitId, long newParentId, LocalDate effective) {
        int version = admin.get("orgs/" + unitId).expect(200).body().path("unit").path("version").asInt();
        admin.post("orgs/" + unitId + "/move", Map.of("parentId", newParentId, "effective", effective.toString(), "version", version))
                .expect(200);
    }
}
