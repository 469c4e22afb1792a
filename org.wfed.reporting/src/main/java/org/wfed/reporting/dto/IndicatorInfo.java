package org.wfed.reporting.dto;

import java.util.List;

/** An indicator some present bundle contributes; {@code ratioOf} names numerator and denominator of a rate. */
public record IndicatorInfo(String id, String nameZh, String nameEn, String unitZh, String section, int order,
                            boolean ratio, List<String> ratioOf) {
}
