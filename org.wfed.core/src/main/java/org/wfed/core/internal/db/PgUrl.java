package org.wfed.core.internal.db;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The host, port and database of a {@code jdbc:postgresql://host[:port]/database[?…]} URL, for PostgreSQL's own tools. */
public record PgUrl(String host, int port, String database) {
    private static final Pattern URL = Pattern.compile("jdbc:postgresql://([^/:?]+)(?::(\\d+))?/([^?]+)(?:\\?.*)?");

    public static PgUrl parse(String url) {
        Matcher m = URL.matcher(url);
        if (!m.matches()) {
            throw new IllegalArgumentException("not a jdbc:postgresql://host:port/database URL: " + url);
        }
        return new PgUrl(m.group(1), m.group(2) == null ? 5432 : Integer.parseInt(m.group(2)), m.group(3));
    }

    /** Whether the URL is one this class reads (checked at start, so that a backup cannot fail on it later). */
    public static boolean valid(String url) {
        return URL.matcher(url).matches();
    }
}
