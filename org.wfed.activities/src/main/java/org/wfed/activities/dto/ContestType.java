package org.wfed.activities.dto;

import org.wfed.core.Validation;

/**
 * A kind of contest (评选类型) as configured: who it honours, its criteria (评选条件), how often it runs
 * (every {@code cycleYears} years), the default quota (名额, 0 = no limit), the public-vote share of the final
 * score in percent (e.g. 30 = 30% votes + 70% panel), the public-notice length (公示期, in working or calendar
 * days) and whether above the grassroots a nominee must first hold the lower-level title.
 */
public record ContestType(long id, String code, String name, NomineeKind nomineeKind, String criteria, int cycleYears,
                          int quota, int voteShare, int noticeDays, boolean noticeWorkingDays,
                          boolean requiresLowerTitle, boolean active, int sortOrder, int version) {
    public ContestType {
        new Validation().text("code", code, 40, true).text("name", name, 50, true).required("nomineeKind", nomineeKind)
                .text("criteria", criteria, 2000, false)
                .rule(cycleYears == 1 || cycleYears == 2, "cycleYears", "OUT_OF_RANGE", "评选周期应为每年（1）或每两年（2）")
                .notNegative("quota", quota)
                .rule(voteShare >= 0 && voteShare <= 100, "voteShare", "OUT_OF_RANGE", "群众投票占比应在0到100之间")
                .rule(noticeDays >= 1 && noticeDays <= 30, "noticeDays", "OUT_OF_RANGE", "公示期应为1到30天")
                .check();
        if (code != null && !code.matches("[A-Z][A-Z0-9_]{1,39}")) {
            new Validation().add("code", "INVALID_CODE", "代码应为大写字母、数字和下划线").check();
        }
    }
}
