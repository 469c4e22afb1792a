package org.wfed.activities.dto;

/** Steps of a contest (评选): 提名 → 评审 → 公示 → 结果确定 → 表彰. */
public enum ContestStatus {
    NOMINATING("提名中"), REVIEWING("评审中"), NOTICE("公示中"), FINALISED("结果已确定"), COMMENDED("已表彰");

    private final String labelZh;

    ContestStatus(String labelZh) {
        this.labelZh = labelZh;
    }

    public String labelZh() { return labelZh; }
}
