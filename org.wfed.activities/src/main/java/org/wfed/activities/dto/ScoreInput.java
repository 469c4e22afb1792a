package org.wfed.activities.dto;

import java.math.BigDecimal;
import org.wfed.core.Validation;

/** One judge's score (评委打分) of a nominee, 0–100 with at most two decimals. */
public record ScoreInput(long nomineeId, BigDecimal score, String remark) {
    public ScoreInput {
        new Validation().positive("nomineeId", nomineeId).required("score", score).text("remark", remark, 500, false)
                .rule(score == null || score.signum() >= 0 && score.compareTo(BigDecimal.valueOf(100)) <= 0
                        && score.stripTrailingZeros().scale() <= 2, "score", "OUT_OF_RANGE", "评分应为0到100分，最多两位小数")
                .check();
    }
}
