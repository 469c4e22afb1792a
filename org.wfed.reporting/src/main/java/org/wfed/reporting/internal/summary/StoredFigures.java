package org.wfed.reporting.internal.summary;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.wfed.core.extension.Measure;
import org.wfed.core.extension.Reach;
import org.wfed.reporting.dto.Figure;
import org.wfed.reporting.internal.indicator.Address;
import org.wfed.reporting.internal.summary.SummaryRepository.FigureRow;

/**
 * A summary's stored figures as its placeholders read them: an indicator's whole figure or one member's, at
 * the reach the placeholder, its paragraph or the indicator names; the members with data as a list.
 */
final class StoredFigures implements PlaceholderRenderer.Figures {
    private final Map<String, FigureRow> rows = new HashMap<>();
    private final Map<String, List<FigureRow>> membersByIndicator = new HashMap<>();
    private final List<FigureRow> all;

    StoredFigures(List<FigureRow> rows) {
        this.all = List.copyOf(rows);
        for (FigureRow r : rows) {
            this.rows.put(key(r.indicatorId(), r.member(), r.reach()), r);
            if (r.member() != null) {
                membersByIndicator.computeIfAbsent(r.indicatorId(), k -> new ArrayList<>()).add(r);
            }
        }
        membersByIndicator.values().forEach(l -> l.sort(java.util.Comparator.comparingInt(FigureRow::position)
                .thenComparing(FigureRow::member)));
    }

    private static String key(String id, String member, String reach) {
        return id + "\u0000" + (member == null ? "" : member) + "\u0000" + reach;
    }

    @Override
    public PlaceholderRenderer.Resolved resolve(Address a, Reach paragraphReach, String followedBy) {
        FigureRow whole = rows.get(key(a.indicatorId(), null, Reach.SUBTREE.name()));
        if (whole == null) {
            return new PlaceholderRenderer.Resolved(a.indicatorId(), null, null, null, null, true);
        }
        Reach reach = a.reach() != null ? a.reach() : paragraphReach != null ? paragraphReach : Reach.valueOf(whole.defaultReach());
        Measure measure = Measure.valueOf(whole.measure());
        if (a.list()) {
            List<String> items = new ArrayList<>();
            for (FigureRow m : membersByIndicator.getOrDefault(a.indicatorId(), List.of())) {
                if (m.reach().equals(reach.name()) && m.value() != null && m.value().signum() != 0) {
                    items.add(Address.LIST_WITH_FIGURES.equals(a.member())
                            ? m.memberZh() + FigureFormat.withUnit(measure, m.unitZh(), m.value()) : m.memberZh());
                }
            }
            return new PlaceholderRenderer.Resolved(a.indicatorId(), whole.nameZh(), reach, BigDecimal.valueOf(items.size()),
                    items.isEmpty() ? null : String.join("、", items), false);
        }
        FigureRow row = rows.get(key(a.indicatorId(), a.member(), reach.name()));
        BigDecimal value = row != null ? row.value() : a.member() != null && measure.summed() ? BigDecimal.ZERO : null;
        String name = whole.nameZh() + (a.member() == null ? "" : "：" + (row != null && row.memberZh() != null ? row.memberZh() : a.member()));
        String text = measure == Measure.MONEY && !followedBy.startsWith("元")
                ? FigureFormat.withUnit(measure, "元", value) : FigureFormat.number(measure, value);
        return new PlaceholderRenderer.Resolved(a.indicatorId(), name, reach, value, text, false);
    }

    /** The indicators the summary holds figures of, with the member codes of each (empty: no breakdown). */
    Map<String, Set<String>> members() {
        Map<String, Set<String>> out = new HashMap<>();
        for (FigureRow r : all) {
            Set<String> codes = out.computeIfAbsent(r.indicatorId(), k -> new LinkedHashSet<>());
            if (r.member() != null) {
                codes.add(r.member());
            }
        }
        return out;
    }

    /** Every stored figure as the API lists it. */
    List<Figure> list() {
        List<Figure> out = new ArrayList<>();
        for (FigureRow r : all) {
            Measure measure = Measure.valueOf(r.measure());
            String key = Address.key(r.indicatorId(), r.member()) + (r.reach().equals(r.defaultReach()) ? "" : "@" + r.reach().toLowerCase());
            String text = FigureFormat.withUnit(measure, r.unitZh(), r.value());
            out.add(new Figure(key, r.indicatorId(), r.member(), r.memberZh(), r.reach(), r.nameZh(), r.unitZh(), r.measure(),
                    r.value(), text == null ? "无数据" : text));
        }
        return out;
    }
}
