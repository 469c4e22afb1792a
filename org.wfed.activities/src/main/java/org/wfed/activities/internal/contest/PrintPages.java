package org.wfed.activities.internal.contest;

import java.time.LocalDate;
import java.util.List;
import org.wfed.activities.dto.Contest;
import org.wfed.activities.dto.Member;
import org.wfed.activities.dto.Nominee;
import org.wfed.activities.dto.NomineeKind;
import org.wfed.activities.dto.NomineeStatus;
import org.wfed.core.PrintPage;

/**
 * Print-ready A4 pages of a contest: the public notice (公示) and the honour list (表彰名单). Every value is
 * HTML-escaped; the pages are written in core's print shell ({@link PrintPage}), so the browser's print dialog gives
 * the same paper as every other page wfed prints.
 */
final class PrintPages {
    private PrintPages() {
    }

    static String notice(Contest k, List<Nominee> onNotice, int noticeDays, boolean workingDays) {
        StringBuilder b = PrintPage.open("关于" + k.title() + "结果的公示");
        b.append("<h1>关于").append(esc(k.title())).append("结果的公示</h1>");
        b.append("<p>根据").append(esc(k.typeName())).append("评选工作安排，经个人自荐、他人推荐和组织推荐，")
                .append("资格审查、评审委员会评审，拟将以下").append(onNotice.size()).append(k.nomineeKind() == NomineeKind.FAMILY ? "户家庭" : "名（个）对象")
                .append("确定为").append(esc(k.unitName())).append(k.contestYear()).append("年度“").append(esc(k.typeName()))
                .append("”，现予以公示。</p>");
        list(b, onNotice, false);
        b.append("<p>公示期：").append(zh(k.noticeStart())).append("至").append(zh(k.noticeEnd())).append("（")
                .append(noticeDays).append(workingDays ? "个工作日" : "天").append("）。公示期间，如对公示对象有异议，")
                .append("请以书面或来电、来访形式向").append(esc(k.unitName())).append("反映。反映情况应实事求是，")
                .append("以单位名义反映的应加盖公章，以个人名义反映的应署真实姓名并提供联系方式。</p>");
        PrintPage.signature(b, k.unitName(), k.noticeStart());
        return PrintPage.close(b);
    }

    static String honours(Contest k, List<Nominee> commended) {
        String title = k.unitName() + k.contestYear() + "年度“" + k.typeName() + "”表彰名单";
        StringBuilder b = PrintPage.open(title);
        b.append("<h1>").append(esc(title)).append("</h1>");
        if (k.documentNo() != null) {
            b.append("<p class=\"doc\">").append(esc(k.documentNo())).append("</p>");
        }
        list(b, commended, true);
        PrintPage.signature(b, k.unitName(), k.commendedOn());
        return PrintPage.close(b);
    }

    private static void list(StringBuilder b, List<Nominee> nominees, boolean certificates) {
        b.append("<table><thead><tr><th>序号</th><th>名称</th><th>家庭成员 / 简要事迹</th>");
        if (certificates) {
            b.append("<th>证书编号</th>");
        }
        b.append("</tr></thead><tbody>");
        int i = 0;
        for (Nominee n : nominees) {
            b.append("<tr><td>").append(++i).append("</td><td>").append(esc(n.name())).append("</td><td>");
            if (!n.members().isEmpty()) {
                b.append(esc(String.join("、", n.members().stream().map(PrintPages::member).toList()))).append("<br>");
            }
            String story = n.story() == null ? "" : n.story();
            b.append("<span class=\"story\">").append(esc(story.length() > 120 ? story.substring(0, 120) + "…" : story))
                    .append("</span></td>");
            if (certificates) {
                b.append("<td>").append(esc(n.certificateNo())).append("</td>");
            }
            b.append("</tr>");
        }
        b.append("</tbody></table>");
    }

    private static String member(Member m) {
        String name = m.name() == null ? "#" + m.personId() : m.name();
        return m.relation() == null ? name : name + "（" + m.relation() + "）";
    }

    static String zh(LocalDate d) {
        return PrintPage.date(d);
    }

    static String esc(String s) {
        return org.wfed.core.Html.escape(s);
    }

    static boolean onNotice(Nominee n) {
        return n.status() == NomineeStatus.SELECTED || n.status() == NomineeStatus.COMMENDED;
    }
}
