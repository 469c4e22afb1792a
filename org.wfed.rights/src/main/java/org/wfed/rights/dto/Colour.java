package org.wfed.rights.dto;

import org.wfed.core.Validation;

/** A colour of the families-at-risk scheme (三色家庭): what it means and how often such a family is visited. */
public record Colour(String code, String nameZh, String nameEn, String meaning, int visitDays, int sortOrder) {
    public Colour {
        new Validation().text("code", code, 20, true)
                .rule(code == null || code.matches("[A-Z][A-Z0-9_]*"), "code", "INVALID_CODE", "代码只能由大写字母、数字和下划线组成")
                .text("nameZh", nameZh, 20, true).text("nameEn", nameEn, 40, false).text("meaning", meaning, 100, true)
                .rule(visitDays >= 1 && visitDays <= 366, "visitDays", "OUT_OF_RANGE", "走访间隔应在1至366天之间").check();
        nameEn = nameEn == null || nameEn.isBlank() ? code : nameEn;
    }
}
