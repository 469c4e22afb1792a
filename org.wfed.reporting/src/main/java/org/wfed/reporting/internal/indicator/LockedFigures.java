package org.wfed.reporting.internal.indicator;

import java.util.LinkedHashMap;
import java.util.Map;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.wfed.core.Cluster;
import org.wfed.core.Database;
import org.wfed.core.PeriodLocks;
import org.wfed.core.Scope;

/**
 * Figures of finished, approved years, kept in memory: once a unit's annual summary is approved its year
 * is locked, and a parent is approved only after its children, so no module may write a record of that
 * year under the unit any more (every dated write checks {@link PeriodLocks#checkOpen}). A scope whose
 * period lies within one year is served from here when its root and every direct child are locked for
 * that year — checked on every use, so a year unlocked since is computed afresh. Reporting's return of
 * a summary drops the year's figures; a change of the present indicators drops all, and so does any year lock
 * set or lifted on any node ({@link Cluster#PERIOD_LOCKS}: a year unlocked, changed and locked again elsewhere).
 * The year before in a table (year-over-year) is usually such a year.
 */
@Component(service = LockedFigures.class)
public final class LockedFigures {
    /** Entries kept at most (an entry: one indicator over one scope, rolled up into ≤ a few dozen children, per member too). */
    static final int MAX_ENTRIES = 20_000;

    /** One indicator over one scope (the scope holds the period and the tree as it stood then). */
    private record Key(String indicator, Scope scope) {
    }

    private final Database db;
    private final PeriodLocks locks;
    private final Contributions contributions;
    private final Map<Key, Rolled> entries = new LinkedHashMap<>(256, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Key, Rolled> eldest) {
            return size() > MAX_ENTRIES;
        }
    };
    private long indicatorsSeen;
    private final AutoCloseable listening;

    @Activate
    public LockedFigures(@Reference Database db, @Reference PeriodLocks locks, @Reference Contributions contributions,
                         @Reference Cluster cluster) {
        this.db = db;
        this.locks = locks;
        this.contributions = contributions;
        this.indicatorsSeen = contributions.lastChange();
        this.listening = cluster.onChange(Cluster.PERIOD_LOCKS, this::forgetAll);
    }

    @Deactivate
    void deactivate() throws Exception {
        listening.close();
    }

    private synchronized void forgetAll() {
        entries.clear();
    }

    /**
     * Whether the scope's figures can be kept: its period lies in one year, locked to its last day (an approval before
     * the year's end locks only up to its cut-off date) for its root and every direct child.
     */
    public boolean lockedYear(Scope scope) {
        int year = scope.period().from().getYear();
        if (scope.period().to().getYear() != year) {
            return false;
        }
        java.time.LocalDate yearEnd = java.time.LocalDate.of(year, 12, 31);
        return db.read(c -> {
            if (!locks.lockedThrough(c, scope.root(), year).map(yearEnd::equals).orElse(false)) {
                return false;
            }
            for (long child : scope.children()) {
                if (!locks.lockedThrough(c, child, year).map(yearEnd::equals).orElse(false)) {
                    return false;
                }
            }
            return true;
        });
    }

    /** The kept figures of the indicator over the scope, or null. */
    public synchronized Rolled get(String indicator, Scope scope) {
        dropIfIndicatorsChanged();
        return entries.get(new Key(indicator, scope));
    }

    public synchronized void put(String indicator, Scope scope, Rolled rolled) {
        dropIfIndicatorsChanged();
        entries.put(new Key(indicator, scope), rolled);
    }

    /** Forgets every figure of a year (a summary of that year was returned and its year unlocked). */
    public synchronized void forgetYear(int year) {
        entries.keySet().removeIf(k -> k.scope().period().from().getYear() == year);
    }

    public synchronized int size() {
        return entries.size();
    }

    private void dropIfIndicatorsChanged() {
        long change = contributions.lastChange();
        if (change != indicatorsSeen) {
            entries.clear();
            indicatorsSeen = change;
        }
    }
}
