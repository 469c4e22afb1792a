package org.wfed.aid.dto;

/**
 * A recipient group (救助对象类别): a hardship category (困难类别, {@code hardship}, e.g. 低保) or another group a
 * programme may serve (离任妇女干部, 困难女党员, 抗疫一线女性 …); {@code lowIncome} when it counts as 低收入.
 * Groups are data: an administrator adds them at runtime. {@code hardship} defaults to true.
 */
public record Category(String code, String nameZh, String nameEn, boolean lowIncome, Boolean hardship) {
    public Category {
        hardship = hardship == null || hardship;
    }

    public Category(String code, String nameZh, String nameEn, boolean lowIncome) {
        this(code, nameZh, nameEn, lowIncome, true);
    }
}
