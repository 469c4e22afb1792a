package org.wfed.core.internal.auth;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import org.wfed.core.FieldError;
import org.wfed.core.WfedException;

/**
 * Password complexity (等保 2.0): a minimum length, at least three of four character classes, no
 * spaces at either end, not the username, and not one of the shipped common passwords
 * ({@code security/common-passwords.txt}, e.g. Password123, 1qaz2wsx3edc, woaini1314) — nor such a
 * word with digits or symbols put before or after it (Qwerty123!, Zhangwei@2025).
 */
public record PasswordPolicy(int minLength) {

    /** The shipped list, read once. */
    private static final class Common {
        static final Set<String> LIST = load();

        private static Set<String> load() {
            Set<String> out = new HashSet<>();
            try (InputStream in = PasswordPolicy.class.getResourceAsStream("/security/common-passwords.txt")) {
                if (in == null) {
                    throw new IllegalStateException("security/common-passwords.txt is missing from the core bundle");
                }
                BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
                for (String line = r.readLine(); line != null; line = r.readLine()) {
                    if (!line.isBlank() && !line.startsWith("#")) {
                        out.add(line.trim());
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return out;
        }
    }

    /** A common word at the heart of a password counts from this length (shorter ones only as a whole). */
    private static final int MIN_CORE = 4;

    public void check(String password, String username) {
        String problem = problem(password, username);
        if (problem != null) {
            throw new WfedException(400, "WEAK_PASSWORD", "密码不符合要求：" + problem, "Password too weak",
                    java.util.List.of(new FieldError("password", "WEAK_PASSWORD", problem)));
        }
    }

    public String problem(String password, String username) {
        if (password == null || password.length() < minLength) {
            return "至少" + minLength + "个字符";
        }
        if (password.length() > 128) {
            return "不能超过128个字符";
        }
        if (!password.equals(password.strip())) {
            return "开头和结尾不能是空格";
        }
        int classes = 0;
        classes += password.chars().anyMatch(Character::isUpperCase) ? 1 : 0;
        classes += password.chars().anyMatch(Character::isLowerCase) ? 1 : 0;
        classes += password.chars().anyMatch(Character::isDigit) ? 1 : 0;
        classes += password.chars().anyMatch(ch -> !Character.isLetterOrDigit(ch)) ? 1 : 0;
        if (classes < 3) {
            return "需包含大写字母、小写字母、数字、符号中的至少三类";
        }
        if (username != null && password.toLowerCase().contains(username.toLowerCase())) {
            return "不能包含用户名";
        }
        if (common(password)) {
            return "这是常见或容易猜到的密码（如 Password123、1qaz2wsx、woaini1314，或常用词加数字、符号），请换一个";
        }
        return null;
    }

    /** Whether the password, or its word without the digits and symbols around it, is on the list. */
    static boolean common(String password) {
        String lower = password.toLowerCase(Locale.ROOT);
        String noTrailingSymbols = lower.replaceAll("[^\\p{L}\\p{N}]+$", "");
        String core = lower.replaceAll("^[^\\p{L}]+", "").replaceAll("[^\\p{L}]+$", "");
        return Common.LIST.contains(lower) || Common.LIST.contains(noTrailingSymbols)
                || (core.length() >= MIN_CORE && Common.LIST.contains(core));
    }
}
