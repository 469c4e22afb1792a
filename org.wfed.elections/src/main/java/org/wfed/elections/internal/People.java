package org.wfed.elections.internal;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.wfed.core.Database;
import org.wfed.core.Jdbc;
import org.wfed.core.PersonService;
import org.wfed.core.WfedException;
import org.wfed.core.dto.Education;
import org.wfed.core.dto.PersonFacts;
import org.wfed.core.dto.Sex;

/**
 * Facts of candidates and leaders from core's person registry (人员库). Uses core's
 * {@link PersonService}; while a deployment runs without it (core's implementation arrived late)
 * it reads the same non-sensitive columns of {@code core_person} itself.
 */
@Component(service = People.class)
public final class People {

    private static final String FACTS = "SELECT id, unit_id, name, sex, birth_date, education, party_member, occupation,"
            + " rural_hukou FROM core_person WHERE id IN (";

    private final Database db;

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    private volatile PersonService persons;

    @Activate
    public People(@Reference Database db) {
        this.db = db;
    }

    public PersonFacts one(long personId) {
        PersonFacts f = facts(List.of(personId)).get(personId);
        if (f == null) {
            throw WfedException.notFound("人员 " + personId);
        }
        return f;
    }

    public Map<Long, PersonFacts> facts(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        PersonService service = persons;
        if (service != null) {
            return service.facts(ids);
        }
        List<Long> distinct = ids.stream().distinct().toList();
        return db.read(c -> {
            Map<Long, PersonFacts> out = new HashMap<>();
            for (PersonFacts f : Jdbc.list(c, FACTS + Jdbc.placeholders(distinct.size()) + ")", People::map, distinct.toArray())) {
                out.put(f.id(), f);
            }
            return out;
        });
    }

    /**
     * Facts read inside the caller's transaction, for work that registered the people in the same
     * transaction (demo data): another connection would wait on their uncommitted rows.
     */
    public Map<Long, PersonFacts> facts(java.sql.Connection c, Collection<Long> ids) throws java.sql.SQLException {
        Map<Long, PersonFacts> out = new HashMap<>();
        List<Long> distinct = ids.stream().distinct().toList();
        if (!distinct.isEmpty()) {
            for (PersonFacts f : Jdbc.list(c, FACTS + Jdbc.placeholders(distinct.size()) + ")", People::map, distinct.toArray())) {
                out.put(f.id(), f);
            }
        }
        return out;
    }

    private static PersonFacts map(java.sql.ResultSet rs) throws java.sql.SQLException {
        String edu = rs.getString("education");
        return new PersonFacts(rs.getLong("id"), rs.getLong("unit_id"), rs.getString("name"), Sex.valueOf(rs.getString("sex").trim()),
                Jdbc.date(rs, "birth_date"), edu == null ? null : Education.valueOf(edu), rs.getBoolean("party_member"),
                rs.getString("occupation"), rs.getBoolean("rural_hukou"));
    }
}
