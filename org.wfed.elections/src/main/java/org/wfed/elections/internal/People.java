package org.wfed.elections.internal;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.wfed.core.PersonService;
import org.wfed.core.WfedException;
import org.wfed.core.dto.PersonFacts;

/** Facts of candidates and leaders from core's person registry (人员库), in batches. */
@Component(service = People.class)
public final class People {

    private final PersonService persons;

    @Activate
    public People(@Reference PersonService persons) {
        this.persons = persons;
    }

    /** The person's facts, or 404. */
    public PersonFacts one(long personId) {
        PersonFacts f = facts(List.of(personId)).get(personId);
        if (f == null) {
            throw WfedException.notFound("人员 " + personId);
        }
        return f;
    }

    /** The ids of the people registered with these ID numbers (those found). */
    public Map<String, Long> byIdNumbers(java.sql.Connection c, Collection<String> idNumbers) throws java.sql.SQLException {
        return idNumbers.isEmpty() ? Map.of() : persons.findByIdNumbers(c, idNumbers);
    }

    /** Facts of the people found; unknown ids are left out. */
    public Map<Long, PersonFacts> facts(Collection<Long> ids) {
        return ids.isEmpty() ? Map.of() : persons.facts(ids);
    }
}
