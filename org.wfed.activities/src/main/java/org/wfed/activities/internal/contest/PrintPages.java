package org.wfed.activities.internal.contest;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.wfed.activities.dto.Contest;
import org.wfed.activities.dto.Member;
import org.wfed.activities.dto.Nominee;
import org.wfed.activities.dto.NomineeKind;
import org.wfed.activities.dto.NomineeStatus;

/**
 * Print-ready A4 pages of a contest: the public notice (公示) and the honour list (表彰名单). Every value is
 * HTML-escaped; the page carries its own print CSS so that the browser's print dialog gives the paper.
 */
final class PrintPages {
    private static final DateTimeFormatter ZH_DATE = DateTimeFormatter.ofPattern("yyyy年M月d日");

    private PrintPages() {
    }

    static String notice(Contest k, List<Nominee> onNotice, int noticeDays, boolean workingDays) {
        StringBuilder b = head("关于" + k.title() + "结果的公示");
        b.append("<h1>关于").append(esc(k.title())).append("结果的公示</h1>");
        b.append("<p class=\"body\">根据").append(esc(k.typeName())).append("评选工作安排，经个人自荐、他人推荐和组织推荐，")
                .append("资格审查、评审委员会评审，拟将以下").append(onNotice.size()).append(k.nomineeKind() == NomineeKind.FAMILY ? "户家庭" : "名（个）对象")
                .append("确定为").append(esc(k.unitName())).append(k.contestYear()).append("年度“").append(esc(k.typeName()))
                .append("”，现予以公示。</p>");
        list(b, onNotice, false);
        b.append("<p class=\"body\">公示期：").append(zh(k.noticeStart())).append("至").append(zh(k.noticeEnd())).append("（")
                .append(noticeDays).append(workingDays ? "个工作日" : "天").append("）。公示期间，如对公示对象有异议，")
                .append("请以书面或来电、来访形式向").append(esc(k.unitName())).append("反映。反映情况应实事求是，")
                .append("以单位名义反映的应加盖公章，以个人名义反映的应署真实姓名并提供联系方式。</p>");
        sign(b, k.unitName(), k.noticeStart());
        return b.append("</body></html>").toString();
    }

    static String honours(Contest k, List<Nominee> commended) {
        String title = k.unitName() + k.contestYear() + "年度“" + k.typeName() + "”表彰名单";
        StringBuilder b = head(title);
        b.append("<h1>").append(esc(title)).append("</h1>");
        if (k.documentNo() != null) {
            b.append("<p class=\"doc\">").append(esc(k.documentNo())).append("</p>");
        }
        list(b, commended, true);
        sign(b, k.unitName(), k.commendedOn());
        return b.append("</body></html>").toString();
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

    private static StringBuilder head(String title) {
        return new StringBuilder("<!DOCTYPE html><html lang=\"zh-CN\"><head><meta charset=\"UTF-8\"><title>").append(esc(title))
                .append("</title><style>@page{size:A4;margin:25mm 20mm}body{font-family:'SimSun','Songti SC','Noto Serif CJK SC',serif;"
                        + "font-size:14pt;line-height:1.8;color:#000;max-width:170mm;margin:0 auto}h1{font-size:20pt;text-align:center;"
                        + "font-family:'SimHei','Heiti SC','Noto Sans CJK SC',sans-serif;margin:0 0 1em}.body{text-indent:2em}"
                        + ".doc{text-align:center}table{width:100%;border-collapse:collapse;margin:1em 0;font-size:12pt}"
                        + "th,td{border:1px solid #000;padding:4px 6px;vertical-align:top}th{background:#eee}"
                        + ".story{color:#333}.sign{text-align:right;margin-top:3em}tr{page-break-inside:avoid}"
                        + "@media print{th{background:none}}</style></head><body>");
    }

    private static void sign(StringBuilder b, String unitName, LocalDate day) {
        b.append("<div class=\"sign\">").append(esc(unitName)).append("<br>").append(day == null ? "" : zh(day)).append("</div>");
    }

    static String zh(LocalDate d) {
        return d == null ? "" : d.format(ZH_DATE);
    }

    static String esc(String s) {
        return org.wfed.core.Html.escape(s);
    }

    static boolean onNotice(Nominee n) {
        return n.status() == NomineeStatus.SELECTED || n.status() == NomineeStatus.COMMENDED;
    }
}
