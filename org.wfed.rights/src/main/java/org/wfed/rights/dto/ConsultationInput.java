package org.wfed.rights.dto;

import java.time.LocalDate;
import org.wfed.core.Validation;

/**
 * Hotline calls, consultations or a legal-service day (法律服务) of one day, counted even when no case opens: how
 * many people were served (人次) and how many problems were solved (件).
 */
public record ConsultationInput(long unitId, LocalDate heldOn, Channel channel, CaseKind topic, int contacts,
                                Integer solved, String note) {
    public ConsultationInput {
        solved = solved == null ? 0 : solved;
        new Validation().positive("unitId", unitId).required("heldOn", heldOn).notInFuture("heldOn", heldOn)
                .required("channel", channel).required("topic", topic).positive("contacts", contacts)
                .rule(contacts <= 100_000, "contacts", "OUT_OF_RANGE", "人次应在1至100000之间")
                .notNegative("solved", solved).text("note", note, 500, false).check();
    }
}
