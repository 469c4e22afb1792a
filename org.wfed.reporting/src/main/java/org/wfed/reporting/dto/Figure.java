package org.wfed.reporting.dto;

/**
 * A figure as computed at the summary's last refresh: a whole number ({@code amount}, fen for 元) or
 * a rate in percent; {@code text} is how it reads in the prose.
 */
public record Figure(String indicatorId, String nameZh, String unitZh, Long amount, Double rate, String text) {
}
