package org.wfed.example.insurance.internal;

import java.time.LocalDate;
import org.wfed.core.Validation;

/** A new policy: premium in fen (¥100 = 10000); the compact constructor validates with core's error catalogue. */
public record NewPolicy(long personId, int year, long premiumFen, String insurer, LocalDate boughtOn) {
    public NewPolicy {
        new Validation().positive("personId", personId).rule(year >= 2000 && year <= 2100, "year", "OUT_OF_RANGE", "年份不正确")
                .positive("premiumFen", premiumFen).text("insurer", insurer, 100, false).notInFuture("boughtOn", boughtOn).check();
    }
}
