package org.wfed.aid.internal.imports;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.wfed.core.WfedException;

/**
 * Reads the rows of an import file, of either kind (花名册 or 筛查结果): CSV (UTF-8, with or without BOM,
 * or GB18030 as Excel and WPS save it in China) or the first sheet of an XLSX workbook. Anything else is refused with a message.
 */
public final class ImportFile {

    /** Largest file accepted. */
    public static final int MAX_BYTES = 20 * 1024 * 1024;
    /** Largest unpacked XLSX part read, against zip bombs. */
    private static final long MAX_UNPACKED = 200L * 1024 * 1024;

    private ImportFile() {
    }

    public static List<List<String>> rows(byte[] content) {
        if (content.length > MAX_BYTES) {
            throw WfedException.invalid("AID_IMPORT_TOO_LARGE", "文件超过20MB，请分批导入", "The file is larger than 20 MB");
        }
        if (content.length >= 4 && content[0] == 'P' && content[1] == 'K' && content[2] == 3 && content[3] == 4) {
            return xlsx(content);
        }
        for (byte b : content) {
            if (b == 0) {
                throw unreadable();
            }
        }
        return csv(decode(content));
    }

    static WfedException unreadable() {
        return WfedException.invalid("AID_IMPORT_NOT_A_ROSTER", "文件内容无法识别：请使用模板，保存为Excel（.xlsx）或CSV格式",
                "The file is neither a CSV nor an XLSX workbook");
    }

    private static String decode(byte[] b) {
        int start = b.length >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF ? 3 : 0;
        ByteBuffer buf = ByteBuffer.wrap(b, start, b.length - start);
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(buf).toString();
        } catch (CharacterCodingException e) {
            try {
                return Charset.forName("GB18030").newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                        .decode(ByteBuffer.wrap(b)).toString();
            } catch (CharacterCodingException e2) {
                throw unreadable();
            }
        }
    }

    /** RFC 4180 CSV: quoted cells may hold commas, quotes ("") and line breaks. */
    static List<List<String>> csv(String text) {
        List<List<String>> rows = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            if (quoted) {
                if (ch == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else if (ch == '"') {
                    quoted = false;
                } else {
                    cell.append(ch);
                }
            } else if (ch == '"') {
                quoted = true;
            } else if (ch == ',') {
                row.add(cell.toString());
                cell.setLength(0);
            } else if (ch == '\n' || ch == '\r') {
                if (ch == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                row.add(cell.toString());
                cell.setLength(0);
                rows.add(row);
                row = new ArrayList<>();
            } else {
                cell.append(ch);
            }
        }
        if (cell.length() > 0 || !row.isEmpty()) {
            row.add(cell.toString());
            rows.add(row);
        }
        return rows;
    }

    private static List<List<String>> xlsx(byte[] content) {
        byte[] sheet = null;
        byte[] shared = null;
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(content))) {
            ZipEntry e;
            while ((e = zip.getNextEntry()) != null) {
                if (e.getName().equals("xl/worksheets/sheet1.xml")) {
                    sheet = read(zip);
                } else if (e.getName().equals("xl/sharedStrings.xml")) {
                    shared = read(zip);
                }
            }
        } catch (IOException | IllegalArgumentException e) {
            throw unreadable();
        }
        if (sheet == null) {
            throw unreadable();
        }
        try {
            List<String> strings = shared == null ? List.of() : sharedStrings(shared);
            return sheet(sheet, strings);
        } catch (XMLStreamException | RuntimeException e) {
            if (e instanceof WfedException w) {
                throw w;
            }
            throw unreadable();
        }
    }

    private static byte[] read(InputStream in) throws IOException {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        byte[] buf = new byte[8192];
        long total = 0;
        int n;
        while ((n = in.read(buf)) > 0) {
            total += n;
            if (total > MAX_UNPACKED) {
                throw WfedException.invalid("AID_IMPORT_TOO_LARGE", "文件解压后过大，请分批导入", "The workbook unpacks too large");
            }
            out.write(buf, 0, n);
        }
        return out.toByteArray();
    }

    private static XMLStreamReader xml(byte[] b) throws XMLStreamException {
        XMLInputFactory f = XMLInputFactory.newDefaultFactory();
        // no DTDs, no external entities (XXE)
        f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        return f.createXMLStreamReader(new ByteArrayInputStream(b));
    }

    private static List<String> sharedStrings(byte[] b) throws XMLStreamException {
        List<String> out = new ArrayList<>();
        XMLStreamReader r = xml(b);
        StringBuilder cur = null;
        while (r.hasNext()) {
            int ev = r.next();
            if (ev == XMLStreamConstants.START_ELEMENT && r.getLocalName().equals("si")) {
                cur = new StringBuilder();
            } else if (ev == XMLStreamConstants.START_ELEMENT && r.getLocalName().equals("t") && cur != null) {
                cur.append(r.getElementText());
            } else if (ev == XMLStreamConstants.START_ELEMENT && r.getLocalName().equals("rPh")) {
                skip(r, "rPh");
            } else if (ev == XMLStreamConstants.END_ELEMENT && r.getLocalName().equals("si") && cur != null) {
                out.add(cur.toString());
                cur = null;
            }
        }
        return out;
    }

    private static void skip(XMLStreamReader r, String element) throws XMLStreamException {
        while (r.hasNext()) {
            if (r.next() == XMLStreamConstants.END_ELEMENT && r.getLocalName().equals(element)) {
                return;
            }
        }
    }

    private static List<List<String>> sheet(byte[] b, List<String> strings) throws XMLStreamException {
        List<List<String>> rows = new ArrayList<>();
        XMLStreamReader r = xml(b);
        Map<Integer, String> row = null;
        int rowNumber = 0;
        String type = null;
        int col = 0;
        StringBuilder value = null;
        while (r.hasNext()) {
            int ev = r.next();
            if (ev == XMLStreamConstants.START_ELEMENT) {
                switch (r.getLocalName()) {
                    case "row" -> {
                        row = new HashMap<>();
                        String rn = r.getAttributeValue(null, "r");
                        rowNumber = rn == null ? rowNumber + 1 : Integer.parseInt(rn);
                        while (rows.size() < rowNumber - 1) {
                            rows.add(new ArrayList<>());
                        }
                        col = 0;
                    }
                    case "c" -> {
                        type = r.getAttributeValue(null, "t");
                        String ref = r.getAttributeValue(null, "r");
                        col = ref == null ? col + 1 : column(ref);
                        value = new StringBuilder();
                    }
                    case "v", "t" -> {
                        if (value != null) {
                            value.append(r.getElementText());
                        }
                    }
                    default -> { }
                }
            } else if (ev == XMLStreamConstants.END_ELEMENT) {
                if (r.getLocalName().equals("c") && row != null && value != null) {
                    String v = value.toString();
                    row.put(col, "s".equals(type) && !v.isEmpty() ? strings.get(Integer.parseInt(v.trim())) : v);
                    value = null;
                } else if (r.getLocalName().equals("row") && row != null) {
                    int width = row.keySet().stream().mapToInt(Integer::intValue).max().orElse(0);
                    List<String> cells = new ArrayList<>();
                    for (int i = 1; i <= width; i++) {
                        cells.add(row.getOrDefault(i, ""));
                    }
                    rows.add(cells);
                    row = null;
                }
            }
        }
        return rows;
    }

    /** "C12" → 3. */
    static int column(String ref) {
        int n = 0;
        for (int i = 0; i < ref.length() && Character.isLetter(ref.charAt(i)); i++) {
            n = n * 26 + (Character.toUpperCase(ref.charAt(i)) - 'A' + 1);
        }
        return n;
    }
}
