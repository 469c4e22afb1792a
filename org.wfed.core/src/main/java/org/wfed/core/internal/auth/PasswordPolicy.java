package org.wfed.core.internal.auth;

import org.wfed.core.FieldError;
import org.wfed.core.WfedException;

/** Password complexity (等保 2.0): a minimum length and at least three of four character classes. */
public record PasswordPolicy(int minLength) {

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
        return null;
    }
}
