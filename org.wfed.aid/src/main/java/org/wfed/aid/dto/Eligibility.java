package org.wfed.aid.dto;

import java.util.List;

/** The answer of the rule check (资格审查): eligible, or the reasons why not, in Chinese. */
public record Eligibility(boolean eligible, List<String> reasons) {
    public Eligibility {
        reasons = List.copyOf(reasons);
    }
}
