package org.wfed.core;

/**
 * The catalogue of field codes every module uses for the same mistake (docs/errors.md): one code,
 * one Chinese and one English message. A {@link FieldError} carries the code's name; a rule that only
 * one module knows (e.g. elections' {@code MORE_THAN_POSTS}) keeps a code of its own, but never a
 * second spelling of one listed here. Placeholders are {@link String#format} ones.
 */
public enum FieldCode {
    /** A required field is absent or blank. */
    REQUIRED("必填", "Required"),
    /** A text is longer than the field takes; argument: the maximum length. */
    TOO_LONG("不能超过%s个字符", "At most %s characters"),
    /** A text is shorter than the field takes; argument: the minimum length. */
    TOO_SHORT("不能少于%s个字符", "At least %s characters"),
    /** Not a date written YYYY-MM-DD, or a day that does not exist. */
    INVALID_DATE("日期格式应为 YYYY-MM-DD（且该日期存在）", "A date is written YYYY-MM-DD and must exist"),
    /** A date outside 1900-01-01 to 2100-12-31. */
    DATE_OUT_OF_RANGE("日期应在1900-01-01至2100-12-31之间", "The date must lie between 1900-01-01 and 2100-12-31"),
    /** A date after today where only past days make sense. */
    IN_FUTURE("日期不能晚于今天", "The date cannot be after today"),
    /** A record dated before its unit was founded; arguments: the unit's name, its founding date. */
    BEFORE_UNIT_FOUNDED("%s于%s成立，日期不能早于成立日期", "%s was founded on %s; the date cannot be earlier"),
    /** A record dated after its unit was merged or dissolved; arguments: the unit's name, the day. */
    AFTER_UNIT_CLOSED("%s已于%s撤并，日期不能晚于撤并日期", "%s was merged or dissolved on %s; the date cannot be later"),
    /** A number that must be above zero. */
    NOT_POSITIVE("必须大于0", "Must be greater than 0"),
    /** A number that must not be below zero. */
    NEGATIVE("不能为负数", "Cannot be negative"),
    /** A number or count outside its range; arguments: the lowest and the highest value taken. */
    OUT_OF_RANGE("应在%s至%s之间", "Must lie between %s and %s"),
    /** A value the field does not take (an unknown code or option); argument: the value sent. */
    INVALID_VALUE("取值无效：%s", "Not a value this field takes: %s"),
    /** A JSON value of the wrong type (text for a number, etc.). */
    WRONG_TYPE("类型或格式不正确", "Wrong type or format"),
    /** A JSON field the endpoint does not know. */
    UNKNOWN_FIELD("不认识的字段", "Unknown field");

    private final String zh;
    private final String en;

    FieldCode(String zh, String en) {
        this.zh = zh;
        this.en = en;
    }

    /** The Chinese message, placeholders filled. */
    public String zh(Object... args) {
        return args.length == 0 ? zh : String.format(zh, args);
    }

    /** The English message, placeholders filled. */
    public String en(Object... args) {
        return args.length == 0 ? en : String.format(en, args);
    }

    /** The English message of a catalogue code without placeholders, else {@code fallback}. */
    static String english(String code, String fallback) {
        for (FieldCode f : values()) {
            if (f.name().equals(code) && !f.en.contains("%")) {
                return f.en;
            }
        }
        return fallback;
    }
}
