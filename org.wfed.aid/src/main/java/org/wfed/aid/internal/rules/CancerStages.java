package org.wfed.aid.internal.rules;

import java.util.Locale;
import org.wfed.aid.dto.CancerSite;

/**
 * Which 两癌 diagnoses make a low-income woman eligible for 两癌救助: cervical cancer of FIGO stage
 * IIB or later (IIB, III*, IV*), or invasive breast cancer (浸润性乳腺癌).
 */
public final class CancerStages {
    private CancerStages() {
    }

    public static boolean qualifies(CancerSite site, String stage, boolean invasive) {
        return site == CancerSite.BREAST ? invasive : cervicalAtLeastIIB(stage);
    }

    /** FIGO stage of cervical cancer at least IIB ("IIB", "iib", "IIIC1", "IVA", "4" …). */
    public static boolean cervicalAtLeastIIB(String stage) {
        if (stage == null) {
            return false;
        }
        String s = stage.trim().toUpperCase(Locale.ROOT).replace("期", "");
        int roman;
        String rest;
        if (s.startsWith("IV")) {
            roman = 4;
            rest = s.substring(2);
        } else if (s.startsWith("III")) {
            roman = 3;
            rest = s.substring(3);
        } else if (s.startsWith("II")) {
            roman = 2;
            rest = s.substring(2);
        } else if (s.startsWith("I")) {
            roman = 1;
            rest = s.substring(1);
        } else if (!s.isEmpty() && Character.isDigit(s.charAt(0))) {
            roman = s.charAt(0) - '0';
            rest = s.substring(1);
        } else {
            return false;
        }
        if (roman >= 3) {
            return true;
        }
        return roman == 2 && rest.startsWith("B");
    }

    /** Whether a stage text is a FIGO stage (I–IV with an optional letter and digit). */
    public static boolean isStage(String stage) {
        return stage != null && stage.trim().toUpperCase(Locale.ROOT).matches("(IV|III|II|I|[1-4])([ABC][12]?)?期?");
    }
}
