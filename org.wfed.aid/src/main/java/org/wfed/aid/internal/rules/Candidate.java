package org.wfed.aid.internal.rules;

import java.util.List;
import java.util.Set;
import org.wfed.aid.dto.CancerSite;
import org.wfed.core.dto.Sex;

/** What the rules look at about a person applying: sex, age, categories, earlier aid and diagnoses. */
public record Candidate(Sex sex, int age, Set<String> categories, List<PastAid> history, List<DiagnosisFact> diagnoses) {
    public Candidate {
        categories = Set.copyOf(categories);
        history = List.copyOf(history);
        diagnoses = List.copyOf(diagnoses);
    }

    /** A diagnosis as the rules see it. */
    public record DiagnosisFact(CancerSite site, String stage, boolean invasive) {
    }
}
