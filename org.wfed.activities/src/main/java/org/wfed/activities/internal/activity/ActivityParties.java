package org.wfed.activities.internal.activity;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.wfed.activities.dto.ActivityInput;
import org.wfed.activities.dto.PartyOrg;
import org.wfed.core.FieldError;
import org.wfed.core.Jdbc;
import org.wfed.core.OrgService;
import org.wfed.core.dto.OrgUnit;

/**
 * The parties an activity names ({@code act_activity_party}): units of the tree a meeting deployed work to
 * ({@link #ADDRESSED}), partner organisations ({@link #PARTNER}) and organisations outside the tree it served
 * ({@link #SERVED}). Written with the activity, in its transaction.
 */
final class ActivityParties {
    static final String ADDRESSED = "ADDRESSED";
    static final String PARTNER = "PARTNER";
    static final String SERVED = "SERVED";

    /** What one activity names, as read back. */
    record Named(List<Long> addressed, List<PartyOrg> partners, List<PartyOrg> served) {
        static final Named NONE = new Named(List.of(), List.of(), List.of());
    }

    private ActivityParties() {
    }

    /** A unit addressed must lie below the activity's unit (a meeting deploys work downward). */
    static List<FieldError> problems(OrgService orgs, ActivityInput in) {
        List<FieldError> errors = new ArrayList<>();
        for (long u : in.addressedUnitIds()) {
            if (u == in.unitId() || !orgs.isWithin(u, in.unitId())) {
                errors.add(new FieldError("addressedUnitIds", "NOT_IN_SUBTREE", "所部署的单位应是本单位的下级单位"));
                break;
            }
        }
        return errors;
    }

    static void insert(Connection c, OrgService orgs, long activityId, ActivityInput in) throws SQLException {
        String sql = "INSERT INTO act_activity_party (activity_id, unit_id, held_on, type_code, role, party_unit_id, party_kind, "
                + "name, region) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)";
        for (long u : in.addressedUnitIds()) {
            OrgUnit unit = orgs.get(u);
            Jdbc.update(c, sql, activityId, in.unitId(), in.heldOn(), in.typeCode(), ADDRESSED, u, unit.kind().name(), null, null);
        }
        for (PartyOrg o : in.partnerOrgs()) {
            Jdbc.update(c, sql, activityId, in.unitId(), in.heldOn(), in.typeCode(), PARTNER, null, null, o.name(), o.region());
        }
        for (PartyOrg o : in.servedOrgs()) {
            Jdbc.update(c, sql, activityId, in.unitId(), in.heldOn(), in.typeCode(), SERVED, null, null, o.name(), o.region());
        }
    }

    static void delete(Connection c, long activityId) throws SQLException {
        Jdbc.update(c, "DELETE FROM act_activity_party WHERE activity_id = ?", activityId);
    }

    /** The parties of the activities, read on the caller's connection (it may hold them uncommitted). */
    static Map<Long, Named> of(Connection c, List<Long> activityIds) throws SQLException {
        Map<Long, Named> out = new HashMap<>();
        for (int from = 0; from < activityIds.size(); from += 500) {
            Object[] ids = activityIds.subList(from, Math.min(activityIds.size(), from + 500)).toArray();
            Jdbc.list(c, "SELECT activity_id, role, party_unit_id, name, region FROM act_activity_party WHERE activity_id IN ("
                    + Jdbc.placeholders(ids.length) + ") ORDER BY activity_id, id", rs -> {
                        Named n = out.computeIfAbsent(rs.getLong(1), k -> new Named(new ArrayList<>(), new ArrayList<>(),
                                new ArrayList<>()));
                        switch (rs.getString(2)) {
                            case ADDRESSED -> n.addressed().add(rs.getLong(3));
                            case PARTNER -> n.partners().add(new PartyOrg(rs.getString(4), rs.getString(5)));
                            default -> n.served().add(new PartyOrg(rs.getString(4), rs.getString(5)));
                        }
                        return null;
                    }, ids);
        }
        return out;
    }
}
