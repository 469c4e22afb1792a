package org.wfed.aid.dto;

/** A hardship category (困难类别), e.g. 低保; {@code lowIncome} when it counts as 低收入. */
public record Category(String code, String nameZh, String nameEn, boolean lowIncome) {
}
