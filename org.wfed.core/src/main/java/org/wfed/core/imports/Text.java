package org.wfed.core.imports;

import java.text.Normalizer;
import java.util.Locale;

/**
 * How a clerk's cell text is cleaned before it is checked: what a spreadsheet shows the same is read the same.
 * Spaces of every kind (no-break, ideographic, zero-width) at the ends go; for structured values (ID numbers,
 * digits, dates, codes) full-width characters become their ASCII form ({@code １２３Ｘ} → {@code 123X}), inner spaces go,
 * and a leading apostrophe (Excel's "keep as text" mark) is dropped.
 */
public final class Text {
    private Text() {
    }

    /** Whitespace as a spreadsheet user sees it: also no-break (U+00A0), ideographic (U+3000), zero-width and BOM. */
    public static boolean space(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\u200B' || c == '\u200C'
                || c == '\u200D' || c == '\u2060' || c == '\uFEFF';
    }

    /** The text without leading and trailing spaces of any kind. */
    public static String trim(String s) {
        if (s == null) {
            return "";
        }
        int start = 0;
        int end = s.length();
        while (start < end && space(s.charAt(start))) {
            start++;
        }
        while (end > start && space(s.charAt(end - 1))) {
            end--;
        }
        return start == 0 && end == s.length() ? s : s.substring(start, end);
    }

    /** A free text cell (name, note): trimmed; a leading apostrophe before a formula sign (as exports write it) dropped. */
    public static String plain(String s) {
        String t = trim(s);
        if (t.length() > 1 && t.charAt(0) == '\'' && "=+-@".indexOf(t.charAt(1)) >= 0) {
            return t.substring(1);
        }
        return t;
    }

    /**
     * A structured value (ID number, account, date, code): NFKC (full-width → ASCII), no spaces anywhere, no
     * leading apostrophe, and {@code ="…"} (how CSV exports keep long digits as text) unwrapped.
     */
    public static String compact(String s) {
        String t = trim(s);
        if (t.isEmpty() || plainAscii(t)) {
            return t;
        }
        if (needsNfkc(t)) {
            t = Normalizer.normalize(t, Normalizer.Form.NFKC);
        }
        StringBuilder b = new StringBuilder(t.length());
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (!space(c)) {
                b.append(c);
            }
        }
        String v = b.toString();
        if (v.startsWith("'")) {
            v = v.substring(1);
        }
        if (v.length() >= 3 && v.startsWith("=\"") && v.endsWith("\"")) {
            v = v.substring(2, v.length() - 1);
        }
        return v;
    }

    /** A header cell as it is matched: compact, upper case, without {@code *} marks and a trailing (…) note. */
    public static String header(String s) {
        String v = compact(s).replace("*", "").replace("★", "");
        // "身份证号（18位）", "金额(元)": the note in brackets is not the name, unless it is all there is
        String base = v.replaceAll("[(\\[【〔][^)\\]】〕]*[)\\]】〕]$", "");
        if (!base.isEmpty()) {
            v = base;
        }
        return v.replaceAll("[:：]$", "").toUpperCase(Locale.ROOT);
    }

    /** Printable ASCII without spaces, apostrophe or {@code =} in front: nothing to clean (most cells of a file). */
    private static boolean plainAscii(String s) {
        char first = s.charAt(0);
        if (first == '\'' || first == '=') {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c <= ' ' || c > '~') {
                return false;
            }
        }
        return true;
    }

    private static boolean needsNfkc(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= '\uFF00' && c <= '\uFFEF' || c == '\u3000' || c == '\u00A0' || c >= '\u2460' && c <= '\u24FF') {
                return true;
            }
        }
        return false;
    }
}
