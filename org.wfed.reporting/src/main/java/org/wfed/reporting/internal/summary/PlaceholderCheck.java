package org.wfed.reporting.internal.summary;

import java.util.Collection;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import org.wfed.core.FieldError;
import org.wfed.core.WfedException;
import org.wfed.reporting.internal.indicator.Address;

/**
 * Refuses a template whose placeholders name nothing the summary can fill — a mistyped
 * {@code {aid.screningRate}} would otherwise go into the Word file as typed — with a message naming the
 * nearest valid placeholder.
 */
final class PlaceholderCheck {
    private PlaceholderCheck() {
    }

    /**
     * Checks every {@code {…}} of the template against the built-in words and the indicators known (with the
     * member codes each knows; an empty set: no breakdown). Throws a 400 on the field {@code template}.
     */
    static void check(String template, Set<String> builtins, Map<String, Set<String>> membersByIndicator) {
        Matcher m = PlaceholderRenderer.BRACES.matcher(template);
        while (m.find()) {
            String inner = m.group(1).strip();
            if (inner.isEmpty() || builtins.contains(inner)) {
                continue;
            }
            Address a = Address.parse(PlaceholderRenderer.addressText(inner));
            if (inner.indexOf(PlaceholderRenderer.RULE) >= 0 && (a == null || PlaceholderRenderer.direction(inner) == null)) {
                refuse("PLACEHOLDER_INVALID", "数据占位符" + m.group() + "的写法不对，升降写法应为{指标|提高/下降}（竖线后为上升、下降两个词，用/分开）");
            }
            if (a == null) {
                refuse("PLACEHOLDER_INVALID", "数据占位符" + m.group() + "的写法不对，应为{指标}、{指标[分项]}或{指标@own}" + nearest(inner,
                        ids(builtins, membersByIndicator)));
            }
            Set<String> members = membersByIndicator.get(a.indicatorId());
            if (members == null) {
                refuse("PLACEHOLDER_UNKNOWN", "没有数据项" + m.group() + nearest(a.indicatorId(), ids(builtins, membersByIndicator)));
            }
            if (a.member() != null && !a.list()) {
                if (members.isEmpty()) {
                    refuse("PLACEHOLDER_NO_BREAKDOWN", "数据项{" + a.indicatorId() + "}没有分项，不能写" + m.group());
                }
                if (!members.contains(a.member())) {
                    String near = nearestOf(a.member(), members);
                    refuse("PLACEHOLDER_UNKNOWN_MEMBER", "数据项{" + a.indicatorId() + "}没有分项“" + a.member() + "”"
                            + (near == null ? "" : "，是否应为{" + Address.key(a.indicatorId(), near) + "}？"));
                }
            } else if (a.list() && members.isEmpty()) {
                refuse("PLACEHOLDER_NO_BREAKDOWN", "数据项{" + a.indicatorId() + "}没有分项，不能写" + m.group());
            }
        }
    }

    private static Collection<String> ids(Set<String> builtins, Map<String, Set<String>> members) {
        java.util.List<String> all = new java.util.ArrayList<>(members.keySet());
        all.addAll(builtins);
        return all;
    }

    private static String nearest(String text, Collection<String> candidates) {
        String near = nearestOf(text, candidates);
        return near == null ? "" : "，是否应为{" + near + "}？";
    }

    /** The candidate with the smallest edit distance, or null when there is none. */
    static String nearestOf(String text, Collection<String> candidates) {
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String c : candidates.stream().sorted().toList()) {
            int d = distance(text, c);
            if (d < bestDistance) {
                best = c;
                bestDistance = d;
            }
        }
        return best;
    }

    /** Levenshtein distance. */
    static int distance(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }

    private static void refuse(String code, String message) {
        throw WfedException.invalidFields(java.util.List.of(new FieldError("template", code, message)));
    }
}
