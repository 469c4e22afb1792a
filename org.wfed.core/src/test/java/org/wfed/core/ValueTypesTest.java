package org.wfed.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ValueTypesTest {

    @Test
    void areaCodeKnowsStreetsAndResidentsCommittees() {
        AreaCode c = new AreaCode("420102001003");
        assertTrue(c.isStreet());
        assertTrue(c.isResidents());
        assertEquals("VILLAGE", c.level());
        assertTrue(c.isUnder(new AreaCode("420102000000")));
    }

    @Test
    void areaCodeMustHaveTwelveDigits() {
        assertEquals("INVALID_AREA_CODE", assertThrows(WfedException.class, () -> new AreaCode("4201")).code());
    }

    @Test
    void moneyIsKeptInFen() {
        assertEquals("10000.00", Money.yuan(10_000).toString());
        assertEquals(1_000_000, Money.yuan(10_000).fen());
    }

    @Test
    void masksKeepOnlyTheEnds() {
        assertEquals("6222********1234", Masks.mask(Sensitive.Kind.BANK_ACCOUNT, "6222000011111234"));
        assertEquals("139****5678", Masks.mask(Sensitive.Kind.PHONE, "13912345678"));
        assertEquals("王**", Masks.mask(Sensitive.Kind.CHILD_NAME, "王小明"));
    }

    @Test
    void validationCollectsEveryFieldError() {
        WfedException e = assertThrows(WfedException.class,
                () -> new Validation().text("name", "", 10, true).text("note", "x".repeat(11), 10, false).check());
        assertEquals(2, e.fields().size());
        assertEquals("REQUIRED", e.fields().get(0).code());
        assertEquals("TOO_LONG", e.fields().get(1).code());
    }

    @Test
    void htmlEscapingNeutralisesMarkupAndDropsForbiddenControlCharacters() {
        assertEquals("&lt;script&gt;a&amp;b &quot;c&quot; &#39;d&#39;", Html.escape("<script>a&b \"c\" 'd'"));
        assertEquals("ab\n", Html.escape("a\u0001b\n"));
        assertEquals("", Html.escape(null));
    }
}
