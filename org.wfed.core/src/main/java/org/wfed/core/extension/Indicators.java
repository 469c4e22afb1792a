package org.wfed.core.extension;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Predicate;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceRegistration;
import org.wfed.core.Database;
import org.wfed.core.Period;
import org.wfed.core.Scope;

/**
 * The one way to write an indicator: say what it is, then where its values come from.
 * <pre>
 * Dimension programmes = Dimension.fromTable(db, "aid.programme", "救助项目", "Aid programme",
 *         "SELECT code, name, code FROM aid_programme ORDER BY id");
 * Indicator paid = Indicators.define("aid.amountPaid").names("发放救助金额", "Aid paid").unit("元")
 *         .section("care").order(20).by(programmes)
 *         .sql(db, "SELECT a.unit_id, p.code, SUM(a.paid_fen) FROM aid_application a JOIN aid_programme p ON p.id = a.programme_id"
 *                 + " WHERE {units:a.unit_id} AND a.status IN ('PAID', 'RECEIVED') AND a.paid_on BETWEEN {from} AND {to}"
 *                 + " GROUP BY a.unit_id, p.code");
 * Indicator rate = Indicators.define("aid.screeningRate").names("两癌筛查率", "Screening rate").unit("%")
 *         .section("care").derived(Derived.percent("aid.screened", "aid.screeningDue"));
 * </pre>
 * The query's text follows {@link SqlPass}: {@code {units:<column>}}, {@code {from}}, {@code {to}},
 * {@code {fromYear}}, {@code {toYear}} and {@code ?} for the fixed parameters; its columns are the unit id,
 * the member code when the indicator has a dimension, and the value (fen for money). Figures over the same
 * rows share one {@link SqlPass} ({@link Builder#from(SqlPass, int)}). A module's indicators component registers
 * them with {@link #register(BundleContext, List)} when it activates and withdraws them with
 * {@link Registration#unregister()} when it deactivates.
 *
 * @since 1.2
 */
public final class Indicators {
    private Indicators() {
    }

    /**
     * Registers each indicator as an {@link Indicator} service of the calling bundle, so that reporting finds it.
     *
     * @since 1.5
     */
    public static Registration register(BundleContext context, List<Indicator> indicators) {
        List<ServiceRegistration<Indicator>> done = new ArrayList<>();
        for (Indicator i : indicators) {
            done.add(context.registerService(Indicator.class, i, null));
        }
        return new Registration(done);
    }

    /** The indicators a component registered, withdrawn together. @since 1.5 */
    public static final class Registration {
        private final List<ServiceRegistration<Indicator>> registrations;

        private Registration(List<ServiceRegistration<Indicator>> registrations) {
            this.registrations = registrations;
        }

        /** Withdraws them (the component's {@code @Deactivate}); reporting stops counting them at once. */
        public void unregister() {
            registrations.forEach(ServiceRegistration::unregister);
            registrations.clear();
        }
    }

    /** Values computed in Java, e.g. from a module's service or from rows a query cannot filter. */
    @FunctionalInterface
    public interface Computation {
        Values values(Scope scope, Period period, Batch batch);
    }

    /** Starts an indicator with its stable id, {@code <module>.<what>}. */
    public static Builder define(String id) {
        return new Builder(id);
    }

    /** What the indicator is; ends with where its values come from. */
    public static final class Builder {
        private final String id;
        private String nameZh;
        private String nameEn;
        private String unitZh;
        private Measure measure;
        private String section;
        private int order = 100;
        private Dimension dimension;
        private Reach reach = Reach.SUBTREE;
        private boolean rolledUp;
        private int smallestShown;

        private Builder(String id) {
            if (id == null || !id.matches("[A-Za-z][A-Za-z0-9_]*(\\.[A-Za-z0-9_]+)+")) {
                throw new IllegalArgumentException("an indicator id is <module>.<what>: " + id);
            }
            this.id = id;
        }

        public Builder names(String nameZh, String nameEn) {
            this.nameZh = nameZh;
            this.nameEn = nameEn;
            return this;
        }

        /** Unit of measure in Chinese (人, 人次, 户, 场次, 元, 小时, %, 岁 …); the measure follows from it unless set. */
        public Builder unit(String unitZh) {
            this.unitZh = unitZh;
            return this;
        }

        public Builder measure(Measure measure) {
            this.measure = measure;
            return this;
        }

        /** One of {@link ReportSection#SECTIONS}. */
        public Builder section(String section) {
            this.section = section;
            return this;
        }

        public Builder order(int order) {
            this.order = order;
            return this;
        }

        /** Broken down by a dimension: the query's second column is the member code. */
        public Builder by(Dimension dimension) {
            this.dimension = Objects.requireNonNull(dimension, "dimension");
            return this;
        }

        /**
         * Members of the breakdown counted fewer than {@code n} times are not shown for units below district level
         * (see {@link Indicator#smallestShown}); for figures that could point at a person.
         *
         * @since 1.6
         */
        public Builder smallestShown(int n) {
            if (n < 0) {
                throw new IllegalArgumentException("smallestShown must not be negative: " + n);
            }
            this.smallestShown = n;
            return this;
        }

        /** The reach the summary of a unit with children states by default (default: the subtree). */
        public Builder reach(Reach reach) {
            this.reach = Objects.requireNonNull(reach, "reach");
            return this;
        }

        /**
         * The query of {@link #sql} groups by {@code ROLLUP(unit_id, member)}: rows with a NULL member hold the
         * units' totals (see {@link SqlPass#byMemberRolledUp}).
         */
        public Builder rolledUp() {
            this.rolledUp = true;
            return this;
        }

        /** Values from one aggregate query of its own. */
        public Indicator sql(Database db, String sql, Object... fixed) {
            SqlPass pass = dimension == null ? SqlPass.perUnit(db, sql, fixed)
                    : rolledUp ? SqlPass.byMemberRolledUp(db, sql, fixed) : SqlPass.byMember(db, sql, fixed);
            return from(pass, 1);
        }

        /** Values from one value column (counted from 1) of a pass shared with other indicators. */
        public Indicator from(SqlPass pass, int column) {
            return from(pass, column, null);
        }

        /**
         * Values from one value column of a pass shared with other indicators, only the rows {@code rows}
         * accepts (e.g. the programmes that are visits, the statuses that count as granted); the total is then
         * the sum of those.
         */
        public Indicator from(SqlPass pass, int column, Predicate<SqlPass.Row> rows) {
            Objects.requireNonNull(pass, "pass");
            if (dimension != null && pass.keys() == 0) {
                throw new IllegalArgumentException(id + ": a breakdown needs a pass by member");
            }
            boolean keepMembers = dimension != null;
            return build((scope, period, batch) ->
                    pass.values(pass.rows(scope, period, batch), column, rows, keepMembers, measureOrDefault()), null);
        }

        /** Values computed in Java. */
        public Indicator computed(Computation computation) {
            return build(Objects.requireNonNull(computation, "computation"), null);
        }

        /** A figure derived from two others (a rate, an average, a change); never summed. */
        public Indicator derived(Derived derived) {
            return build(null, Objects.requireNonNull(derived, "derived"));
        }

        private Measure measureOrDefault() {
            return measure != null ? measure : Measure.of(unitZh, false);
        }

        private Indicator build(Computation computation, Derived derived) {
            if (nameZh == null || nameZh.isBlank() || unitZh == null || section == null) {
                throw new IllegalArgumentException(id + ": names, unit and section are required");
            }
            Measure m = derived != null ? (measure != null ? measure : derived.measure()) : measureOrDefault();
            return new Defined(id, nameZh, nameEn == null ? id : nameEn, unitZh, section, order, m, dimension, reach,
                    smallestShown, computation, derived);
        }
    }

    /** An indicator as a builder defined it. */
    private record Defined(String id, String nameZh, String nameEn, String unitZh, String section, int order,
                           Measure measure, Dimension dimension, Reach reach, int smallestShown, Computation computation,
                           Derived derived)
            implements Indicator {

        @Override
        public Values values(Scope scope, Period period, Batch batch) {
            return computation == null ? new Values() : computation.values(scope, period, batch);
        }

        @Override
        public Map<Long, Long> compute(Scope scope, Period period) {
            return computation == null ? Map.of() : values(scope, period, Batch.none()).toWholeNumbers(measure);
        }

        @Override
        public String[] ratioOf() {
            return derived != null && derived.kind() == Derived.Kind.PERCENT
                    ? new String[] {derived.numerator(), derived.denominator()} : null;
        }

        @Override
        public String toString() {
            return id;
        }
    }
}
