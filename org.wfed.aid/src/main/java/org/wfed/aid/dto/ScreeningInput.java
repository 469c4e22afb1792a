package org.wfed.aid.dto;

import java.time.LocalDate;
import java.util.Set;
import org.wfed.core.Validation;

/**
 * One woman's screening (筛查结果). Breast: clinical exam and ultrasound BI-RADS (0–6), mammography
 * (钼靶) exactly when BI-RADS is 0 or 3. {@code consentOn} is the day she consented to the processing
 * of her health data (PIPL: separate consent).
 */
public record ScreeningInput(long personId, LocalDate screenedOn, CervicalMethod cervicalMethod,
                             ScreenResult cervicalResult, ScreenResult breastClinical, String breastBirads,
                             ScreenResult mammography, LocalDate consentOn) {

    private static final Set<String> BIRADS = Set.of("0", "1", "2", "3", "4", "4A", "4B", "4C", "5", "6");

    public ScreeningInput {
        Validation v = new Validation().positive("personId", personId).required("screenedOn", screenedOn)
                .notInFuture("screenedOn", screenedOn).required("consentOn", consentOn).notInFuture("consentOn", consentOn);
        v.rule(cervicalMethod != null || breastClinical != null, "cervicalMethod", "NOTHING_SCREENED", "至少填写宫颈癌或乳腺癌一项筛查");
        v.rule((cervicalMethod == null) == (cervicalResult == null), "cervicalResult", "REQUIRED", "筛查方法和结果须同时填写");
        if (breastBirads != null) {
            breastBirads = breastBirads.trim().toUpperCase();
            v.rule(BIRADS.contains(breastBirads), "breastBirads", "INVALID_BIRADS", "BI-RADS分级应为0–6");
        }
        boolean needsMammography = "0".equals(breastBirads) || "3".equals(breastBirads);
        v.rule(!needsMammography || mammography != null, "mammography", "MAMMOGRAPHY_REQUIRED",
                "超声BI-RADS 0级或3级须填写乳腺X线（钼靶）检查结果");
        v.rule(needsMammography || mammography == null, "mammography", "MAMMOGRAPHY_NOT_INDICATED",
                "仅超声BI-RADS 0级或3级时做乳腺X线检查");
        v.rule(breastClinical != null || breastBirads == null, "breastClinical", "REQUIRED", "请填写乳腺临床检查结果");
        v.check();
    }

    public boolean cervicalAbnormal() {
        return cervicalResult == ScreenResult.ABNORMAL;
    }

    /** Clinical exam abnormal, BI-RADS 4 or higher, or mammography abnormal. */
    public boolean breastAbnormal() {
        boolean high = breastBirads != null && (breastBirads.startsWith("4") || breastBirads.equals("5")
                || breastBirads.equals("6"));
        return breastClinical == ScreenResult.ABNORMAL || high || mammography == ScreenResult.ABNORMAL;
    }
}
