package org.wfed.aid.dto;

import java.util.List;
import org.wfed.core.Validation;

/**
 * An import file (CSV or XLSX) as base64 text in one or more parts that are joined in order: the JSON
 * reader refuses single strings over 20 M characters, so a large file travels in parts (the console sends
 * 4 MB parts). {@code kind} ROSTER (the default) imports a roster into {@code unitId}; SCREENING imports
 * the results of campaign {@code campaignId} (the unit is the campaign's).
 */
public record ImportRequest(ImportKind kind, Long unitId, Long campaignId, String fileName, List<String> contentBase64) {
    public ImportRequest {
        kind = kind == null ? ImportKind.ROSTER : kind;
        Validation v = new Validation().text("fileName", fileName, 200, true)
                .rule(contentBase64 != null && !contentBase64.isEmpty(), "contentBase64", "REQUIRED", "请选择文件");
        if (kind == ImportKind.ROSTER) {
            v.rule(unitId != null && unitId > 0, "unitId", "REQUIRED", "请选择导入到哪个单位");
        } else {
            v.rule(campaignId != null && campaignId > 0, "campaignId", "REQUIRED", "请选择筛查活动");
        }
        v.check();
        contentBase64 = List.copyOf(contentBase64);
    }

    /** A roster for a unit. */
    public static ImportRequest roster(long unitId, String fileName, List<String> contentBase64) {
        return new ImportRequest(ImportKind.ROSTER, unitId, null, fileName, contentBase64);
    }

    /** Characters of base64 text in all parts. */
    public long base64Length() {
        return contentBase64.stream().mapToLong(String::length).sum();
    }
}
