package org.wfed.aid.dto;

import java.util.List;
import org.wfed.core.Validation;
import org.wfed.core.imports.ImportUpload;

/**
 * An import file (CSV or XLSX) as base64 text in one or more parts that are joined in order: the JSON
 * reader refuses single strings over 20 M characters, so a large file travels in parts (the console sends
 * 4 MB parts). {@code kind} ROSTER (the default) imports a roster into {@code unitId}; SCREENING imports
 * the results of campaign {@code campaignId} (the unit is the campaign's). The clerk's choices from the preview:
 * {@code sheet} (the workbook sheet to read; null: the one whose header fits), {@code clear} (columns whose empty
 * cells clear the recorded value, 清空) and, for screening results, {@code inviteMissing} (补充邀请: women not on
 * the campaign's invitation list are added to it).
 */
public record ImportRequest(ImportKind kind, Long unitId, Long campaignId, String fileName, List<String> contentBase64,
                            String sheet, List<String> clear, Boolean inviteMissing) {
    public ImportRequest {
        kind = kind == null ? ImportKind.ROSTER : kind;
        Validation v = new Validation().text("fileName", fileName, 200, true).text("sheet", sheet, 100, false)
                .rule(contentBase64 != null && !contentBase64.isEmpty(), "contentBase64", "REQUIRED", "请选择文件");
        if (kind == ImportKind.ROSTER) {
            v.rule(unitId != null && unitId > 0, "unitId", "REQUIRED", "请选择导入到哪个单位");
        } else {
            v.rule(campaignId != null && campaignId > 0, "campaignId", "REQUIRED", "请选择筛查活动");
        }
        v.check();
        contentBase64 = List.copyOf(contentBase64);
        clear = clear == null ? List.of() : List.copyOf(clear);
        inviteMissing = Boolean.TRUE.equals(inviteMissing);
    }

    /** A roster for a unit. */
    public static ImportRequest roster(long unitId, String fileName, List<String> contentBase64) {
        return new ImportRequest(ImportKind.ROSTER, unitId, null, fileName, contentBase64, null, null, null);
    }

    /** The file and the choices as core's import service takes them. */
    public ImportUpload upload() {
        return new ImportUpload(fileName, contentBase64, sheet, clear);
    }
}
