package org.wfed.itest.security;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns an endpoint's template into a request for one of A's records: each path parameter takes the id
 * the {@link World} holds for the path segment before it ({@code people/{id}} → A's woman); a parameter
 * the world has no record for answers null, so that the test names the endpoint to add a record for.
 */
final class Paths {
    private static final Pattern PARAM = Pattern.compile("\\{(\\w+)}");
    /** Parameters named for what they are rather than after the segment before them. */
    private static final Map<String, String> BY_NAME = Map.ofEntries(Map.entry("personId", "people"), Map.entry("nid", "nominees"),
            Map.entry("oid", "objections"), Map.entry("pid", "paragraphs"), Map.entry("tokenId", "tokens"),
            Map.entry("candidateId", "candidates"), Map.entry("officialId", "officials"), Map.entry("positionId", "positions"),
            Map.entry("unitId", "orgs"), Map.entry("year", "year"),
            Map.entry("pairingId", "org-pairings"), Map.entry("termId", "committee-terms"),
            Map.entry("secondmentId", "secondments"), Map.entry("seatId", "seats"));

    private Paths() {
    }

    /**
     * The concrete path for A's records, with the query parameters the world can answer ({@code unitId=A}, A's
     * woman, programme, activity, application…); null when a record is missing.
     */
    static String forA(Endpoints.Endpoint e, World w) {
        String path = fill(e.path(), w.ids);
        if (path == null) {
            return null;
        }
        Map<String, Object> known = new java.util.LinkedHashMap<>();
        known.put("unitId", w.a);
        known.put("personId", w.person);
        known.put("programmeId", w.ids.get("programmes"));
        known.put("applicationId", w.ids.get("applications"));
        known.put("campaignId", w.ids.get("campaigns"));
        known.put("year", java.time.LocalDate.now().getYear());
        known.put("owner", "ACTIVITY");
        known.put("ownerId", w.ids.get("events"));
        StringBuilder q = new StringBuilder();
        for (String name : e.queryParams()) {
            if (known.containsKey(name)) {
                q.append(q.length() == 0 ? "?" : "&").append(name).append('=').append(known.get(name));
            }
        }
        return path + q;
    }

    /** The kind of record a template's first unfilled parameter needs, for the message when the world lacks it. */
    static String missing(String template, Map<String, Object> ids) {
        Matcher m = PARAM.matcher(template);
        while (m.find()) {
            String kind = kind(template, m);
            if (!ids.containsKey(kind)) {
                return kind;
            }
        }
        return null;
    }

    static String fill(String template, Map<String, Object> ids) {
        Matcher m = PARAM.matcher(template);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            Object id = ids.get(kind(template, m));
            if (id == null) {
                return null;
            }
            m.appendReplacement(out, java.net.URLEncoder.encode(String.valueOf(id), java.nio.charset.StandardCharsets.UTF_8));
        }
        m.appendTail(out);
        return out.toString();
    }

    private static String kind(String template, Matcher m) {
        String name = m.group(1);
        if (BY_NAME.containsKey(name)) {
            return BY_NAME.get(name);
        }
        String before = template.substring(0, m.start());
        String[] segments = before.split("/");
        return segments.length == 0 ? "" : segments[segments.length - 1];
    }
}
