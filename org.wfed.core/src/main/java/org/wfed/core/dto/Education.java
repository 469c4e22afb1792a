package org.wfed.core.dto;

/** Highest education; {@link #isCollegeOrAbove()} is what the summaries count (大专及以上). */
public enum Education {
    PRIMARY("小学"), JUNIOR("初中"), SENIOR("高中"), VOCATIONAL("中专"), COLLEGE("大专"),
    BACHELOR("本科"), MASTER("硕士"), DOCTOR("博士");

    private final String labelZh;

    Education(String labelZh) {
        this.labelZh = labelZh;
    }

    public String labelZh() { return labelZh; }

    public boolean isCollegeOrAbove() {
        return ordinal() >= COLLEGE.ordinal();
    }
}
