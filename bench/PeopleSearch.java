import java.sql.*;
import java.util.*;

/**
 * 200,000 people in 300 communities of one district (core_person's search columns and indexes as of V16): how long
 * one 拼音, name or phone-tail search takes in Derby, best of five (docs/console.md, 人员). Builds the database in
 * the given folder on its first run (about a minute), then only measures:
 *   java -cp derby.jar:derbyshared.jar:org.wfed.core/target/classes:pinyin4j-2.5.1.jar bench/PeopleSearch.java /tmp/people-search
 */
public class PeopleSearch {
    public static void main(String[] a) throws Exception {
        String url = "jdbc:derby:" + a[0] + "/db;create=true";
        try (Connection c = DriverManager.getConnection(url)) {
            c.setAutoCommit(false);
            boolean fresh = true;
            try (Statement s = c.createStatement()) {
                s.execute("CREATE TABLE core_person (id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY, unit_id BIGINT NOT NULL,"
                        + " name VARCHAR(50) NOT NULL, phone VARCHAR(20), id_number CHAR(18) UNIQUE, name_pinyin VARCHAR(400))");
                s.execute("CREATE INDEX core_person_name ON core_person (name)");
                s.execute("CREATE INDEX core_person_unit_id ON core_person (unit_id, id)");
            } catch (SQLException e) { fresh = false; }
            if (fresh) {
                String sur = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤";
                String giv = "秀英桂芳玉兰珍凤霞丽敏静燕红梅华娟琴云莲美春晓雪萍婷慧琳颖洁佳欣雨";
                Random r = new Random(1);
                long t0 = System.nanoTime();
                try (PreparedStatement ps = c.prepareStatement("INSERT INTO core_person (unit_id, name, phone, id_number, name_pinyin) VALUES (?, ?, ?, ?, ?)")) {
                    for (int i = 0; i < 200_000; i++) {
                        String name = "" + sur.charAt(r.nextInt(sur.length())) + giv.charAt(r.nextInt(giv.length()))
                                + (r.nextBoolean() ? "" + giv.charAt(r.nextInt(giv.length())) : "");
                        ps.setLong(1, 1 + i % 300);
                        ps.setString(2, name);
                        ps.setString(3, "139" + String.format("%08d", r.nextInt(100_000_000)));
                        ps.setString(4, String.format("420102%012d", i));
                        ps.setString(5, org.wfed.core.internal.people.NameKeys.of(name));
                        ps.addBatch();
                        if (i % 1000 == 999) { ps.executeBatch(); c.commit(); }
                    }
                }
                c.commit();
                System.out.printf("inserted 200000 in %d ms%n", (System.nanoTime() - t0) / 1_000_000);
            }
            String[][] q = {
                {"district, pinyin zl", "SELECT COUNT(*) FROM core_person p WHERE 1 = 1 AND (p.name LIKE '%zl%' OR p.name_pinyin LIKE '% zl%')"},
                {"district, pinyin zl, page 1", "SELECT p.id, p.name FROM core_person p WHERE 1 = 1 AND (p.name LIKE '%zl%' OR p.name_pinyin LIKE '% zl%') ORDER BY p.id OFFSET 0 ROWS FETCH NEXT 20 ROWS ONLY"},
                {"district, pinyin only zl", "SELECT COUNT(*) FROM core_person p WHERE 1 = 1 AND p.name_pinyin LIKE '% zl%'"},
                {"district, pinyin only wxy, page 1", "SELECT p.id, p.name FROM core_person p WHERE 1 = 1 AND p.name_pinyin LIKE '% wxy%' ORDER BY p.id OFFSET 0 ROWS FETCH NEXT 20 ROWS ONLY"},
                {"30 communities, pinyin only wxy", "SELECT COUNT(*) FROM core_person p WHERE p.unit_id BETWEEN 1 AND 30 AND p.name_pinyin LIKE '% wxy%'"},
                {"district, name 丽", "SELECT COUNT(*) FROM core_person p WHERE 1 = 1 AND p.name LIKE '%丽%'"},
                {"district, phone tail", "SELECT COUNT(*) FROM core_person p WHERE 1 = 1 AND p.phone LIKE '%3456'"},
                {"community, pinyin zhangl", "SELECT COUNT(*) FROM core_person p --DERBY-PROPERTIES index=core_person_unit_id\n WHERE p.unit_id = 17 AND (p.name LIKE '%zhangl%' OR p.name_pinyin LIKE '% zhangl%')"},
                {"community, phone tail", "SELECT COUNT(*) FROM core_person p WHERE p.unit_id = 17 AND p.phone LIKE '%3456'"},
                {"30 communities, pinyin wxy", "SELECT COUNT(*) FROM core_person p WHERE p.unit_id BETWEEN 1 AND 30 AND (p.name LIKE '%wxy%' OR p.name_pinyin LIKE '% wxy%')"},
            };
            for (String[] one : q) {
                long best = Long.MAX_VALUE; String result = "";
                for (int k = 0; k < 5; k++) {
                    long t = System.nanoTime();
                    try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(one[1])) {
                        int n = 0; String first = null;
                        while (rs.next()) { n++; if (first == null) first = rs.getString(1); }
                        result = n == 1 ? first : n + " rows";
                    }
                    best = Math.min(best, (System.nanoTime() - t) / 1_000);
                }
                System.out.printf("%-28s %8.1f ms  (%s)%n", one[0], best / 1000.0, result);
            }
            c.commit();
        }
    }
}
