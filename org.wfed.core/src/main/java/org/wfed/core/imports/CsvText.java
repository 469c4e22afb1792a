package org.wfed.core.imports;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** A CSV file's text: its character set detected, then RFC 4180 rows with the separator the header line uses. */
final class CsvText {
    record Decoded(String text, String charset) {
    }

    private CsvText() {
    }

    static Decoded decode(byte[] b) {
        if (b.length >= 2 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE) {
            return new Decoded(strict(b, 2, StandardCharsets.UTF_16LE), "UTF-16");
        }
        if (b.length >= 2 && (b[0] & 0xFF) == 0xFE && (b[1] & 0xFF) == 0xFF) {
            return new Decoded(strict(b, 2, StandardCharsets.UTF_16BE), "UTF-16");
        }
        for (byte x : b) {
            if (x == 0) {
                throw SheetFile.unreadable();
            }
        }
        boolean bom = b.length >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF;
        String utf8 = tryDecode(b, bom ? 3 : 0, StandardCharsets.UTF_8);
        if (utf8 != null) {
            return new Decoded(utf8, "UTF-8");
        }
        // not UTF-8: Excel and WPS in China save "CSV" as GBK, which GB18030 contains
        return new Decoded(strict(b, 0, Charset.forName("GB18030")), "GBK");
    }

    private static String strict(byte[] b, int start, Charset cs) {
        String s = tryDecode(b, start, cs);
        if (s == null) {
            throw SheetFile.unreadable();
        }
        return s;
    }

    private static String tryDecode(byte[] b, int start, Charset cs) {
        try {
            return cs.newDecoder().onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(b, start, b.length - start)).toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    /** The separator of the first non-empty line outside quotes: the most frequent of , ; and tab (comma on a tie). */
    static char separator(String text) {
        int comma = 0;
        int semicolon = 0;
        int tab = 0;
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted && (c == '\n' || c == '\r')) {
                if (comma + semicolon + tab > 0) {
                    break;
                }
            } else if (!quoted) {
                comma += c == ',' ? 1 : 0;
                semicolon += c == ';' ? 1 : 0;
                tab += c == '\t' ? 1 : 0;
            }
        }
        if (tab > comma && tab >= semicolon) {
            return '\t';
        }
        return semicolon > comma ? ';' : ',';
    }

    /** RFC 4180: quoted cells may hold separators, quotes ("") and line breaks. Rows are numbered from 1. */
    static List<SheetRow> rows(String text) {
        char sep = separator(text);
        List<SheetRow> rows = new ArrayList<>();
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
            } else if (ch == '"' && cell.length() == 0) {
                quoted = true;
            } else if (ch == sep) {
                row.add(cell.toString());
                cell.setLength(0);
            } else if (ch == '\n' || ch == '\r') {
                if (ch == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                row.add(cell.toString());
                cell.setLength(0);
                rows.add(SheetRow.of(rows.size() + 1, row.toArray(new String[0])));
                row.clear();
            } else {
                cell.append(ch);
            }
        }
        if (cell.length() > 0 || !row.isEmpty()) {
            row.add(cell.toString());
            rows.add(SheetRow.of(rows.size() + 1, row.toArray(new String[0])));
        }
        return rows;
    }
}
