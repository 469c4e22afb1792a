package org.wfed.aid.dto;

import org.wfed.core.Validation;

/** A reviewer's decision at the application's current level; a rejection needs a comment. */
public record ReviewInput(boolean approve, String comment, int version) {
    public ReviewInput {
        new Validation().text("comment", comment, 500, !approve).check();
    }
}
