package org.wfed.reporting.internal.summary;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.wfed.reporting.dto.Figure;
import org.wfed.reporting.dto.Part;

/**
 * Fills the {@code {indicator.id}} placeholders of a paragraph template with figures, keeping each
 * figure a separate part linked to its indicator. Built-in words ({@code {year}}, {@code {unit}}, …)
 * become prose; a placeholder no present indicator answers stays visible as {@code {id}}, marked missing.
 * Anything else in braces that is not an id (e.g. "{ }") is left as prose.
 */
public final class PlaceholderRenderer {
    static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z][A-Za-z0-9_]*(?:\\.[A-Za-z0-9_]+)*)\\}");

    private PlaceholderRenderer() {
    }

    public static List<Part> render(String template, Map<String, String> builtins, Map<String, Figure> figures) {
        List<Part> parts = new ArrayList<>();
        StringBuilder prose = new StringBuilder();
        Matcher m = PLACEHOLDER.matcher(template);
        int last = 0;
        while (m.find()) {
            prose.append(template, last, m.start());
            last = m.end();
            String id = m.group(1);
            String builtin = builtins.get(id);
            if (builtin != null) {
                prose.append(builtin);
                continue;
            }
            flush(prose, parts);
            Figure f = figures.get(id);
            parts.add(f == null ? new Part(m.group(), id, null, true) : new Part(f.text(), id, f.nameZh(), false));
        }
        prose.append(template, last, template.length());
        flush(prose, parts);
        return parts;
    }

    public static String text(List<Part> parts) {
        StringBuilder out = new StringBuilder();
        parts.forEach(p -> out.append(p.text()));
        return out.toString();
    }

    /** The placeholder ids a template uses, in order of first use. */
    public static Set<String> placeholders(String template) {
        Set<String> ids = new LinkedHashSet<>();
        Matcher m = PLACEHOLDER.matcher(template);
        while (m.find()) {
            ids.add(m.group(1));
        }
        return ids;
    }

    private static void flush(StringBuilder prose, List<Part> parts) {
        if (prose.length() > 0) {
            parts.add(Part.prose(prose.toString()));
            prose.setLength(0);
        }
    }
}
