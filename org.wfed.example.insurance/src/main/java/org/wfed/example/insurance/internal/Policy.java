package org.wfed.example.insurance.internal;

import java.time.LocalDate;

/** A policy (女性安康保险) as the API shows it. */
public record Policy(long id, long unitId, long personId, String personName, int year, long premiumFen, String insurer,
                     LocalDate boughtOn) {
}
