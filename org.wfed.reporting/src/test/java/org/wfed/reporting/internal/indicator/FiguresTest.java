package org.wfed.reporting.internal.indicator;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.wfed.core.extension.Derived;
import org.wfed.core.extension.Dimension;
import org.wfed.core.extension.Indicator;
import org.wfed.core.extension.Indicators;
import org.wfed.core.extension.Member;
import org.wfed.core.extension.Values;

/** Derived figures over derived ones, per member: the change of an average age from the previous term. */
class FiguresTest {
    private static final Dimension POSITIONS = Dimension.of("t.position", "职务", "Position", List.of(new Member("CHAIR", "主席", "Chair")));

    private static Indicator plain(String id) {
        return Indicators.define(id).names(id, id).unit("人").section("organisation").by(POSITIONS).computed((s, p, b) -> new Values());
    }

    private static Indicator derived(String id, Derived d) {
        return Indicators.define(id).names(id, id).unit("岁").section("organisation").by(POSITIONS).derived(d);
    }

    /** The chairs' figure, within a whole committee's of {@code whole}. */
    private static Rolled chairs(String chairs, String whole) {
        return new Rolled(Map.of(), new BigDecimal(whole), Map.of("CHAIR", Map.of()), Map.of("CHAIR", new BigDecimal(chairs)));
    }

    @Test
    void aChangeOfAveragesIsTakenPerMember() {
        List<Indicator> indicators = List.of(plain("t.ages"), plain("t.chairs"), plain("t.previousAges"), plain("t.previousChairs"),
                derived("t.average", Derived.average("t.ages", "t.chairs")),
                derived("t.previousAverage", Derived.average("t.previousAges", "t.previousChairs")),
                derived("t.difference", Derived.difference("t.average", "t.previousAverage")),
                derived("t.change", Derived.change("t.average", "t.previousAverage")));
        Figures f = new Figures(1, indicators, Map.of("t.ages", chairs("420", "4944"), "t.chairs", chairs("12", "120"),
                "t.previousAges", chairs("612", "4000"), "t.previousChairs", chairs("12", "100")));
        assertEquals(new BigDecimal("35.0"), f.value("t.average", "CHAIR", (Long) null));
        assertEquals(new BigDecimal("-16.0"), f.value("t.difference", "CHAIR", (Long) null));
        assertEquals(new BigDecimal("-31.4"), f.value("t.change", "CHAIR", (Long) null));
    }
}
