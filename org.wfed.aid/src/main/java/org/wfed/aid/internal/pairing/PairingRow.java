package org.wfed.aid.internal.pairing;

import java.time.LocalDate;

/** A row of aid_pairing (结对帮扶). */
record PairingRow(long id, long unitId, long personId, long helperPersonId, LocalDate startedOn, LocalDate endedOn,
                  String note, int version) {
}
