package org.wfed.core.imports;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.function.Consumer;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/** Builds real XLSX files with fastexcel, the way an office suite lays them out. */
final class Workbooks {
    private Workbooks() {
    }

    @SafeVarargs
    static byte[] xlsx(Consumer<Workbook>... sheets) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            Workbook wb = new Workbook(out, "test", "1.0");
            for (Consumer<Workbook> s : sheets) {
                s.accept(wb);
            }
            wb.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** Writes text cells from row {@code first}, a row per array. */
    static void rows(Worksheet ws, int first, String[]... rows) {
        for (int r = 0; r < rows.length; r++) {
            for (int c = 0; c < rows[r].length; c++) {
                if (!rows[r][c].isEmpty()) {
                    ws.value(first + r, c, rows[r][c]);
                }
            }
        }
    }
}
