package org.wfed.reporting.internal.indicator;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.wfed.core.extension.Indicator;
import org.wfed.core.extension.ReportSection;

/**
 * The indicators and summary sections the present bundles register (modules and local plugins);
 * they come and go at runtime, and reporting works with whatever subset is there.
 */
@Component(service = Contributions.class)
public final class Contributions {
    private static final Comparator<Indicator> INDICATOR_ORDER = Comparator
            .comparingInt((Indicator i) -> sectionIndex(i.section())).thenComparingInt(Indicator::order)
            .thenComparing(Indicator::id);
    private static final Comparator<ReportSection> SECTION_ORDER = Comparator
            .comparingInt((ReportSection s) -> sectionIndex(s.section())).thenComparingInt(ReportSection::order)
            .thenComparing(ReportSection::id);

    private final List<Indicator> indicators = new CopyOnWriteArrayList<>();
    private final List<ReportSection> sections = new CopyOnWriteArrayList<>();
    private volatile long lastChange = System.nanoTime();

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    void addIndicator(Indicator i) {
        indicators.add(i);
        lastChange = System.nanoTime();
    }

    void removeIndicator(Indicator i) {
        indicators.remove(i);
        lastChange = System.nanoTime();
    }

    /** {@link System#nanoTime()} of the last indicator that came or went (or of this component's start). */
    public long lastChange() {
        return lastChange;
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    void addSection(ReportSection s) {
        sections.add(s);
    }

    void removeSection(ReportSection s) {
        sections.remove(s);
    }

    /** The present indicators in summary order (section, then order, then id); first of a duplicated id wins. */
    public List<Indicator> indicators() {
        java.util.Set<String> seen = new java.util.HashSet<>();
        return indicators.stream().filter(i -> seen.add(i.id())).sorted(INDICATOR_ORDER).toList();
    }

    public Optional<Indicator> indicator(String id) {
        return indicators.stream().filter(i -> i.id().equals(id)).findFirst();
    }

    /** The present summary sections in the genre's order. */
    public List<ReportSection> sections() {
        return sections.stream().sorted(SECTION_ORDER).toList();
    }

    static int sectionIndex(String section) {
        int i = ReportSection.SECTIONS.indexOf(section);
        return i < 0 ? ReportSection.SECTIONS.size() : i;
    }
}
