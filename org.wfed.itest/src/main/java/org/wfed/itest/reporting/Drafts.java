package org.wfed.itest.reporting;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import java.util.regex.Pattern;
import org.wfed.itest.Api;

/** What staff do to a draft before they submit it: write their own prose where it still holds a template hint. */
final class Drafts {
    private static final Pattern HINT = Pattern.compile("（[^（）]*请(补充|填写)[^（）]*）");

    private Drafts() {
    }

    /** Replaces every paragraph that still holds a hint (（请补充…）) with staff prose; answers the summary as it is then. */
    static JsonNode fillHints(Api api, JsonNode summary) {
        JsonNode s = summary;
        for (JsonNode section : summary.path("sections")) {
            for (JsonNode p : section.path("paragraphs")) {
                if (HINT.matcher(p.path("text").asText()).find()) {
                    s = api.put("reporting/summaries/" + summary.path("id").asLong() + "/paragraphs/" + p.path("id").asLong(),
                            Map.of("template", "本年度各项工作按计划推进。", "version", p.path("version").asInt())).expect(200).body();
                }
            }
        }
        return s;
    }

    /** Every paragraph's text of a summary, one a line. */
    static String text(JsonNode summary) {
        StringBuilder out = new StringBuilder();
        summary.path("sections").forEach(sec -> sec.path("paragraphs").forEach(p -> out.append(p.path("text").asText()).append('\n')));
        return out.toString();
    }
}
