package org.wfed.reporting.dto;

/**
 * A piece of a rendered paragraph: plain prose ({@code indicatorId} null) or a figure linked to its
 * indicator ({@code key} the placeholder as written, {@code reach} the reach it was taken at); {@code missing}
 * when no present bundle provides that indicator.
 */
public record Part(String text, String indicatorId, String nameZh, boolean missing, String key, String reach) {

    public static Part prose(String text) {
        return new Part(text, null, null, false, null, null);
    }
}
