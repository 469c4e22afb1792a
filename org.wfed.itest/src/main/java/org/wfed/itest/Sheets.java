package org.wfed.itest;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Random;
import java.util.function.Consumer;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.wfed.core.IdNumber;

/** Files for import tests: XLSX written by fastexcel, the request's base64 parts, fresh ID numbers. */
public final class Sheets {
    private static final Random RANDOM = new Random();

    private Sheets() {
    }

    /** A workbook of the sheets the consumers add. */
    @SafeVarargs
    public static byte[] xlsx(Consumer<Workbook>... sheets) {
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

    /** A workbook of one sheet whose cells are all text, a row per list. */
    public static byte[] xlsx(String sheet, List<List<String>> rows) {
        return xlsx(wb -> rows(wb.newWorksheet(sheet), 0, rows));
    }

    /** Writes text cells from row {@code first} (0-based), a row per list; empty strings leave the cell empty. */
    public static void rows(Worksheet ws, int first, List<List<String>> rows) {
        for (int r = 0; r < rows.size(); r++) {
            for (int c = 0; c < rows.get(r).size(); c++) {
                if (!rows.get(r).get(c).isEmpty()) {
                    ws.value(first + r, c, rows.get(r).get(c));
                }
            }
        }
    }

    /** The file as the console sends it: base64 in 4 MB parts. */
    public static List<String> base64(byte[] content) {
        String text = Base64.getEncoder().encodeToString(content);
        List<String> parts = new ArrayList<>();
        for (int i = 0; i < text.length(); i += 4 * 1024 * 1024) {
            parts.add(text.substring(i, Math.min(text.length(), i + 4 * 1024 * 1024)));
        }
        return parts;
    }

    /** A valid ID number of a woman born in {@code year}, unlikely to clash with earlier runs; never ending in X. */
    public static String woman(int year) {
        while (true) {
            LocalDate birth = LocalDate.of(year, 1 + RANDOM.nextInt(12), 1 + RANDOM.nextInt(28));
            String id = IdNumber.compose("4" + (100 + RANDOM.nextInt(900)) + String.format("%02d", RANDOM.nextInt(100)), birth,
                    RANDOM.nextInt(500) * 2).value();
            // not one ending in 000: alone in its column it is what a spreadsheet's cut number looks like, and an
            // import refuses it (docs/importing.md); about one in 550 generated numbers, which made tests flaky
            if (!id.endsWith("X") && !id.endsWith("000")) {
                return id;
            }
        }
    }

    /** A part of a workbook (read as a file: the JDK's zip stream refuses how fastexcel packs its parts). */
    public static byte[] part(byte[] zip, String name) {
        try {
            java.nio.file.Path f = java.nio.file.Files.createTempFile("wfed", ".xlsx");
            try {
                java.nio.file.Files.write(f, zip);
                try (java.util.zip.ZipFile z = new java.util.zip.ZipFile(f.toFile())) {
                    java.util.zip.ZipEntry e = z.getEntry(name);
                    if (e == null) {
                        throw new IllegalStateException(name + " is not in the workbook");
                    }
                    return z.getInputStream(e).readAllBytes();
                }
            } finally {
                java.nio.file.Files.delete(f);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A 12-digit statistical area code for a test unit. */
    public static String areaCode() {
        return "4201" + String.format("%08d", RANDOM.nextInt(100_000_000));
    }
}
