package org.wfed.reporting.internal.indicator;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.wfed.core.extension.Reach;

/**
 * Where a figure is taken from, as placeholders, forms and tables name it:
 * <ul>
 * <li>{@code aid.amountPaid}: the indicator's whole figure;</li>
 * <li>{@code aid.amountPaid[TWO_CANCERS_AID]}: one member of its breakdown;</li>
 * <li>{@code aid.amountPaid[*]}: the names of the members with data ("节日慰问、两癌救助");
 *     {@code [*#]}: the same with their figures ("节日慰问3.2万元、两癌救助3万元");</li>
 * <li>{@code …@own} / {@code …@subtree}: the unit's own records (本级) or its whole subtree (含下级);
 *     without it, the paragraph's choice or the indicator's default reach.</li>
 * </ul>
 *
 * @param member a member code, {@link #LIST} or {@link #LIST_WITH_FIGURES}, or null for the whole figure
 * @param reach OWN, SUBTREE, or null for the default
 */
public record Address(String indicatorId, String member, Reach reach) {
    public static final String LIST = "*";
    public static final String LIST_WITH_FIGURES = "*#";
    /** An indicator id, an optional [member], an optional @reach. */
    public static final Pattern SYNTAX = Pattern.compile(
            "([A-Za-z][A-Za-z0-9_]*(?:\\.[A-Za-z0-9_]+)*)(?:\\[([^\\[\\]{}\\s@]+)\\])?(?:@(own|subtree))?");

    /** The address written as text, or null when it is not an address. */
    public static Address parse(String text) {
        Matcher m = SYNTAX.matcher(text);
        if (!m.matches()) {
            return null;
        }
        return new Address(m.group(1), m.group(2), m.group(3) == null ? null : Reach.valueOf(m.group(3).toUpperCase()));
    }

    public boolean list() {
        return LIST.equals(member) || LIST_WITH_FIGURES.equals(member);
    }

    /** The key of the figure in a table row: {@code id} or {@code id[member]}. */
    public static String key(String indicatorId, String member) {
        return member == null ? indicatorId : indicatorId + "[" + member + "]";
    }

    @Override
    public String toString() {
        return key(indicatorId, member) + (reach == null ? "" : "@" + reach.name().toLowerCase());
    }
}
