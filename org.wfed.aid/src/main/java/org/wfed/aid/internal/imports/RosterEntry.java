package org.wfed.aid.internal.imports;

import java.time.LocalDate;
import java.util.List;

/** One good row of a beneficiary roster (花名册): null where the file has no value. */
record RosterEntry(String name, String idNumber, List<String> categories, String household, String bankName,
                   String bankAccount, LocalDate recognizedOn, String guardianName, String guardianRelation,
                   LocalDate guardianConsentOn, String note) {
}
