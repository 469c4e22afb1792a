package org.wfed.reporting.dto;

/**
 * A piece of a rendered paragraph: plain prose ({@code indicatorId} null) or a figure linked to its
 * indicator; {@code missing} when no present bundle provides that indicator.
 */
public record Part(String text, String indicatorId, String nameZh, boolean missing) {

    public static Part prose(String text) {
        return new Part(text, null, null, false);
    }
}
