package org.wfed.reporting.internal.summary;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.wfed.core.extension.Direction;
import org.wfed.core.extension.Reach;
import org.wfed.reporting.dto.Part;
import org.wfed.reporting.dto.Sentence;
import org.wfed.reporting.internal.indicator.Address;

/**
 * Fills a paragraph template's placeholders ({@code {aid.amountPaid}}, {@code {aid.amountPaid[TWO_CANCERS_AID]@own}},
 * {@code {activities.activities[*]}}; see {@link Address}) with figures, keeping each figure a part linked to
 * its indicator, and states only what was done: a clause (up to {@code ，} or {@code ；}) whose figures are all
 * zero, not applicable or provided by no present module (or one of which a figure has no value) is left out, and so
 * is a sentence (up to {@code 。}) of
 * which no clause with figures is left, and a paragraph of which no sentence with figures is left. Built-in
 * words ({@code {year}}, {@code {unit}}, …) become prose; braces holding no address stay prose.
 */
public final class PlaceholderRenderer {
    /** Anything in braces: an address, a built-in word, or prose that merely has braces. */
    static final Pattern BRACES = Pattern.compile("\\{([^{}]*)\\}");
    private static final String SENTENCE_END = "。！？";
    private static final String CLAUSE_END = "，；";

    /** Where a placeholder's direction words start: {@code {id|提高/下降}} (see {@link Direction}). */
    static final char RULE = '|';

    /** The placeholder's text without its direction rule ({@code aid.x|提高/下降} → {@code aid.x}). */
    static String addressText(String inner) {
        int bar = inner.indexOf(RULE);
        return bar < 0 ? inner : inner.substring(0, bar);
    }

    /** The placeholder's direction rule, or null when it has none (or an invalid one, which {@link PlaceholderCheck} refuses). */
    static Direction direction(String inner) {
        int bar = inner.indexOf(RULE);
        return bar < 0 ? null : Direction.parse(inner.substring(bar + 1));
    }

    /** A placeholder's figure as the summary holds it. */
    public record Resolved(String indicatorId, String nameZh, Reach reach, BigDecimal value, String text, boolean missing) {
        /** A figure that states no work: zero, not applicable, or provided by no present module. */
        boolean empty() {
            return missing || text == null || (value != null && value.signum() == 0);
        }
    }

    /** Where the figures come from: an address (reach resolved against the paragraph's choice) and the text after it. */
    public interface Figures {
        /**
         * The figure, with {@code followedBy} the template's text right after the placeholder (money leaves out
         * 元 when the template writes it). Never null: an indicator no present module provides is {@code missing}.
         */
        Resolved resolve(Address address, Reach paragraphReach, String followedBy);
    }

    /** The rendered paragraph: what the summary prints, its parts, and every sentence with whether it was kept. */
    public record Rendered(String text, List<Part> parts, List<Sentence> sentences, boolean omitted) {
    }

    private PlaceholderRenderer() {
    }

    /** A piece of a clause: prose, or a figure. */
    private record Piece(String prose, Address address, Resolved figure) {
    }

    /** A sentence as written and the clauses of it that are kept. */
    private record Kept(List<Clause> sentence, List<Clause> clauses) {
    }

    /** A clause and the punctuation that ends it ("" at the end of the template). */
    private record Clause(List<Piece> pieces, String end) {
        boolean hasFigures() {
            return pieces.stream().anyMatch(p -> p.figure() != null);
        }

        /** States nothing (every figure zero, not applicable or missing), or cannot be stated (a figure has no value). */
        boolean empty() {
            List<Resolved> figures = pieces.stream().filter(p -> p.figure() != null).map(Piece::figure).toList();
            return !figures.isEmpty() && (figures.stream().allMatch(Resolved::empty)
                    || figures.stream().anyMatch(f -> f.missing() || f.text() == null));
        }
    }

    /**
     * Renders the template. With {@code showEmpty} nothing is left out (staff asked for it) and a figure without
     * a value reads {@link FigureFormat#NO_DATA}; {@code withReach} labels each sentence with the reach of its
     * figures (for a unit with children).
     */
    public static Rendered render(String template, Map<String, String> builtins, Figures figures, Reach paragraphReach,
                                  boolean showEmpty, boolean withReach) {
        List<List<Clause>> sentences = split(template, builtins, figures, paragraphReach);
        boolean anyFigures = sentences.stream().anyMatch(s -> s.stream().anyMatch(Clause::hasFigures));
        List<Sentence> out = new ArrayList<>();
        List<Part> parts = new ArrayList<>();
        StringBuilder prose = new StringBuilder();
        boolean keptFigures = false;
        List<Kept> kept = new ArrayList<>();
        for (List<Clause> sentence : sentences) {
            boolean figured = sentence.stream().anyMatch(Clause::hasFigures);
            boolean omitted = !showEmpty && figured && sentence.stream().filter(Clause::hasFigures).allMatch(Clause::empty);
            List<Clause> clauses = omitted || showEmpty ? sentence : sentence.stream().filter(c -> !c.empty()).toList();
            String reach = withReach ? reach(sentence) : null;
            List<Clause> dropped = sentence.stream().filter(c -> clauses.stream().noneMatch(k -> k == c)).toList();
            String why = omitted ? reason(sentence)
                    : dropped.isEmpty() ? null : "略去了“" + text(dropped, dropped, true) + "”：" + reason(dropped);
            out.add(new Sentence(text(clauses, sentence, showEmpty || omitted), reach, omitted, why));
            if (!omitted) {
                kept.add(new Kept(sentence, clauses));
                keptFigures |= figured;
            }
        }
        boolean paragraphOmitted = !showEmpty && anyFigures && !keptFigures;
        if (!paragraphOmitted) {
            for (Kept k : kept) {
                String sentenceEnd = sentenceEnd(k.sentence());
                List<Clause> clauses = k.clauses();
                for (int c = 0; c < clauses.size(); c++) {
                    for (Piece p : clauses.get(c).pieces()) {
                        if (p.figure() == null) {
                            prose.append(p.prose());
                        } else {
                            flush(prose, parts);
                            Resolved f = p.figure();
                            parts.add(new Part(display(f, showEmpty), f.indicatorId(), f.nameZh(), f.missing(), p.address().toString(),
                                    f.reach() == null ? null : f.reach().name()));
                        }
                    }
                    prose.append(c == clauses.size() - 1 ? sentenceEnd : clauses.get(c).end());
                }
            }
            flush(prose, parts);
        }
        StringBuilder text = new StringBuilder();
        parts.forEach(p -> text.append(p.text()));
        return new Rendered(text.toString(), paragraphOmitted ? List.of() : parts, out, paragraphOmitted);
    }

    /** The ids of the figure placeholders a template uses (addresses, not built-in words), in order of first use. */
    public static Set<String> placeholders(String template) {
        Set<String> ids = new LinkedHashSet<>();
        Matcher m = BRACES.matcher(template);
        while (m.find()) {
            Address a = Address.parse(addressText(m.group(1)));
            if (a != null) {
                ids.add(a.indicatorId());
            }
        }
        return ids;
    }

    /** The template cut into sentences of clauses, every placeholder resolved. */
    private static List<List<Clause>> split(String template, Map<String, String> builtins, Figures figures, Reach paragraphReach) {
        List<List<Clause>> sentences = new ArrayList<>();
        List<Clause> sentence = new ArrayList<>();
        List<Piece> clause = new ArrayList<>();
        Matcher m = BRACES.matcher(template);
        int last = 0;
        StringBuilder prose = new StringBuilder();
        while (true) {
            boolean found = m.find();
            String between = template.substring(last, found ? m.start() : template.length());
            for (int i = 0; i < between.length(); i++) {
                char ch = between.charAt(i);
                boolean sentenceEnd = SENTENCE_END.indexOf(ch) >= 0;
                if (sentenceEnd || CLAUSE_END.indexOf(ch) >= 0) {
                    // closing quotes and brackets right after the mark belong to it
                    int j = i + 1;
                    while (j < between.length() && "”’」』）)".indexOf(between.charAt(j)) >= 0) {
                        j++;
                    }
                    if (prose.length() > 0) {
                        clause.add(new Piece(prose.toString(), null, null));
                        prose.setLength(0);
                    }
                    sentence.add(new Clause(clause, between.substring(i, j)));
                    clause = new ArrayList<>();
                    if (sentenceEnd) {
                        sentences.add(sentence);
                        sentence = new ArrayList<>();
                    }
                    i = j - 1;
                } else {
                    prose.append(ch);
                }
            }
            if (!found) {
                break;
            }
            last = m.end();
            String inner = m.group(1);
            String builtin = builtins.get(inner);
            Address address = builtin == null ? Address.parse(addressText(inner)) : null;
            Direction direction = address == null ? null : direction(inner);
            if (builtin != null) {
                prose.append(builtin);
            } else if (address == null) {
                prose.append(m.group());
            } else {
                if (prose.length() > 0) {
                    clause.add(new Piece(prose.toString(), null, null));
                    prose.setLength(0);
                }
                Resolved f = figures.resolve(address, paragraphReach, template.substring(last));
                if (direction != null && !address.list()) {
                    f = new Resolved(f.indicatorId(), f.nameZh(), f.reach(), f.value(), direction.write(f.value(), f.text()), f.missing());
                }
                clause.add(new Piece(null, address, f));
            }
        }
        if (prose.length() > 0) {
            clause.add(new Piece(prose.toString(), null, null));
        }
        if (!clause.isEmpty()) {
            sentence.add(new Clause(clause, ""));
        }
        if (!sentence.isEmpty()) {
            sentences.add(sentence);
        }
        return sentences;
    }

    /** The kept clauses as text, the last ending the way the sentence ends. */
    private static String text(List<Clause> clauses, List<Clause> sentence, boolean noDataShown) {
        StringBuilder out = new StringBuilder();
        String end = sentenceEnd(sentence);
        for (int c = 0; c < clauses.size(); c++) {
            for (Piece p : clauses.get(c).pieces()) {
                out.append(p.figure() == null ? p.prose() : display(p.figure(), noDataShown));
            }
            out.append(c == clauses.size() - 1 ? end : clauses.get(c).end());
        }
        return out.toString();
    }

    private static String sentenceEnd(List<Clause> sentence) {
        String end = sentence.get(sentence.size() - 1).end();
        return CLAUSE_END.indexOf(end.isEmpty() ? ' ' : end.charAt(0)) >= 0 ? "。" + end.substring(1) : end;
    }

    private static String display(Resolved f, boolean noDataShown) {
        if (f.text() != null && !f.missing()) {
            return f.text();
        }
        return noDataShown ? FigureFormat.NO_DATA : "";
    }

    private static String reach(List<Clause> sentence) {
        Set<Reach> reaches = EnumSet.noneOf(Reach.class);
        sentence.forEach(c -> c.pieces().stream().filter(p -> p.figure() != null && p.figure().reach() != null)
                .forEach(p -> reaches.add(p.figure().reach())));
        if (reaches.isEmpty()) {
            return null;
        }
        return reaches.size() > 1 ? "MIXED" : reaches.iterator().next().name();
    }

    private static String reason(List<Clause> sentence) {
        List<String> missing = new ArrayList<>();
        sentence.forEach(c -> c.pieces().stream().filter(p -> p.figure() != null && p.figure().missing())
                .forEach(p -> missing.add(p.figure().indicatorId())));
        if (!missing.isEmpty()) {
            return "没有模块提供这些数据：" + String.join("、", new LinkedHashSet<>(missing));
        }
        return "本年度没有这项工作的记录（数据为0或不适用）";
    }

    private static void flush(StringBuilder prose, List<Part> parts) {
        if (prose.length() > 0) {
            parts.add(Part.prose(prose.toString()));
            prose.setLength(0);
        }
    }
}
