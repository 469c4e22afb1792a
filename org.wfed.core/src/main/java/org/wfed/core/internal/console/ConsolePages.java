package org.wfed.core.internal.console;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.wfed.core.extension.ConsolePage;

/**
 * The console pages present right now, as modules and plugins come and go; the servlet finds a
 * page's files through it and the menu lists it.
 */
@Component(service = ConsolePages.class)
public final class ConsolePages {
    /** Known menu groups in menu order; plugins' own groups come after them, system always last. */
    static final List<String> GROUPS = List.of("org", "elections", "aid", "activities", "rights", "services", "reporting");

    private final List<ConsolePage> pages = new CopyOnWriteArrayList<>();

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    void addPage(ConsolePage page) {
        pages.add(page);
    }

    void removePage(ConsolePage page) {
        pages.remove(page);
    }

    /** The page with that id; the first registered wins when two bundles claim one id. */
    public Optional<ConsolePage> byId(String id) {
        return pages.stream().filter(p -> id.equals(p.id())).findFirst();
    }

    /** All pages in menu order: group, then order inside the group, then id. */
    public List<ConsolePage> sorted() {
        return pages.stream()
                .filter(p -> byId(p.id()).orElse(null) == p)
                .sorted(Comparator.comparingInt((ConsolePage p) -> groupRank(p.group()))
                        .thenComparing(p -> String.valueOf(p.group()))
                        .thenComparingInt(ConsolePage::order)
                        .thenComparing(p -> String.valueOf(p.id())))
                .toList();
    }

    static int groupRank(String group) {
        if ("system".equals(group)) {
            return GROUPS.size() + 1;
        }
        int known = GROUPS.indexOf(group);
        return known >= 0 ? known : GROUPS.size();
    }
}
