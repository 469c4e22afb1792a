package org.wfed.aid.dto;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.wfed.core.Validation;

/**
 * A community clerk's application for a beneficiary: {@code amountFen} only for programmes without
 * a fixed amount (goods: their value), {@code appliedOn} defaults to today. {@code recipientGroup} is the
 * group (救助对象类别) the aid is granted to, one the person holds and the programme serves (empty: the first of
 * the programme's groups she holds); {@code householdSize} the people of her household an application for the
 * household covers (按户发放, empty: her alone); {@code goodsQuantity} the goods handed out (件, 条, 份…).
 */
public record ApplicationInput(long programmeId, long personId, String reason, Long amountFen, String goods,
                               LocalDate appliedOn, String recipientGroup, Integer householdSize, BigDecimal goodsQuantity) {
    public ApplicationInput {
        new Validation().positive("programmeId", programmeId).positive("personId", personId)
                .text("reason", reason, 500, true).text("goods", goods, 200, false)
                .text("recipientGroup", recipientGroup, 30, false)
                .rule(amountFen == null || amountFen > 0, "amountFen", "NOT_POSITIVE", "必须大于0")
                .rule(householdSize == null || (householdSize >= 1 && householdSize <= 99), "householdSize", "OUT_OF_RANGE",
                        "本户受益人数应在1–99之间")
                .rule(goodsQuantity == null || (goodsQuantity.signum() > 0 && goodsQuantity.scale() <= 2
                        && goodsQuantity.compareTo(new BigDecimal("9999999")) <= 0), "goodsQuantity", "NOT_POSITIVE",
                        "物资数量必须大于0（最多两位小数）")
                .notInFuture("appliedOn", appliedOn).check();
        appliedOn = appliedOn == null ? LocalDate.now() : appliedOn;
        recipientGroup = recipientGroup == null || recipientGroup.isBlank() ? null : recipientGroup.trim();
    }

    public ApplicationInput(long programmeId, long personId, String reason, Long amountFen, String goods, LocalDate appliedOn) {
        this(programmeId, personId, reason, amountFen, goods, appliedOn, null, null, null);
    }
}
