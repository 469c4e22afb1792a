package org.wfed.aid.internal.rules;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.wfed.core.dto.Sex;

/**
 * The recipient group (救助对象类别) an application is granted to, and whether the person counts among the women
 * and children. Pure: the service gives the groups in display order.
 */
public final class RecipientGroups {
    /** The group of the people an open programme (anyone) serves who belong to no group. */
    public static final String OTHER = "OTHER";

    private RecipientGroups() {
    }

    /**
     * The group of an application: the one the clerk chose, else the first group (in display order) the person
     * holds that the programme serves ({@code served} empty: any), else {@link #OTHER}. A chosen group the person
     * does not hold, or the programme does not serve, is a reason for refusal (in Chinese); the programme's own
     * category rule reports a person who holds none of its groups.
     *
     * @param groupNames every group's code → Chinese name, in display order
     */
    public static Choice choose(List<String> served, List<String> held, String requested, Map<String, String> groupNames) {
        if (requested != null) {
            String name = groupNames.get(requested);
            if (name == null) {
                return new Choice(null, Optional.of("未知的救助对象类别：" + requested));
            }
            if (!held.contains(requested)) {
                return new Choice(null, Optional.of("该人员未登记为「" + name + "」，不能按此类别申请"));
            }
            if (!served.isEmpty() && !served.contains(requested)) {
                return new Choice(null, Optional.of("不属于本项目的救助对象类别（本项目不救助「" + name + "」）"));
            }
            return new Choice(requested, Optional.empty());
        }
        for (String code : groupNames.keySet()) {
            if (held.contains(code) && (served.isEmpty() || served.contains(code))) {
                return new Choice(code, Optional.empty());
            }
        }
        return new Choice(OTHER, Optional.empty());
    }

    /** The chosen group, or why the chosen one cannot be taken. */
    public record Choice(String group, Optional<String> refusal) {
    }

    /** {@code C} a child (under 18), {@code W} a woman, {@code M} a man, on the day of the application. */
    public static String personKind(Sex sex, int age) {
        if (age >= 0 && age < 18) {
            return "C";
        }
        return sex == Sex.F ? "W" : "M";
    }
}
