package org.wfed.core.imports;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.function.Consumer;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/** Builds real XLSX files with fastexcel, the way an office suite lays them out, and reads their parts. */
public final class Workbooks {
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

    /** A part of a workbook, read as a file (the JDK's zip stream refuses how fastexcel packs its parts). */
    public static String part(byte[] zip, String name) throws IOException {
        java.nio.file.Path f = java.nio.file.Files.createTempFile("wfed", ".xlsx");
        try {
            java.nio.file.Files.write(f, zip);
            try (java.util.zip.ZipFile z = new java.util.zip.ZipFile(f.toFile())) {
                java.util.zip.ZipEntry e = z.getEntry(name);
                if (e == null) {
                    throw new IOException(name + " missing");
                }
                return new String(z.getInputStream(e).readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            }
        } finally {
            java.nio.file.Files.delete(f);
        }
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
