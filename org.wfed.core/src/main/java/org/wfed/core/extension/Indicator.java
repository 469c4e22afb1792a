package org.wfed.core.extension;

import java.util.Map;
import org.osgi.annotation.versioning.ConsumerType;
import org.wfed.core.Period;
import org.wfed.core.Scope;

/**
 * A figure reporting can show, roll up and put into a summary (指标). Values are whole numbers
 * (counts, amounts in fen, people); rates are indicators of their own with {@link #ratioOf()}.
 */
@ConsumerType
public interface Indicator {
    /** Stable id, {@code <module>.<what>}, e.g. {@code elections.chairs}. */
    String id();

    String nameZh();

    String nameEn();

    /** Unit of measure in Chinese, e.g. 人, 户, 次, 元 (then values are fen). */
    String unitZh();

    /** The annual-summary section the figure belongs to; see {@link ReportSection#SECTIONS}. */
    String section();

    /** Order of display within its section. */
    default int order() {
        return 100;
    }

    /**
     * Value per unit id for every unit of the scope that has one, over the period; reporting sums
     * them up the tree. Ideally one aggregate query {@code ... WHERE <scope condition> GROUP BY unit_id}.
     * Ratio indicators answer an empty map.
     */
    Map<Long, Long> compute(Scope scope, Period period);

    /**
     * For a rate: the ids of the numerator and denominator indicators; reporting computes the
     * percentage from their roll-ups. Null for a plain figure.
     */
    default String[] ratioOf() {
        return null;
    }
}
