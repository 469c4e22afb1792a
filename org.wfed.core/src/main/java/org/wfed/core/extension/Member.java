package org.wfed.core.extension;

import java.util.Objects;

/**
 * One member of a {@link Dimension}: a programme, an activity type, an honour level… identified by its
 * stable code (what an indicator's query groups by, and what a placeholder names:
 * {@code {aid.amountPaid[TWO_CANCERS_AID]}}). A code with blanks (a name typed as free text, e.g. an insurer)
 * shows in tables and lists but no placeholder can name it alone; codes of letters, digits and {@code _} can.
 *
 * @since 1.2
 */
public record Member(String code, String nameZh, String nameEn) {
    public Member {
        Objects.requireNonNull(code, "code");
        if (code.isBlank() || code.chars().anyMatch(ch -> ch == '[' || ch == ']' || ch == '{' || ch == '}' || Character.isISOControl(ch))) {
            throw new IllegalArgumentException("a member code is not blank and has no brackets: '" + code + "'");
        }
        nameZh = nameZh == null || nameZh.isBlank() ? code : nameZh;
        nameEn = nameEn == null || nameEn.isBlank() ? code : nameEn;
    }
}
