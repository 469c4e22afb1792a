package org.wfed.activities.dto;

import org.wfed.core.Validation;

/**
 * An organisation an activity names that is not a unit of the tree: a partner (联合李xx心灵教育中心, with its province or
 * city: 湖南省, 北京市) or one it served (太傅店小吃城). {@code region} is optional.
 */
public record PartyOrg(String name, String region) {
    public PartyOrg {
        new Validation().text("name", name, 100, true).text("region", region, 30, false).check();
        name = name.trim();
        region = region == null || region.isBlank() ? null : region.trim();
    }
}
