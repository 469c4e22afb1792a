package org.wfed.aid.internal.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.wfed.core.extension.SqlPass;
import org.wfed.core.extension.Values;

/** The payments' one pass (ROLLUP of unit, group, programme) read per programme, per group and as units served. */
class PaymentPassTest {
    /** Unit 7: a woman of 低保 paid by two programmes, a retired cadre by the visit; ROLLUP rows as Derby answers them. */
    private static final List<SqlPass.Row> ROWS = List.of(
            row(7, "DIBAO", "VISIT", 1, 30_000, 1),
            row(7, "DIBAO", "INSURANCE", 1, 10_000, 1),
            row(7, "DIBAO", null, 2, 40_000, 1),
            row(7, "RETIRED_CADRE", "VISIT", 1, 50_000, 1),
            row(7, "RETIRED_CADRE", null, 1, 50_000, 1),
            row(7, null, null, 3, 90_000, 2));

    private static SqlPass.Row row(long unit, String group, String programme, long payments, long fen, long people) {
        return new SqlPass.Row(unit, Arrays.asList(group, programme), List.of(BigDecimal.valueOf(payments), BigDecimal.valueOf(fen),
                BigDecimal.valueOf(people)));
    }

    @Test
    void programmesSumTheirGroupsAndTotalsAreDistinct() {
        Values people = AidIndicators.byProgramme(ROWS, 3, false);
        assertEquals(Map.of("VISIT", BigDecimal.valueOf(2), "INSURANCE", BigDecimal.ONE), people.members(7));
        assertEquals(BigDecimal.valueOf(2), people.total(7), "two people, though three payments");
        Values paid = AidIndicators.byProgramme(ROWS, 2, true);
        assertEquals(0, new BigDecimal("800").compareTo(paid.members(7).get("VISIT")));
        assertEquals(0, new BigDecimal("900").compareTo(paid.total(7)));
    }

    @Test
    void groupsAreTheirRollUpRows() {
        Values people = AidIndicators.byGroup(ROWS, 3, false);
        assertEquals(Map.of("DIBAO", BigDecimal.ONE, "RETIRED_CADRE", BigDecimal.ONE), people.members(7));
        assertEquals(BigDecimal.valueOf(2), people.total(7));
    }

    @Test
    void aUnitIsServedOncePerProgrammeAndOnceInAll() {
        Values units = AidIndicators.unitsServed(ROWS);
        assertEquals(Map.of("VISIT", BigDecimal.ONE, "INSURANCE", BigDecimal.ONE), units.members(7));
        assertEquals(BigDecimal.ONE, units.total(7));
        assertEquals(BigDecimal.valueOf(2), AidIndicators.programmeTotal(ROWS, 1, code -> code.endsWith("VISIT")).total(7));
    }

    /** The payments one by one (unit 7's three above, a man among them) make the ROLLUP rows above, added up here. */
    @Test
    void thePaymentsAddUpToTheRollUpRowsWithDistinctPeople() {
        Payments payments = new Payments();
        payments.add(7, "DIBAO", "VISIT", 101, "W", 30_000L, null, null);
        payments.add(7, "DIBAO", "INSURANCE", 101, "W", 10_000L, null, null);
        payments.add(7, "RETIRED_CADRE", "VISIT", 102, "M", 50_000L, null, null);
        List<SqlPass.Row> rows = payments.rows();
        assertEquals(ROWS.size(), rows.size(), rows.toString());
        for (SqlPass.Row expected : ROWS) {
            SqlPass.Row got = rows.stream().filter(r -> r.keys().equals(expected.keys())).findFirst().orElseThrow();
            for (int i = 1; i <= 3; i++) {
                assertEquals(0, expected.value(i).compareTo(got.value(i)), expected + " / " + got);
            }
            assertEquals(BigDecimal.ZERO, got.value(4), "no household: counted 0, as SQL's COUNT");
            assertEquals(null, got.value(5), "no household members: the sum stays null as SQL's");
            assertEquals(null, got.value(6), "no goods: the sum stays null as SQL's");
        }
        assertEquals(BigDecimal.valueOf(2), AidIndicators.byProgramme(rows, 3, false).total(7));
        assertEquals(BigDecimal.ONE, payments.womenChildren().total(7), "one woman, paid twice; the man is not counted");
    }

    @Test
    void householdsAndGoodsAreSummedWhereGiven() {
        Payments payments = new Payments();
        payments.add(7, "DIBAO", "GOODS", 101, "W", null, 3, new BigDecimal("2.50"));
        payments.add(7, "DIBAO", "GOODS", 103, "C", null, null, new BigDecimal("1.00"));
        payments.add(8, "DIBAO", "GOODS", 104, "W", 500L, 2, null);
        SqlPass.Row unit7 = payments.rows().stream().filter(r -> r.unitId() == 7 && r.key(1) == null).findFirst().orElseThrow();
        assertEquals(Arrays.asList(BigDecimal.valueOf(2), null, BigDecimal.valueOf(2), BigDecimal.ONE, BigDecimal.valueOf(3),
                new BigDecimal("3.50")), unit7.values());
        assertEquals(BigDecimal.valueOf(2), payments.womenChildren().total(7));
        assertEquals(BigDecimal.ONE, payments.womenChildren().total(8));
    }
}
