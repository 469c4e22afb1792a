package org.wfed.activities.internal;

import java.util.Collection;
import java.util.Map;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.wfed.core.PersonService;
import org.wfed.core.WfedException;
import org.wfed.core.dto.PersonFacts;

/**
 * The people registry (人员库) as the module uses it: facts of nominees and family members. Core's
 * registry is a service that may come later than this bundle, so the reference is dynamic: without it,
 * only the calls needing people answer 503 instead of the whole module staying down.
 */
@Component(service = People.class)
public final class People {

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    private volatile PersonService persons;

    /** Facts of the people that exist among the ids (missing ones are absent from the map). */
    public Map<Long, PersonFacts> facts(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        PersonService p = persons;
        if (p == null) {
            throw new WfedException(503, "PEOPLE_UNAVAILABLE", "人员库服务暂不可用，请稍后再试",
                    "The people registry is not available yet");
        }
        return p.facts(ids);
    }
}
