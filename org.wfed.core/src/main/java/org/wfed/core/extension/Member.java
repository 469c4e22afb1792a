package org.wfed.core.extension;

import java.util.Objects;

/**
 * One member of a {@link Dimension}: a programme, an activity type, an honour level… identified by its
 * stable code (what an indicator's query groups by, and what a placeholder names:
 * {@code {aid.amountPaid[TWO_CANCERS_AID]}}). A code with blanks (a name typed as free text, e.g. an insurer)
 * shows in tables and lists but no placeholder can name it alone; codes of letters, digits and {@code _} can.
 *
 * <p>{@code unitZh} is the member's own measure word where the members of one indicator are counted in
 * different units (materials: 宣传单 份, 口罩 个, 孕妇裤 条); null — most members — counts in the indicator's
 * unit. A draft writes each member's figure with it (宣传单2000份、孕妇裤74条), a table heads its column with it.
 *
 * @since 1.2 ({@code unitZh} since 1.4)
 */
public record Member(String code, String nameZh, String nameEn, String unitZh) {
    /** A member counted in its indicator's unit. */
    public Member(String code, String nameZh, String nameEn) {
        this(code, nameZh, nameEn, null);
    }

    public Member {
        Objects.requireNonNull(code, "code");
        if (code.isBlank() || code.chars().anyMatch(ch -> ch == '[' || ch == ']' || ch == '{' || ch == '}' || Character.isISOControl(ch))) {
            throw new IllegalArgumentException("a member code is not blank and has no brackets: '" + code + "'");
        }
        nameZh = nameZh == null || nameZh.isBlank() ? code : nameZh;
        nameEn = nameEn == null || nameEn.isBlank() ? code : nameEn;
        unitZh = unitZh == null || unitZh.isBlank() ? null : unitZh.strip();
    }
}
