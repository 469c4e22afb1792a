package org.wfed.activities.internal.contest;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.wfed.activities.dto.ContestStatus;
import org.wfed.activities.dto.ContestType;
import org.wfed.activities.dto.HonourLevel;
import org.wfed.activities.dto.Member;
import org.wfed.activities.dto.NominatedBy;
import org.wfed.activities.dto.NomineeKind;
import org.wfed.activities.dto.NomineeStatus;
import org.wfed.core.Caller;
import org.wfed.core.Jdbc;
import org.wfed.core.NoticeCalendar;

/**
 * Demo contests of a street: last year's 清洁家庭 contest finished (84 families named, one of them named by the
 * district and then by the city), and this year's 最美家庭 contest on public notice with an open objection.
 */
public final class ContestDemo {
    private ContestDemo() {
    }

    /**
     * @param families household name → its member, at least 84 for the finished contest; the first six also
     *                 stand in this year's contest
     */
    public static void load(Connection c, Caller admin, ContestTypes types, NoticeCalendar calendar, long district, long street,
                            List<Map.Entry<String, long[]>> families) throws SQLException {
        int lastYear = LocalDate.now().getYear() - 1;
        ContestType clean = types.byCode(c, "CLEAN_FAMILY");
        long streetContest = contest(c, calendar, street, clean, lastYear, ContestStatus.COMMENDED, LocalDate.of(lastYear, 11, 3));
        Long first = null;
        for (int i = 0; i < 84 && i < families.size(); i++) {
            long n = nominee(c, streetContest, families.get(i), NominatedBy.OTHERS, "居民评议", null);
            commend(c, n, lastYear + "-CLEAN_FAMILY-" + street + "-" + String.format("%03d", i + 1), HonourLevel.STREET);
            first = first == null ? n : first;
        }
        long districtContest = contest(c, calendar, district, clean, lastYear, ContestStatus.COMMENDED, LocalDate.of(lastYear, 11, 17));
        long up = nominee(c, districtContest, families.get(0), NominatedBy.ORGANISATION, "街道妇联推荐", first);
        commend(c, up, lastYear + "-CLEAN_FAMILY-" + district + "-001", HonourLevel.DISTRICT);
        Jdbc.insert(c, "INSERT INTO act_external_honour (nominee_id, honour_level, title, awarded_on, document_no, created_at) "
                + "VALUES (?, ?, ?, ?, ?, CURRENT_TIMESTAMP)", up, HonourLevel.CITY, "市级清洁家庭", LocalDate.of(lastYear, 12, 10),
                "市妇字〔" + lastYear + "〕12号");

        ContestType beautiful = types.byCode(c, "MOST_BEAUTIFUL_FAMILY");
        int year = LocalDate.now().getYear();
        LocalDate start = LocalDate.now().minusDays(1);
        long current = contest(c, calendar, street, beautiful, year, ContestStatus.NOTICE, null);
        Jdbc.update(c, "UPDATE act_contest SET notice_start = ?, notice_end = ? WHERE id = ?", start,
                calendar.end(start, beautiful.noticeDays(), beautiful.noticeWorkingDays()), current);
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < 6 && i < families.size(); i++) {
            long n = nominee(c, current, families.get(i), i % 3 == 0 ? NominatedBy.SELF : NominatedBy.ORGANISATION,
                    i % 3 == 0 ? null : "社区妇联", null);
            ids.add(n);
            NomineeStatus status = i == 5 ? NomineeStatus.INELIGIBLE : NomineeStatus.SELECTED;
            Jdbc.update(c, "UPDATE act_nominee SET status = ?, votes = ?, eligibility_note = ? WHERE id = ?", status,
                    40 + 13 * i, i == 5 ? "户籍不在本街道" : null, n);
            if (status == NomineeStatus.SELECTED) {
                ContestStore.putScore(c, n, admin.userId(), admin.displayName(), BigDecimal.valueOf(80 + 3 * i), "事迹感人");
            }
        }
        Jdbc.insert(c, "INSERT INTO act_objection (contest_id, nominee_id, lodged_on, lodged_by, content, status) "
                + "VALUES (?, ?, ?, ?, ?, 'OPEN')", current, ids.get(1), LocalDate.now(), "匿名来电",
                "反映该户去年曾因装修与邻居发生纠纷，请核实");
    }

    private static long contest(Connection c, NoticeCalendar calendar, long unit, ContestType t, int year, ContestStatus status, LocalDate noticeStart)
            throws SQLException {
        long id = ContestStore.insertContest(c, unit, t.id(), year, year + "年度“" + t.name() + "”评选", t.quota());
        Jdbc.update(c, "UPDATE act_contest SET status = ? WHERE id = ?", status, id);
        if (noticeStart != null) {
            LocalDate end = calendar.end(noticeStart, t.noticeDays(), t.noticeWorkingDays());
            Jdbc.update(c, "UPDATE act_contest SET notice_start = ?, notice_end = ?, finalised_on = ?, commended_on = ?, "
                    + "document_no = ? WHERE id = ?", noticeStart, end, end.plusDays(1), end.plusDays(3),
                    "妇字〔" + year + "〕" + (unit % 20 + 1) + "号", id);
        }
        return id;
    }

    private static long nominee(Connection c, long contest, Map.Entry<String, long[]> family, NominatedBy by, String nominator,
                                Long source) throws SQLException {
        long person = family.getValue()[0];
        long origin = family.getValue()[1];
        return ContestStore.insertNominee(c, contest, NomineeKind.FAMILY, family.getKey(), null, origin,
                family.getKey() + "家庭和睦，热心邻里事务，积极参与社区环境整治和垃圾分类。", by, nominator, source,
                List.of(new Member(person, null, "户主")));
    }

    private static void commend(Connection c, long nominee, String certificate, HonourLevel level) throws SQLException {
        Jdbc.update(c, "UPDATE act_nominee SET status = ?, certificate_no = ?, honour_level = ? WHERE id = ?",
                NomineeStatus.COMMENDED, certificate, level, nominee);
    }
}
