package org.wfed.aid.internal.screening;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.wfed.aid.dto.CancerSite;
import org.wfed.aid.dto.Diagnosis;
import org.wfed.aid.internal.rules.CancerStages;
import org.wfed.aid.internal.rules.Candidate;
import org.wfed.core.Caller;
import org.wfed.core.Jdbc;

/** SQL of aid_diagnosis (确诊记录), the health data 两癌救助 requires. */
public final class DiagnosisRepository {
    private DiagnosisRepository() {
    }

    public static List<Diagnosis> ofPerson(Connection c, long personId) throws SQLException {
        return Jdbc.list(c, "SELECT id, person_id, unit_id, site, stage, invasive, diagnosed_on FROM aid_diagnosis "
                + "WHERE person_id = ? ORDER BY diagnosed_on", rs -> {
                    CancerSite site = CancerSite.valueOf(rs.getString("site"));
                    return new Diagnosis(rs.getLong("id"), rs.getLong("person_id"), rs.getLong("unit_id"), site,
                            rs.getString("stage"), rs.getBoolean("invasive"), Jdbc.date(rs, "diagnosed_on"),
                            CancerStages.qualifies(site, rs.getString("stage"), rs.getBoolean("invasive")));
                }, personId);
    }

    public static List<Candidate.DiagnosisFact> facts(Connection c, long personId) throws SQLException {
        return ofPerson(c, personId).stream()
                .map(d -> new Candidate.DiagnosisFact(d.site(), d.stage(), d.invasive())).toList();
    }

    public static long insert(Connection c, Caller caller, long personId, long unitId, CancerSite site, String stage,
                              boolean invasive, LocalDate on, Long followUpId) throws SQLException {
        return Jdbc.insert(c, "INSERT INTO aid_diagnosis (person_id, unit_id, site, stage, invasive, diagnosed_on, "
                        + "follow_up_id, created_by, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                personId, unitId, site, stage, invasive, on, followUpId, caller.userId(), Instant.now());
    }
}
