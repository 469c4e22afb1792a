package org.wfed.itest.reporting;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceRegistration;
import org.wfed.core.Period;
import org.wfed.core.Scope;
import org.wfed.core.extension.Indicator;
import org.wfed.core.extension.ReportSection;

/**
 * Indicators and a summary section registered from the test bundle exactly as a local plugin would,
 * backed by dated in-memory records; unregistered after the tests.
 */
final class TestIndicators {

    /** A dated record of some amount at a unit. */
    record Entry(long unitId, LocalDate day, long amount) {
    }

    /** A plain figure summing its entries per unit over the period, like one GROUP BY query. */
    static final class Recorded implements Indicator {
        private final String id;
        private final String name;
        private final String unit;
        private final String section;
        final List<Entry> entries = new CopyOnWriteArrayList<>();

        Recorded(String id, String name, String unit, String section) {
            this.id = id;
            this.name = name;
            this.unit = unit;
            this.section = section;
        }

        Recorded add(long unitId, String day, long amount) {
            entries.add(new Entry(unitId, LocalDate.parse(day), amount));
            return this;
        }

        @Override public String id() { return id; }
        @Override public String nameZh() { return name; }
        @Override public String nameEn() { return id; }
        @Override public String unitZh() { return unit; }
        @Override public String section() { return section; }

        @Override
        public Map<Long, Long> compute(Scope scope, Period period) {
            Map<Long, Long> out = new HashMap<>();
            for (Entry e : entries) {
                if (scope.contains(e.unitId()) && period.contains(e.day())) {
                    out.merge(e.unitId(), e.amount(), Long::sum);
                }
            }
            return out;
        }
    }

    /** A rate of two other indicators. */
    record Rate(String id, String nameZh, String section, String numerator, String denominator) implements Indicator {
        @Override public String nameEn() { return id; }
        @Override public String unitZh() { return "%"; }
        @Override public Map<Long, Long> compute(Scope scope, Period period) { return Map.of(); }
        @Override public String[] ratioOf() { return new String[] {numerator, denominator}; }
    }

    /** A summary section with placeholders. */
    record Section(String id, String section, String titleZh, List<String> paragraphsZh) implements ReportSection {
    }

    private final BundleContext ctx = FrameworkUtil.getBundle(TestIndicators.class).getBundleContext();
    private final List<ServiceRegistration<?>> registrations = new ArrayList<>();

    <T extends Indicator> T indicator(T indicator) {
        registrations.add(ctx.registerService(Indicator.class, indicator, null));
        return indicator;
    }

    void section(ReportSection section) {
        registrations.add(ctx.registerService(ReportSection.class, section, null));
    }

    void unregisterAll() {
        registrations.forEach(ServiceRegistration::unregister);
        registrations.clear();
    }
}
