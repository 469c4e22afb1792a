package org.wfed.elections.dto;

import org.wfed.core.Validation;

/** Yes votes a written-in name (另选他人) received, from the counting sheet. */
public record WriteInInput(String name, long yes) {
    public WriteInInput {
        new Validation().text("name", name, 50, true).notNegative("yes", yes).check();
        name = name.trim();
    }
}
