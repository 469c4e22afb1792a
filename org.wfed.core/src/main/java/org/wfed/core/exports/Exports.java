package org.wfed.core.exports;

import java.time.ZoneId;
import java.util.List;
import org.osgi.annotation.versioning.ProviderType;

/**
 * The exports of this deployment: its local time zone (setting {@code timeZone}, {@code WFED_TIME_ZONE}, default
 * {@code Asia/Shanghai}) and the two writers bound to it. Modules take it by {@code @Reference}.
 */
@ProviderType
public interface Exports {

    /** MIME type of an XLSX workbook. */
    String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    /** MIME type of wfed's CSV files. */
    String CSV = "text/csv; charset=UTF-8";

    /** The time zone local times are written in. */
    ZoneId zone();

    default byte[] csv(ExportTable table) {
        return CsvWriter.write(table, zone());
    }

    default byte[] xlsx(ExportTable... tables) {
        return XlsxWriter.write(zone(), List.of(tables));
    }

    /**
     * A {@code Content-Disposition} value for a download named {@code fileName} (Chinese allowed): an ASCII
     * fallback name and the UTF-8 name of RFC 6266.
     */
    static String attachment(String asciiName, String fileName) {
        String encoded = java.net.URLEncoder.encode(fileName, java.nio.charset.StandardCharsets.UTF_8).replace("+", "%20");
        return "attachment; filename=\"" + asciiName.replace("\"", "") + "\"; filename*=UTF-8''" + encoded;
    }
}
