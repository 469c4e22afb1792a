package org.wfed.aid.dto;

import java.util.List;

/**
 * An aid programme (救助项目) as configured: money in fen; {@code amountFen} null when each
 * application states its own amount; {@code budgetFen} per year, {@code quotaPerUnit} people per
 * unit per year (null = no limit); {@code noticeDays} 0 = no public notice (公示).
 */
public record Programme(long id, String code, String name, ProgrammeKind kind, FundSource fundSource,
                        String description, Long amountFen, Long budgetFen, Integer quotaPerUnit,
                        EligibilityRules rules, List<ReviewLevel> reviewLevels, int noticeDays,
                        List<PayChannel> channels, boolean active, int version) {
}
