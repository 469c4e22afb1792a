package org.wfed.activities.dto;

import org.wfed.core.Validation;

/**
 * A material an activity may hand out or make (物资/宣传品: 宣传展板, 宣传单, 口罩…), with its measure word (个, 份, 箱);
 * the list is data an admin extends, and a new one is counted at once. A {@code publicity} material is a publicity output
 * (报送信息, 推出先进典型): the summary states it in the publicity clause, as the recording unit's own account.
 */
public record Material(String code, String name, String unitZh, boolean active, int sortOrder, boolean publicity) {
    public Material {
        new Validation().text("code", code, 30, true).text("name", name, 50, true).text("unitZh", unitZh, 10, true).check();
        if (!code.matches("[A-Z][A-Z0-9_]{1,29}")) {
            new Validation().add("code", "INVALID_CODE", "代码应为大写字母、数字和下划线").check();
        }
    }
}
