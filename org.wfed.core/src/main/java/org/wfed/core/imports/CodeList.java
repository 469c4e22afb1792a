package org.wfed.core.imports;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The accepted values of a code column (类别, 结果 …): each a code, its Chinese label and synonyms. A cell matches by
 * code, label or synonym (full-width, spaces and case ignored), or by a short form that starts exactly one label
 * and has two characters at least ({@code 特困} → 特困供养, {@code 单亲} → 单亲家庭). Anything else is refused with the
 * list of labels.
 */
public final class CodeList {

    /** One accepted value. */
    public record Code(String code, String label, List<String> synonyms) {
        public Code {
            synonyms = synonyms == null ? List.of() : List.copyOf(synonyms);
        }
    }

    private final List<Code> codes;
    private final Map<String, String> exact = new HashMap<>();
    private final Map<String, String> labels = new LinkedHashMap<>();

    private CodeList(List<Code> codes) {
        this.codes = List.copyOf(codes);
        for (Code c : this.codes) {
            labels.put(c.code(), c.label());
        }
        // codes and labels first, so that a synonym never shadows another value's own name
        for (Code c : this.codes) {
            exact.putIfAbsent(key(c.code()), c.code());
            exact.putIfAbsent(key(c.label()), c.code());
        }
        for (Code c : this.codes) {
            for (String s : c.synonyms()) {
                exact.putIfAbsent(key(s), c.code());
            }
        }
    }

    public static CodeList of(List<Code> codes) {
        return new CodeList(codes);
    }

    /** Builds a list value by value: {@code CodeList.builder().add("NORMAL", "未见异常", "正常", "阴性").build()}. */
    public static Builder builder() {
        return new Builder();
    }

    public List<Code> codes() {
        return codes;
    }

    /** The label of a code, or the code itself when unknown. */
    public String label(String code) {
        return code == null ? null : labels.getOrDefault(code, code);
    }

    /** The code a cell's text stands for, or null. */
    public String resolve(String text) {
        String k = key(text);
        if (k.isEmpty()) {
            return null;
        }
        String code = exact.get(k);
        if (code != null || k.length() < 2) {
            return code;
        }
        String found = null;
        for (Code c : codes) {
            if (key(c.label()).startsWith(k)) {
                if (found != null && !found.equals(c.code())) {
                    return null;
                }
                found = c.code();
            }
        }
        return found;
    }

    /** "低保、特困供养、残疾" — the labels a message lists as accepted. */
    public String accepted() {
        return String.join("、", labels.values());
    }

    private static String key(String s) {
        return Text.compact(s).toUpperCase(java.util.Locale.ROOT);
    }

    /** Collects values in order. */
    public static final class Builder {
        private final List<Code> codes = new ArrayList<>();

        public Builder add(String code, String label, String... synonyms) {
            codes.add(new Code(code, label, List.of(synonyms)));
            return this;
        }

        public CodeList build() {
            return new CodeList(codes);
        }
    }
}
