package org.wfed.elections.dto;

import org.wfed.core.Validation;

/** A scrutineer or counter, by name and, when registered, person id. */
public record OfficialInput(OfficialRole role, String name, Long personId) {
    public OfficialInput {
        new Validation().required("role", role).text("name", name, 50, true).check();
        name = name.trim();
    }
}
