package org.wfed.activities.dto;

/** What a record beyond the tree says: recommended to that level (推荐) or given its title (获得称号). */
public enum HonourOutcome {
    RECOMMENDED("推荐"), AWARDED("获得称号");

    private final String labelZh;

    HonourOutcome(String labelZh) {
        this.labelZh = labelZh;
    }

    public String labelZh() { return labelZh; }
}
