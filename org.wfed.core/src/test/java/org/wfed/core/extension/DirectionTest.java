package org.wfed.core.extension;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** A change or a difference written as the genre writes it: the word of its direction and the absolute value. */
class DirectionTest {

    @Test
    void aFallReadsWithItsWordAndWithoutTheMinusSign() {
        Direction d = Direction.parse("提高/下降");
        assertEquals(new Direction("提高", "下降"), d);
        assertEquals("下降31.4%", d.write(new BigDecimal("-31.4"), "-31.4%"));
        assertEquals("提高200%", d.write(new BigDecimal("200"), "200%"));
        assertEquals("0", d.write(BigDecimal.ZERO, "0"));
        assertNull(d.write(null, null));
    }

    @Test
    void onlyTwoWordsSeparatedByASlashAreARule() {
        assertEquals(new Direction("增加", "减少"), Direction.parse(" 增加 / 减少 "));
        assertNull(Direction.parse("下降"));
        assertNull(Direction.parse("提高/"));
        assertNull(Direction.parse("提高/下降/持平"));
        assertNull(Direction.parse("1/2"));
        assertNull(Direction.parse(null));
    }

    @Test
    void aDifferenceIsNeverSummed() {
        Derived d = Derived.difference("x.after", "x.before");
        assertEquals(Derived.Kind.DIFFERENCE, d.kind());
        assertEquals(Measure.AVERAGE, d.measure());
    }
}
