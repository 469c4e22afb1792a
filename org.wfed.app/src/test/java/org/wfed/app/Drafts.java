package org.wfed.app;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Drafts the annual summary of units over HTTP and lists what a draft must never print: a sentence of zeros
 * ("选举产生妇女代表0名"), "—", "null", or a placeholder left in braces.
 */
final class Drafts {
    /** A zero stated as work done: 0 followed by a unit of count, money or time. */
    static final Pattern ZERO = Pattern.compile("(?<![0-9.])0(?:\\.0+)?(名|户|人次|人|场次|场|次|批次|件|例|个|篇|元|小时|条|份|支|期|%)");
    private static final List<String> NEVER = List.of("—", "null", "undefined", "{", "}");

    private Drafts() {
    }

    /** Drafts the unit's summary of the year (or reads the existing one) and answers what is wrong in its text. */
    static List<String> problems(ApiClient api, long unitId, int year) {
        ApiClient.Reply r = api.post("/api/reporting/summaries", Map.of("unitId", unitId, "year", year));
        JsonNode s = r.status() == 201 ? r.body() : api.get("/api/reporting/summaries?unitId=" + unitId + "&year=" + year).body().get(0);
        List<String> out = new ArrayList<>();
        for (JsonNode section : s.path("sections")) {
            if (!section.path("empty").asBoolean() && section.path("heading").asText().contains("null")) {
                out.add(unitId + " heading: " + section.path("heading").asText());
            }
            for (JsonNode p : section.path("paragraphs")) {
                String text = p.path("text").asText();
                for (String never : NEVER) {
                    if (text.contains(never)) {
                        out.add(unitId + " prints " + never + ": " + text);
                    }
                }
                Matcher zero = ZERO.matcher(text);
                if (zero.find()) {
                    out.add(unitId + " states " + zero.group() + ": " + text);
                }
            }
        }
        return out;
    }

    /** The whole text of a unit's summary of the year. */
    static String text(ApiClient api, long unitId, int year) {
        StringBuilder out = new StringBuilder();
        api.get("/api/reporting/summaries?unitId=" + unitId + "&year=" + year).body().get(0).path("sections")
                .forEach(sec -> sec.path("paragraphs").forEach(p -> out.append(p.path("text").asText()).append('\n')));
        return out.toString();
    }
}
