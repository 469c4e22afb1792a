package org.wfed.reporting.internal.summary;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The template hints a draft carries for staff to replace (（请补充组织建设情况…）, （请填写…）): a summary with
 * any left unfilled cannot be submitted.
 */
final class Hints {
    static final Pattern HINT = Pattern.compile("（[^（）]*请(补充|填写)[^（）]*）");

    private Hints() {
    }

    static int count(String text) {
        Matcher m = HINT.matcher(text);
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }
}
