package org.wfed.activities.internal.activity;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.wfed.activities.dto.Activity;

/** Activities as an XLSX workbook (fastexcel, embedded in this bundle): a bold header row, dates as dates. */
final class XlsxExport {

    private XlsxExport() {
    }

    static byte[] write(List<Activity> rows) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            Workbook wb = new Workbook(out, "wfed", "1.0");
            Worksheet ws = wb.newWorksheet("活动台账");
            List<ActivityColumns.Column> cols = ActivityColumns.ALL;
            for (int c = 0; c < cols.size(); c++) {
                ws.value(0, c, cols.get(c).header());
                ws.style(0, c).bold().set();
            }
            for (int r = 0; r < rows.size(); r++) {
                for (int c = 0; c < cols.size(); c++) {
                    Object v = cols.get(c).cell().apply(rows.get(r));
                    if (v instanceof Number n) {
                        ws.value(r + 1, c, n);
                    } else if (v instanceof LocalDate d) {
                        ws.value(r + 1, c, d);
                        ws.style(r + 1, c).format("yyyy-mm-dd").set();
                    } else if (v != null) {
                        ws.value(r + 1, c, v.toString());
                    }
                }
            }
            ws.width(0, 12);
            ws.width(3, 40);
            wb.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
