package org.wfed.core.internal.demo;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.wfed.core.IdNumber;
import org.wfed.core.Jdbc;
import org.wfed.core.dto.Education;
import org.wfed.core.dto.Position;
import org.wfed.core.dto.StationKind;

/**
 * Writes the demo district: three streets/towns of four communities or villages each, about twenty
 * people per community, leadership, a women's home and a volunteer team each, and a user per unit
 * sharing the admin's password. Seeded, so every demo database looks the same.
 */
final class DemoDistrictBuilder {
    private static final String[][] STREETS = {
            {"STREET", "湖滨街道妇联", "420102001000"},
            {"STREET", "城南街道妇联", "420102002000"},
            {"TOWN", "青山镇妇联", "420102100000"}};
    private static final String[][] COMMUNITIES = {
            {"柳岸社区", "荷塘社区", "翠微社区", "临湖社区"},
            {"南苑社区", "新华社区", "桃园社区", "和平社区"},
            {"青山村", "石桥村", "杨家湾村", "枫林村"}};
    private static final String SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗";
    private static final String[] GIVEN = {"秀英", "桂英", "玉兰", "丽娟", "海燕", "晓红", "雪梅", "静芳", "慧敏", "春花",
            "美玲", "婷婷", "佳怡", "欣怡", "子涵", "雨桐"};
    private static final String[] SECTORS = {"网格员", "教师", "医生", "个体工商户", "退休干部", "人大代表", "社区工作者"};

    private final Connection c;
    private final long rootId;
    private final Random random = new Random(20261129L);
    private final LocalDate start = GeneratedUnits.SINCE;

    DemoDistrictBuilder(Connection c, long rootId) {
        this.c = c;
        this.rootId = rootId;
    }

    void build() throws SQLException {
        Jdbc.update(c, "UPDATE core_unit SET name = '东湖区妇联', area_code = '420102000000' WHERE id = ?", rootId);
        Jdbc.update(c, "UPDATE core_unit_hist SET name = '东湖区妇联' WHERE unit_id = ?", rootId);
        String adminHash = Jdbc.one(c, "SELECT password_hash FROM core_user WHERE username = 'admin'", rs -> rs.getString(1)).orElseThrow();
        int seq = 0;
        for (int s = 0; s < STREETS.length; s++) {
            long street = GeneratedUnits.unit(c, rootId, "/" + rootId + "/", STREETS[s][0], STREETS[s][1], STREETS[s][2]);
            user("street" + (s + 1), STREETS[s][1] + "干事", street, "UNIT_ADMIN", adminHash);
            for (int k = 0; k < COMMUNITIES[s].length; k++) {
                String kind = STREETS[s][0].equals("TOWN") ? "VILLAGE" : "COMMUNITY";
                String code = STREETS[s][2].substring(0, 9) + String.format("%03d", kind.equals("VILLAGE") ? 200 + k + 1 : k + 1);
                String streetPath = "/" + rootId + "/" + street + "/";
                long community = GeneratedUnits.unit(c, street, streetPath, kind, COMMUNITIES[s][k] + "妇联", code);
                user("c" + (s + 1) + (k + 1), COMMUNITIES[s][k] + "妇联主席", community, "STAFF", adminHash);
                List<Long> women = new ArrayList<>();
                for (int p = 0; p < 20; p++) {
                    boolean woman = p < 17;
                    long id = person(community, woman, ++seq, kind.equals("VILLAGE"));
                    if (woman) {
                        women.add(id);
                    }
                }
                leadership(community, women);
                Jdbc.insert(c, "INSERT INTO core_station (unit_id, kind, name, address, keeper, six_have) VALUES (?, ?, ?, ?, ?, ?)",
                        community, StationKind.WOMEN_HOME, COMMUNITIES[s][k] + "妇女之家", COMMUNITIES[s][k] + "党群服务中心二楼", "主席", 5 + random.nextInt(2));
                Jdbc.insert(c, "INSERT INTO core_volunteer_team (unit_id, name, leader_name, members, founded_on) VALUES (?, ?, ?, ?, ?)",
                        community, COMMUNITIES[s][k] + "巾帼志愿服务队", "主席", 12 + random.nextInt(30), start);
            }
        }
    }


    private void user(String username, String displayName, long unit, String role, String hash) throws SQLException {
        Jdbc.insert(c, "INSERT INTO core_user (username, display_name, unit_id, roles, password_hash, created_at) VALUES (?, ?, ?, ?, ?, ?)",
                username, displayName, unit, role, hash, Instant.now());
    }

    private long person(long unit, boolean woman, int seq, boolean rural) throws SQLException {
        LocalDate birth = LocalDate.of(1950 + random.nextInt(55), 1 + random.nextInt(12), 1 + random.nextInt(28));
        int sequence = seq * 2 % 1000 + (woman ? 0 : 1);
        String id = IdNumber.compose("420102", birth, sequence).value();
        String name = SURNAMES.charAt(random.nextInt(SURNAMES.length()))
                + (woman ? GIVEN[random.nextInt(GIVEN.length)] : "建国");
        Education edu = Education.values()[random.nextInt(Education.values().length - 2)];
        return Jdbc.insert(c, "INSERT INTO core_person (unit_id, name, sex, birth_date, id_number, phone, household, education,"
                        + " party_member, occupation, rural_hukou, created_at, name_pinyin) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                unit, name, woman ? "F" : "M", birth, id, "139" + String.format("%08d", random.nextInt(100_000_000)),
                (1 + random.nextInt(30)) + "栋" + (101 + random.nextInt(600)) + "室", edu, random.nextInt(3) == 0,
                SECTORS[random.nextInt(SECTORS.length)], rural, Instant.now(), org.wfed.core.internal.people.NameKeys.of(name));
    }

    /** Chair, two vice-chairs and twelve executive members from the community's women. */
    private void leadership(long unit, List<Long> women) throws SQLException {
        for (int i = 0; i < 15 && i < women.size(); i++) {
            Position pos = i == 0 ? Position.CHAIR : i < 3 ? Position.VICE_CHAIR : Position.EXECUTIVE;
            Jdbc.insert(c, "INSERT INTO core_leader (unit_id, person_id, position, full_time, sector, in_two_committees, grid, term_from, term_to, source)"
                            + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 'demo')",
                    unit, women.get(i), pos, i == 1, SECTORS[i % SECTORS.length], i == 0, "第" + (1 + i % 5) + "网格", start,
                    start.plusYears(5).minusDays(1));
        }
    }
}
