package org.wfed.core.internal.auth;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;

/**
 * Writes {@code src/main/resources/security/common-passwords.txt}, the list of passwords wfed refuses:
 * well-known weak passwords and words (English and pinyin, Chinese favourites such as woaini1314 and
 * 5201314), common names in pinyin, keyboard walks (rows, columns such as 1qaz2wsx), each with the
 * endings people add (123, 888, 1314, !, years). Nothing downloaded: the lists below are the source.
 * Run {@code main} after changing them; {@code CommonPasswordsTest} fails while the file is stale.
 */
public final class CommonPasswordsGenerator {
    static final Path FILE = Path.of("src/main/resources/security/common-passwords.txt");

    /** Well-known weak passwords and words, as people type them (lower case; the check ignores case). */
    static final List<String> WORDS = List.of(
            "password", "passw0rd", "p@ssw0rd", "p@ssword", "pa55word", "pass", "passwd", "admin", "administrator", "admin123",
            "root", "toor", "user", "guest", "test", "tester", "welcome", "welcome1", "letmein", "iloveyou", "iloveu", "love",
            "lover", "monkey", "dragon", "master", "sunshine", "princess", "football", "baseball", "basketball", "soccer",
            "shadow", "superman", "batman", "trustno1", "hello", "helloworld", "freedom", "whatever", "computer", "internet",
            "secret", "changeme", "default", "system", "server", "manager", "office", "company", "summer", "winter", "spring",
            "autumn", "flower", "angel", "baby", "beauty", "happy", "lucky", "money", "qwerty", "asdf", "zxcv", "abc", "abcd",
            "abcde", "abcdef", "abcdefg", "abcdefgh", "aaaaaa", "abcabc", "aaa", "aa", "a", "qq", "qqq", "qaz", "wsx", "zaq",
            "china", "zhongguo", "beijing", "shanghai", "wuhan", "guangzhou", "shenzhen", "nanjing", "chengdu", "hangzhou",
            "woaini", "woaini1314", "woaini520", "woainima", "woaiwojia", "aini", "aini1314", "love1314", "iloveyou1314",
            "nihao", "nihaoma", "woshishui", "wodemima", "mima", "mimamima", "kouling", "denglu", "zhanghao", "yonghu",
            "baidu", "taobao", "alipay", "zhifubao", "weixin", "wechat", "tencent", "huawei", "xiaomi", "lenovo", "wangyi",
            "fulian", "funv", "fulianhui", "funvjie", "jiating", "shequ", "jiedao", "wfed", "women", "family",
            "zhangwei", "wangwei", "wangfang", "lina", "liwei", "liuyang", "zhangmin", "wangjing", "lijing", "zhangli",
            "liqiang", "wangli", "chenjing", "wangxiuying", "zhangxiuying", "lixiuying", "liuwei", "zhangjing", "lijun",
            "zhanglei", "wanglei", "liyang", "zhangyong", "wangyong", "liming", "lili", "lihua", "wangmin", "zhangyan",
            "liuyan", "chenyan", "wangyan", "liuying", "zhangying", "yangyang", "huanghua", "zhaoli", "zhouqiang", "wuqiong",
            "xuli", "sunli", "mali", "zhuli", "huli", "guoli", "heli", "gaoli", "linli", "luoli", "zhengli", "liangli",
            "xiexie", "haha", "hehe", "xixi", "lala", "dada", "baobao", "beibei", "tiantian", "xiaoxiao", "meimei",
            "fangfang", "lingling", "jingjing", "tingting", "yuanyuan", "huahua", "qingqing", "xiaoming", "xiaohong");

    /** Passwords of digits alone, or digits and letters, that top every leaked list in China. */
    static final List<String> NUMBERS = List.of(
            "123456", "1234567", "12345678", "123456789", "1234567890", "0123456789", "987654321", "654321", "123123",
            "123321", "112233", "111111", "000000", "666666", "888888", "8888888", "88888888", "999999", "168168", "518518",
            "5201314", "1314520", "520520", "5211314", "1314521", "7758521", "7758258", "147258369", "147258", "258369",
            "159357", "123654", "135790", "246810", "121212", "101010", "11223344", "12341234", "a123456", "aa123456",
            "a1234567", "a12345678", "abc123", "abc123456", "qq123456", "a1b2c3", "a1b2c3d4", "123qwe", "qwe123",
            "1qaz2wsx", "1qaz2wsx3edc", "qazwsx", "qazwsxedc", "qweasd", "qweasdzxc", "zaq12wsx", "!qaz@wsx", "1q2w3e",
            "1q2w3e4r", "1q2w3e4r5t", "q1w2e3r4", "q1w2e3r4t5", "zxc123", "asd123", "qwe123456", "123abc", "123asd");

    /**
     * Endings added to a word to pass a complexity rule. Any digits and symbols around a word of four
     * letters or more are refused by the policy anyway; the list needs them for the short ones (abc, aa, qq).
     */
    static final List<String> ENDINGS = List.of(
            "", "1", "12", "123", "1234", "12345", "123456", "12345678", "123456789", "520", "1314", "888", "666",
            "!", "@", "123!", "!@#", "@123", "2025", "2026");

    /** Keyboard rows and column walks; every stretch of 6 to 16 keys along them, either way, is refused. */
    static final List<String> WALKS = List.of(
            "1234567890-=", "qwertyuiop[]", "asdfghjkl;'", "zxcvbnm,./", "1qaz2wsx3edc4rfv5tgb6yhn7ujm8ik,9ol.0p;/",
            "zaq1xsw2cde3vfr4bgt5nhy6mju7,ki8.lo9/;p0", "qazwsxedcrfvtgbyhnujmik,ol.p;/", "!qaz@wsx#edc$rfv%tgb",
            "1q2w3e4r5t6y7u8i9o0p", "q1w2e3r4t5y6u7i8o9p0", "qweasdzxc", "147258369", "741852963", "159753", "951357");

    private CommonPasswordsGenerator() {
    }

    static List<String> generate() {
        TreeSet<String> out = new TreeSet<>();
        for (String w : WORDS) {
            for (String end : ENDINGS) {
                out.add(w + end);
            }
        }
        out.addAll(NUMBERS);
        for (String n : NUMBERS) {
            for (String end : List.of("!", "@", ".", "!@#", "a", "aa", "abc", "qwe")) {
                out.add(n + end);
            }
        }
        for (String walk : WALKS) {
            for (String s : List.of(walk, new StringBuilder(walk).reverse().toString())) {
                for (int len = 6; len <= 16; len++) {
                    for (int i = 0; i + len <= s.length(); i++) {
                        out.add(s.substring(i, i + len));
                    }
                }
            }
        }
        List<String> list = new ArrayList<>();
        for (String p : out) {
            list.add(p.toLowerCase(Locale.ROOT));
        }
        return list;
    }

    static String text() {
        return "# Passwords wfed refuses (lower case; the check ignores case). Generated by CommonPasswordsGenerator\n"
                + "# from its word lists: common passwords and words, pinyin names, Chinese favourites, keyboard walks,\n"
                + "# each with the endings people add. Regenerate, do not edit.\n" + String.join("\n", generate()) + "\n";
    }

    public static void main(String[] args) throws IOException {
        Files.createDirectories(FILE.getParent());
        Files.writeString(FILE, text(), StandardCharsets.UTF_8);
        System.out.println(generate().size() + " passwords written to " + FILE.toAbsolutePath());
    }
}
