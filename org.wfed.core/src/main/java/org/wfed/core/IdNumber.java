package org.wfed.core;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;

/**
 * A resident identity number (居民身份证号码, GB 11643): 6-digit area code, birth date YYYYMMDD,
 * 3-digit sequence (odd = male, even = female) and a check character. Legacy 15-digit numbers
 * (YYMMDD, no check character) are accepted and converted to 18 digits. The area code is not
 * checked against current codes: people keep the number issued where they were born.
 */
public record IdNumber(String value) {

    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final char[] CHECK = {'1', '0', 'X', '9', '8', '7', '6', '5', '4', '3', '2'};
    private static final DateTimeFormatter BIRTH = DateTimeFormatter.ofPattern("uuuuMMdd")
            .withResolverStyle(ResolverStyle.STRICT);

    public IdNumber {
        String problem = problem(value);
        if (problem != null) {
            throw new WfedException(400, "INVALID_ID_NUMBER", "身份证号码无效：" + problem,
                    "Invalid resident ID number", java.util.List.of(new FieldError("idNumber", "INVALID_ID_NUMBER", problem)));
        }
    }

    /** Parses an 18- or 15-digit number (lower-case x allowed), answering the 18-digit form. */
    public static IdNumber parse(String raw) {
        if (raw == null) {
            throw new IllegalArgumentException("null");
        }
        String v = raw.trim().toUpperCase();
        if (v.length() == 15 && v.chars().allMatch(Character::isDigit)) {
            String seventeen = v.substring(0, 6) + "19" + v.substring(6);
            v = seventeen + checkChar(seventeen);
        }
        return new IdNumber(v);
    }

    /**
     * Builds a valid number from its parts (for demo and generated data): a 6-digit area code, the
     * birth date and a 3-digit sequence (odd for men, even for women).
     */
    public static IdNumber compose(String area, LocalDate birth, int sequence) {
        String seventeen = area + birth.format(BIRTH) + String.format("%03d", sequence % 1000);
        return new IdNumber(seventeen + checkChar(seventeen));
    }

    /** Why the 18-character form is invalid, in Chinese, or null when it is valid. */
    public static String problem(String v) {
        if (v == null || v.length() != 18) {
            return "应为18位（或15位旧号码）";
        }
        for (int i = 0; i < 17; i++) {
            if (!Character.isDigit(v.charAt(i))) {
                return "前17位应为数字";
            }
        }
        LocalDate birth;
        try {
            birth = LocalDate.parse(v.substring(6, 14), BIRTH);
        } catch (DateTimeParseException e) {
            return "出生日期不存在";
        }
        if (birth.isAfter(LocalDate.now()) || birth.getYear() < 1880) {
            return "出生日期不合理";
        }
        if (checkChar(v.substring(0, 17)) != v.charAt(17)) {
            return "校验位错误";
        }
        return null;
    }

    static char checkChar(String seventeenDigits) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (seventeenDigits.charAt(i) - '0') * WEIGHTS[i];
        }
        return CHECK[sum % 11];
    }

    public LocalDate birthDate() {
        return LocalDate.parse(value.substring(6, 14), BIRTH);
    }

    /** 'F' or 'M' from the parity of the sequence digit. */
    public char sex() {
        return (value.charAt(16) - '0') % 2 == 0 ? 'F' : 'M';
    }

    public String masked() {
        return Masks.mask(Sensitive.Kind.ID_NUMBER, value);
    }

    @Override
    public String toString() {
        return masked();
    }
}
