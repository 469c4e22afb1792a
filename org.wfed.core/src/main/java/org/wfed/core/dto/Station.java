package org.wfed.core.dto;

import org.wfed.core.Validation;

/**
 * A station (阵地) of a unit. {@code sixHave} counts how many of the "六有" a women's home meets
 * (venue, facilities, plan, rules, activities, results), 0–6.
 */
public record Station(long id, long unitId, StationKind kind, String name, String address, String keeper,
                      int sixHave, int version) {
    public Station {
        new Validation().required("kind", kind).text("name", name, 100, true).text("address", address, 200, false)
                .text("keeper", keeper, 50, false).rule(sixHave >= 0 && sixHave <= 6, "sixHave", "OUT_OF_RANGE", "应为0到6")
                .check();
    }
}
