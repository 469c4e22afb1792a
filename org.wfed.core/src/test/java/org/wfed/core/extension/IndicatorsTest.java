package org.wfed.core.extension;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.lang.reflect.Proxy;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.wfed.core.Database;
import org.wfed.core.Period;
import org.wfed.core.Scope;
import org.wfed.core.SqlWork;

/**
 * The one helper for indicators: how a query's text is bound to the scope and period, how its rows become
 * exact values per unit and member, and how a shared pass runs once for the indicators of a batch. The
 * database is a recording stand-in answering fixed rows (the queries themselves run in the in-framework tests).
 */
class IndicatorsTest {
    private static final Period YEAR = Period.year(2026);
    /** Units 1 (the root), 2 and 3 (under 2); 9 lies outside. */
    private static final Scope SCOPE = new Scope(1, YEAR, Map.of(1L, 1L, 2L, 2L, 3L, 2L), List.of(2L));

    /** A database answering the given rows to every query, recording the statements and their parameters. */
    static final class Recording implements Database {
        final List<String> statements = new ArrayList<>();
        final List<List<Object>> params = new ArrayList<>();
        private final List<Object[]> rows;

        Recording(Object[]... rows) {
            this.rows = List.of(rows);
        }

        @Override
        public <T> T read(SqlWork<T> work) {
            try {
                return work.run(connection());
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        }

        @Override public <T> T write(SqlWork<T> work) { return read(work); }
        @Override public int migrate(String owner, Class<?> anchor) { return 0; }
        @Override public java.nio.file.Path files(String owner) { return null; }

        private Connection connection() {
            return proxy(Connection.class, (m, a) -> {
                if (m.equals("prepareStatement")) {
                    statements.add((String) a[0]);
                    List<Object> bound = new ArrayList<>();
                    params.add(bound);
                    return statement(bound);
                }
                return null;
            });
        }

        private PreparedStatement statement(List<Object> bound) {
            return proxy(PreparedStatement.class, (m, a) -> switch (m) {
                case "setObject", "setDate", "setLong", "setInt", "setString" -> {
                    while (bound.size() < (int) a[0]) {
                        bound.add(null);
                    }
                    bound.set((int) a[0] - 1, a[1] instanceof java.sql.Date d ? d.toLocalDate() : a[1]);
                    yield null;
                }
                case "executeQuery" -> results();
                default -> null;
            });
        }

        private ResultSet results() {
            AtomicInteger at = new AtomicInteger(-1);
            int columns = rows.isEmpty() ? 0 : rows.get(0).length;
            ResultSetMetaData meta = proxy(ResultSetMetaData.class, (m, a) -> switch (m) {
                case "getColumnCount" -> columns;
                // PostgreSQL's driver reports a BOOLEAN column as BIT
                case "getColumnType" -> rows.stream().anyMatch(r -> r[(int) a[0] - 1] instanceof Boolean) ? java.sql.Types.BIT
                        : java.sql.Types.VARCHAR;
                default -> null;
            });
            boolean[] wasNull = {false};
            return proxy(ResultSet.class, (m, a) -> switch (m) {
                case "next" -> at.incrementAndGet() < rows.size();
                case "getMetaData" -> meta;
                case "wasNull" -> wasNull[0];
                case "getLong" -> {
                    Object v = rows.get(at.get())[(int) a[0] - 1];
                    wasNull[0] = v == null;
                    yield v == null ? 0L : ((Number) v).longValue();
                }
                case "getBoolean" -> {
                    Object v = rows.get(at.get())[(int) a[0] - 1];
                    wasNull[0] = v == null;
                    yield v != null && (Boolean) v;
                }
                // as PostgreSQL's driver answers: a BOOLEAN's text is "t" or "f"
                case "getString" -> {
                    Object v = rows.get(at.get())[(int) a[0] - 1];
                    yield v == null ? null : v instanceof Boolean b ? (b ? "t" : "f") : String.valueOf(v);
                }
                case "getBigDecimal" -> {
                    Object v = rows.get(at.get())[(int) a[0] - 1];
                    yield v == null ? null : new BigDecimal(v.toString());
                }
                default -> null;
            });
        }
    }

    interface Answer {
        Object answer(String method, Object[] args) throws Exception;
    }

    @SuppressWarnings("unchecked")
    static <T> T proxy(Class<T> type, Answer answer) {
        return (T) Proxy.newProxyInstance(IndicatorsTest.class.getClassLoader(), new Class<?>[] {type},
                (p, m, a) -> m.getName().equals("close") ? null : answer.answer(m.getName(), a == null ? new Object[0] : a));
    }

    @Test
    void aQueryIsBoundToTheScopeThePeriodAndItsFixedParametersInOrder() {
        Recording db = new Recording(new Object[] {2L, 5L}, new Object[] {9L, 7L});
        Indicator i = Indicators.define("test.count").names("件数", "Count").unit("件").section("care")
                .sql(db, "SELECT t.unit_id, COUNT(*) FROM t WHERE t.kind = ? AND {units:t.unit_id} AND t.day BETWEEN {from} AND {to}"
                        + " AND t.year >= {fromYear} GROUP BY t.unit_id", "FAMILY");
        Values v = i.values(SCOPE, YEAR, Batch.none());
        assertEquals("SELECT t.unit_id, COUNT(*) FROM t WHERE t.kind = ? AND t.unit_id IN (?, ?, ?) AND t.day BETWEEN ? AND ?"
                + " AND t.year >= ? GROUP BY t.unit_id", db.statements.get(0));
        List<Object> p = db.params.get(0);
        assertEquals("FAMILY", p.get(0));
        assertEquals(List.of(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31), 2026), p.subList(4, 7));
        assertEquals(new BigDecimal("5"), v.total(2));
        assertNull(v.total(9), "a unit outside the scope is dropped");
        assertEquals(Map.of(2L, 5L), i.compute(SCOPE, YEAR));
    }

    @Test
    void moneyIsReadInFenAndAnsweredInYuanExactly() {
        Recording db = new Recording(new Object[] {2L, "VISIT", 500050L}, new Object[] {3L, "VISIT", 1L}, new Object[] {3L, "AID", 1000000L});
        Indicator paid = Indicators.define("test.paid").names("金额", "Paid").unit("元").section("care")
                .by(Dimension.of("test.programme", "项目", "Programme", List.of(new Member("VISIT", "慰问", null))))
                .sql(db, "SELECT unit_id, code, SUM(fen) FROM t WHERE {units:unit_id} GROUP BY unit_id, code");
        assertEquals(Measure.MONEY, paid.measure());
        Values v = paid.values(SCOPE, YEAR, Batch.none());
        assertEquals(new BigDecimal("5000.50"), v.total(2));
        assertEquals(new BigDecimal("10000.01"), v.total(3));
        assertEquals(Map.of("VISIT", new BigDecimal("0.01"), "AID", new BigDecimal("10000.00")), v.members(3));
        assertEquals(Map.of(2L, 500050L, 3L, 1000001L), paid.compute(SCOPE, YEAR), "API 1.0 answers fen");
    }

    @Test
    void aRolledUpQueryGivesTotalsThatAreNotTheSumOfTheMembers() {
        // person 1 was aided by two programmes at unit 2: two members of one each, but one person in all
        Recording db = new Recording(new Object[] {2L, "VISIT", 1L}, new Object[] {2L, "AID", 1L}, new Object[] {2L, null, 1L},
                new Object[] {null, null, 1L});
        Indicator people = Indicators.define("test.people").names("人数", "People").unit("人").section("care")
                .by(Dimension.of("test.programme", "项目", "Programme", List.of())).rolledUp()
                .sql(db, "SELECT unit_id, code, COUNT(DISTINCT person_id) FROM t WHERE {units:unit_id} GROUP BY ROLLUP(unit_id, code)");
        Values v = people.values(SCOPE, YEAR, Batch.none());
        assertEquals(BigDecimal.ONE, v.total(2));
        assertEquals(2, v.members(2).size());
        assertEquals(java.util.Set.of(2L), v.units(), "the grand total row is dropped");
    }

    /** A BOOLEAN grouping key (aid's screenings by s.abnormal) reads "true" on every database, "t" never. */
    @Test
    void aBooleanKeyReadsTrueOrFalseOnEveryDatabase() {
        Recording db = new Recording(new Object[] {2L, true, 3L}, new Object[] {2L, false, 5L}, new Object[] {2L, null, 8L});
        SqlPass pass = SqlPass.byMemberRolledUp(db, "SELECT unit_id, abnormal, COUNT(DISTINCT person_id) FROM s"
                + " WHERE {units:unit_id} GROUP BY ROLLUP(unit_id, abnormal)");
        Indicator abnormal = Indicators.define("test.abnormal").names("异常", "Abnormal").unit("人").section("care")
                .from(pass, 1, row -> "true".equals(row.member()));
        assertEquals(new BigDecimal(3), abnormal.values(SCOPE, YEAR, Batch.none()).total(2));
    }

    @Test
    void indicatorsOfOnePassShareOneQueryPerBatch() {
        Recording db = new Recording(new Object[] {2L, "FESTIVAL_VISIT", 3L, 30000L}, new Object[] {3L, "TWO_CANCERS_AID", 1L, 1000000L});
        SqlPass pass = SqlPass.byMember(db, "SELECT unit_id, code, COUNT(*), SUM(fen) FROM t WHERE {units:unit_id} GROUP BY unit_id, code");
        Indicator count = Indicators.define("test.count").names("件数", "Count").unit("件").section("care").from(pass, 1);
        Indicator visits = Indicators.define("test.visits").names("慰问", "Visits").unit("人次").section("care")
                .from(pass, 1, row -> row.member().endsWith("VISIT"));
        Indicator amount = Indicators.define("test.amount").names("金额", "Amount").unit("元").section("care").from(pass, 2);
        Batch batch = new Batch() {
            private final Map<Object, Object> done = new java.util.HashMap<>();

            @Override
            @SuppressWarnings("unchecked")
            public <T> T shared(Object key, Supplier<T> work) {
                return (T) done.computeIfAbsent(key, k -> work.get());
            }
        };
        assertEquals(new BigDecimal("3"), count.values(SCOPE, YEAR, batch).total(2));
        assertNull(visits.values(SCOPE, YEAR, batch).total(3), "only the visiting programmes");
        assertEquals(new BigDecimal("10000.00"), amount.values(SCOPE, YEAR, batch).total(3));
        assertEquals(1, db.statements.size(), "one query for the three figures");
        count.values(SCOPE, YEAR, Batch.none());
        assertEquals(2, db.statements.size(), "without a batch each asks on its own");
    }

    @Test
    void aPassByKeysPicksRowsByAnyKeyAndTurnsIdsIntoCodes() {
        // rows: unit, programme id, status, count; the lookup answers id → code (the recording database answers
        // the same rows to it, so only the ids it lists as the first column map)
        Recording db = new Recording(new Object[] {2L, "1", "PAID", 3L}, new Object[] {2L, "1", "REVIEWING", 5L},
                new Object[] {3L, "9", "PAID", 1L});
        SqlPass applied = SqlPass.byKeys(db, 2, "SELECT unit_id, programme_id, status, COUNT(*) FROM t WHERE {units:unit_id}"
                + " GROUP BY unit_id, programme_id, status").keyedBy(1, "SELECT id, code FROM programme");
        Indicator granted = Indicators.define("test.granted").names("批准", "Granted").unit("件").section("care")
                .by(Dimension.of("test.programme", "项目", "Programme", List.of()))
                .from(applied, 1, row -> !row.key(2).equals("REVIEWING"));
        Values v = granted.values(SCOPE, YEAR, Batch.none());
        assertEquals(new BigDecimal("3"), v.total(2));
        assertEquals(java.util.Set.of("1"), v.members(2).keySet(), "an id the lookup does not know stays as it is");
        assertEquals("SELECT id, code FROM programme", db.statements.get(0), "the lookup runs with the pass");
    }

    @Test
    void aDerivedFigureHasNoValuesAndStillReadsAsARateForOlderReporting() {
        Indicator rate = Indicators.define("test.rate").names("比例", "Rate").unit("%").section("care")
                .derived(Derived.percent("test.a", "test.b"));
        assertEquals(Measure.RATE, rate.measure());
        assertArrayEquals(new String[] {"test.a", "test.b"}, rate.ratioOf());
        assertEquals(Map.of(), rate.compute(SCOPE, YEAR));
        Indicator age = Indicators.define("test.age").names("平均年龄", "Average age").unit("岁").section("organisation")
                .derived(Derived.average("test.ages", "test.chairs"));
        assertEquals(Measure.AVERAGE, age.measure());
        assertNull(age.ratioOf(), "an average is no percentage");
    }

    @Test
    void anIndicatorOfApiOneIsReadAsBefore() {
        Indicator old = new Indicator() {
            @Override public String id() { return "old.money"; }
            @Override public String nameZh() { return "保费"; }
            @Override public String nameEn() { return "Premiums"; }
            @Override public String unitZh() { return "元"; }
            @Override public String section() { return "care"; }
            @Override public Map<Long, Long> compute(Scope scope, Period period) { return Map.of(2L, 12345L); }
        };
        assertEquals(Measure.MONEY, old.measure());
        assertEquals(Reach.SUBTREE, old.reach());
        assertNull(old.dimension());
        assertEquals(new BigDecimal("123.45"), old.values(SCOPE, YEAR, Batch.none()).total(2));
    }

    @Test
    void measuresFollowTheUnitOfAnOlderIndicator() {
        assertEquals(Measure.PERSON_TIMES, Measure.of("人次", false));
        assertEquals(Measure.HOUSEHOLDS, Measure.of("户", false));
        assertEquals(Measure.EVENTS, Measure.of("批次", false));
        assertEquals(Measure.QUANTITY, Measure.of("小时", false));
        assertEquals(Measure.RATE, Measure.of("人", true));
    }

    @Test
    void aPassRefusesAMismatchOfParametersAndABreakdownNeedsMembers() {
        Recording db = new Recording();
        assertThrows(IllegalArgumentException.class, () -> SqlPass.perUnit(db, "SELECT unit_id, COUNT(*) FROM t WHERE kind = ?"));
        SqlPass perUnit = SqlPass.perUnit(db, "SELECT unit_id, COUNT(*) FROM t GROUP BY unit_id");
        assertThrows(IllegalArgumentException.class, () -> Indicators.define("test.x").names("x", "x").unit("个").section("care")
                .by(Dimension.of("d", "d", "d", List.of())).from(perUnit, 1));
        assertThrows(IllegalArgumentException.class, () -> Indicators.define("nodot").names("x", "x").unit("个").section("care"));
        assertThrows(IllegalArgumentException.class, () -> new Member("A]B", "a", null));
        assertEquals("中国 人寿", new Member("中国 人寿", null, null).nameZh(), "a free-text code names itself");
        assertNull(new Member("VISIT", "慰问", null).unitZh(), "a member counts in its indicator's unit");
        assertNull(new Member("VISIT", "慰问", null, " ").unitZh());
        assertEquals("份", new Member("LEAFLET", "宣传单", null, " 份").unitZh());
    }
}
