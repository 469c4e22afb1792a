package org.wfed.activities.dto;

import org.wfed.core.Validation;

/** A configurable activity type (活动类型); training types count batches (批次) and trainees (人次). */
public record ActivityType(String code, String name, boolean training, boolean active, int sortOrder) {
    public ActivityType {
        new Validation().text("code", code, 30, true).text("name", name, 50, true).check();
        if (!code.matches("[A-Z][A-Z0-9_]{1,29}")) {
            new Validation().add("code", "INVALID_CODE", "代码应为大写字母、数字和下划线").check();
        }
    }
}
