package org.wfed.activities.dto;

import java.util.List;

/** One page of a filtered list, with the total number of matching rows. */
public record Page<T>(long total, int page, int size, List<T> items) {
    public Page {
        items = List.copyOf(items);
    }
}
