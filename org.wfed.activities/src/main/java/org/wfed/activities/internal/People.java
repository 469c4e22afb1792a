package org.wfed.activities.internal;

import java.util.Collection;
import java.util.Map;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.wfed.core.PersonService;
import org.wfed.core.dto.PersonFacts;

/** The people registry (人员库) as the module uses it: facts of nominees and family members, none for no ids. */
@Component(service = People.class)
public final class People {
    private final PersonService persons;

    @Activate
    public People(@Reference PersonService persons) {
        this.persons = persons;
    }

    /** Facts of the people that exist among the ids (missing ones are absent from the map). */
    public Map<Long, PersonFacts> facts(Collection<Long> ids) {
        return ids.isEmpty() ? Map.of() : persons.facts(ids);
    }

    public PersonService service() {
        return persons;
    }
}
