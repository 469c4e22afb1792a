package org.wfed.aid.internal.imports;

import java.time.LocalDate;
import org.wfed.aid.dto.CancerSite;
import org.wfed.aid.dto.CervicalMethod;
import org.wfed.aid.dto.ScreenResult;
import org.wfed.aid.dto.ScreeningInput;

/**
 * One good row of a screening-results file: one exam (宫颈癌 or 乳腺癌) of one woman. For a breast exam
 * {@code result} is the clinical exam (临床检查); {@code consentOn} defaults to the screening day.
 */
record ScreeningEntry(String name, String idNumber, CancerSite site, LocalDate screenedOn, CervicalMethod method,
                      ScreenResult result, String birads, ScreenResult mammography, LocalDate consentOn) {

    /** The exam as the screening form enters it, for person {@code personId}. */
    ScreeningInput input(long personId) {
        return site == CancerSite.CERVICAL
                ? new ScreeningInput(personId, screenedOn, method, result, null, null, null, consentOn)
                : new ScreeningInput(personId, screenedOn, null, null, result, birads, mammography, consentOn);
    }

    /** Both exams of one woman on one day, as one record (the form's way). */
    static ScreeningInput both(long personId, ScreeningEntry cervical, ScreeningEntry breast) {
        LocalDate consent = cervical.consentOn().isBefore(breast.consentOn()) ? cervical.consentOn() : breast.consentOn();
        return new ScreeningInput(personId, cervical.screenedOn(), cervical.method(), cervical.result(), breast.result(),
                breast.birads(), breast.mammography(), consent);
    }
}
