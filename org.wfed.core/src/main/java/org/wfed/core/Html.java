package org.wfed.core;

/** Escaping for the HTML and XML that modules print (notices, protocols, Word documents). */
public final class Html {
    private Html() {
    }

    /**
     * The text with {@code < > & " '} escaped and the control characters XML 1.0 forbids dropped; empty
     * for null. Safe in element content and quoted attributes.
     */
    public static String escape(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(s.length());
        for (char ch : s.toCharArray()) {
            switch (ch) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> {
                    if (ch >= 0x20 || ch == '\t' || ch == '\n' || ch == '\r') {
                        out.append(ch);
                    }
                }
            }
        }
        return out.toString();
    }
}
