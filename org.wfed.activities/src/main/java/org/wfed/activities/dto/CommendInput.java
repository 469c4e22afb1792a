package org.wfed.activities.dto;

import java.time.LocalDate;
import org.wfed.core.Validation;

/**
 * The commendation (表彰): its date, the document that names the honoured (表彰文件文号) and the prefix of
 * certificate numbers (then a 3-digit sequence); without one the numbers follow the readable pattern
 * (e.g. {@code 东湖〔2026〕最美家庭第001号}, setting {@code wfed.certificateNumberPattern}).
 */
public record CommendInput(LocalDate commendedOn, String documentNo, String certificatePrefix, int version) {
    public CommendInput {
        new Validation().required("commendedOn", commendedOn).notInFuture("commendedOn", commendedOn)
                .text("documentNo", documentNo, 100, false).text("certificatePrefix", certificatePrefix, 40, false)
                .check();
    }
}
