package org.wfed.core.internal.people;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import net.sourceforge.pinyin4j.PinyinHelper;
import net.sourceforge.pinyin4j.format.HanyuPinyinCaseType;
import net.sourceforge.pinyin4j.format.HanyuPinyinOutputFormat;
import net.sourceforge.pinyin4j.format.HanyuPinyinToneType;
import net.sourceforge.pinyin4j.format.HanyuPinyinVCharType;
import net.sourceforge.pinyin4j.format.exception.BadHanyuPinyinOutputFormatCombination;

/**
 * The 拼音 keys of a name (column {@code core_person.name_pinyin}), which let a clerk find 张丽 by typing
 * {@code zhangli}, {@code zhangl} or {@code zl}: each reading of the name as its full 拼音 and as its initials,
 * every key after a space ({@code " zhangli zl"}), so that a search is {@code LIKE '% zl%'}: a key's start.
 * A character with several readings (多音字: 曾 ceng/zeng, 单 dan/shan) gives a key per reading, up to
 * {@link #MAX_READINGS} readings of the name; ü is written v (吕 {@code lv}), as Chinese input methods type it.
 * Letters in a name (other scripts' names) are kept lowercased; other characters (·, spaces) are dropped.
 */
public final class NameKeys {
    /** Readings of a whole name kept: enough for a surname and a given name with a 多音字 each. */
    static final int MAX_READINGS = 8;
    /** The column's width (V16). */
    static final int MAX_LENGTH = 400;
    private static final HanyuPinyinOutputFormat FORMAT = new HanyuPinyinOutputFormat();

    static {
        FORMAT.setCaseType(HanyuPinyinCaseType.LOWERCASE);
        FORMAT.setToneType(HanyuPinyinToneType.WITHOUT_TONE);
        FORMAT.setVCharType(HanyuPinyinVCharType.WITH_V);
    }

    private NameKeys() {
    }

    /** The keys of this name, each after a space; null for a null name. */
    public static String of(String name) {
        if (name == null) {
            return null;
        }
        List<String[]> readings = new ArrayList<>();
        for (char ch : name.toCharArray()) {
            String[] r = readingsOf(ch);
            if (r.length > 0) {
                readings.add(r);
            }
        }
        List<StringBuilder[]> whole = new ArrayList<>();
        whole.add(new StringBuilder[] {new StringBuilder(), new StringBuilder()});
        for (String[] r : readings) {
            List<StringBuilder[]> next = new ArrayList<>();
            for (StringBuilder[] w : whole) {
                for (String one : r) {
                    if (next.size() < MAX_READINGS) {
                        next.add(new StringBuilder[] {new StringBuilder(w[0]).append(one), new StringBuilder(w[1]).append(one.charAt(0))});
                    }
                }
            }
            whole = next;
        }
        Set<String> keys = new LinkedHashSet<>();
        for (StringBuilder[] w : whole) {
            keys.add(w[0].toString());
            keys.add(w[1].toString());
        }
        StringBuilder out = new StringBuilder();
        for (String k : keys) {
            if (!k.isEmpty() && out.length() + 1 + k.length() <= MAX_LENGTH) {
                out.append(' ').append(k);
            }
        }
        return out.toString();
    }

    /**
     * The search text as the start of a key ({@code zhangl}, {@code zl}; spaces and apostrophes dropped, {@code xi'an}),
     * or null when it is not letters only.
     */
    static String term(String text) {
        String t = text.replace(" ", "").replace("'", "").toLowerCase(Locale.ROOT);
        return t.matches("[a-z]{1,50}") ? t : null;
    }

    /** A character's distinct readings without tones; a letter itself; nothing for other characters. */
    private static String[] readingsOf(char ch) {
        if (ch < 128) {
            return Character.isLetter(ch) ? new String[] {String.valueOf(Character.toLowerCase(ch))} : new String[0];
        }
        try {
            String[] r = PinyinHelper.toHanyuPinyinStringArray(ch, FORMAT);
            if (r == null) {
                return new String[0];
            }
            return new LinkedHashSet<>(List.of(r)).stream().filter(s -> s.matches("[a-z]+")).toArray(String[]::new);
        } catch (BadHanyuPinyinOutputFormatCombination e) {
            throw new IllegalStateException(e);
        }
    }
}
