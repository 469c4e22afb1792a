package org.wfed.aid.dto;

import java.util.List;
import org.wfed.core.Validation;

/** What an administrator enters to set up or change a programme (项目设置). */
public record ProgrammeInput(String code, String name, ProgrammeKind kind, FundSource fundSource, String description,
                             Long amountFen, Long budgetFen, Integer quotaPerUnit, EligibilityRules rules,
                             List<ReviewLevel> reviewLevels, Integer noticeDays, List<PayChannel> channels,
                             Boolean active, Integer version) {
    public ProgrammeInput {
        Validation v = new Validation().text("code", code, 40, true).text("name", name, 100, true)
                .required("kind", kind).required("fundSource", fundSource).text("description", description, 500, false)
                .required("rules", rules);
        if (code != null && !code.matches("[A-Z][A-Z0-9_]{1,39}")) {
            v.add("code", "INVALID_CODE", "只能用大写字母、数字和下划线");
        }
        v.rule(amountFen == null || amountFen > 0, "amountFen", "NOT_POSITIVE", "必须大于0");
        v.rule(budgetFen == null || budgetFen >= 0, "budgetFen", "NEGATIVE", "不能为负数");
        v.rule(quotaPerUnit == null || quotaPerUnit >= 0, "quotaPerUnit", "NEGATIVE", "不能为负数");
        v.rule(reviewLevels != null && !reviewLevels.isEmpty(), "reviewLevels", "REQUIRED", "至少一级审核");
        v.rule(channels != null && !channels.isEmpty(), "channels", "REQUIRED", "至少一种发放方式");
        v.rule(noticeDays == null || (noticeDays >= 0 && noticeDays <= 60), "noticeDays", "OUT_OF_RANGE", "公示天数应在0–60之间");
        if (rules != null) {
            v.rule(rules.minAge() == null || rules.minAge() >= 0, "rules.minAge", "NEGATIVE", "不能为负数");
            v.rule(rules.minAge() == null || rules.maxAge() == null || rules.minAge() <= rules.maxAge(),
                    "rules.maxAge", "AGE_RANGE", "最大年龄不能小于最小年龄");
            v.rule(rules.noAidYears() >= 0 && rules.noAidYears() <= 20, "rules.noAidYears", "OUT_OF_RANGE", "应在0–20年之间");
        }
        if (reviewLevels != null) {
            v.rule(reviewLevels.stream().distinct().count() == reviewLevels.size()
                    && reviewLevels.equals(reviewLevels.stream().sorted().toList()),
                    "reviewLevels", "ORDER", "审核层级应自下而上且不重复");
        }
        v.check();
        reviewLevels = List.copyOf(reviewLevels);
        channels = List.copyOf(channels);
        noticeDays = noticeDays == null ? 0 : noticeDays;
        active = active == null || active;
    }
}
