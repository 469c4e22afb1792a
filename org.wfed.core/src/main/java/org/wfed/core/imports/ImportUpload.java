package org.wfed.core.imports;

import java.util.List;
import java.util.Locale;

/**
 * A file as the console sends it, with the clerk's choices from the preview: base64 text in parts joined in order
 * (a JSON string may not exceed 20 M characters; the console sends 4 MB parts), the sheet to read (null: chosen by
 * its header) and the columns whose empty cells are to clear the recorded value (清空), by key or header.
 */
public record ImportUpload(String fileName, List<String> contentBase64, String sheet, List<String> clear) {
    public ImportUpload {
        contentBase64 = contentBase64 == null ? List.of() : List.copyOf(contentBase64);
        clear = clear == null ? List.of() : clear.stream().map(s -> s.trim().toLowerCase(Locale.ROOT)).toList();
        sheet = sheet == null || sheet.isBlank() ? null : sheet.trim();
    }

    /** Characters of base64 text in all parts. */
    public long base64Length() {
        return contentBase64.stream().mapToLong(String::length).sum();
    }

    /** Whether the clerk chose 清空 for this column. */
    public boolean clears(ImportColumn column) {
        return clear.contains(column.key().toLowerCase(Locale.ROOT)) || clear.contains(column.header().toLowerCase(Locale.ROOT));
    }
}
