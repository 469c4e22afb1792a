package org.wfed.aid.dto;

import java.util.List;
import org.wfed.core.Validation;

/**
 * A roster file (花名册, CSV or XLSX) for the unit its people belong to, as base64 text in one or more
 * parts that are joined in order: the JSON reader refuses single strings over 20 M characters, so a
 * large file travels in parts (the console sends 4 MB parts).
 */
public record ImportRequest(long unitId, String fileName, List<String> contentBase64) {
    public ImportRequest {
        new Validation().positive("unitId", unitId).text("fileName", fileName, 200, true)
                .rule(contentBase64 != null && !contentBase64.isEmpty(), "contentBase64", "REQUIRED", "请选择文件").check();
        contentBase64 = List.copyOf(contentBase64);
    }

    /** Characters of base64 text in all parts. */
    public long base64Length() {
        return contentBase64.stream().mapToLong(String::length).sum();
    }
}
