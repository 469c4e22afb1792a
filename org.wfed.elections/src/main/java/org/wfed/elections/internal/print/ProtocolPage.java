package org.wfed.elections.internal.print;

import java.util.List;
import org.wfed.core.PrintPage;
import org.wfed.elections.dto.Candidate;
import org.wfed.elections.dto.ElectionDetail;
import org.wfed.elections.dto.Official;
import org.wfed.elections.dto.OfficialRole;
import org.wfed.elections.dto.PositionView;
import org.wfed.elections.dto.Round;
import org.wfed.elections.dto.RoundOutcome;
import org.wfed.elections.dto.Tally;

/**
 * Renders the result protocol (选举结果报告单) and the public notice (选举结果公告) as print-ready HTML
 * in core's print shell ({@link PrintPage}); every value is escaped.
 */
public final class ProtocolPage {

    private ProtocolPage() {
    }

    public static String protocol(ElectionDetail d) {
        StringBuilder b = PrintPage.open(d.election().unitName() + "换届选举结果报告单");
        b.append("<h1>").append(esc(d.election().unitName())).append("换届选举结果报告单</h1>");
        b.append("<p class=\"sub\">").append(esc(d.election().title())).append("　选举日期：")
                .append(PrintPage.date(d.election().electionDate())).append("</p>");
        b.append("<table><tr><th>应到人数</th><td class=\"num\">").append(d.election().votersDue())
                .append("</td><th>实到人数</th><td class=\"num\">").append(d.election().votersPresent())
                .append("</td></tr><tr><th>法定人数</th><td colspan=\"3\">").append(esc(d.election().quorumZh()))
                .append("</td></tr><tr><th>当选规则</th><td colspan=\"3\">赞成票").append(esc(d.election().rules().winningZh()))
                .append("应到人数，按得票多少依次当选</td></tr></table>");
        for (PositionView p : d.positions()) {
            b.append("<h2>").append(esc(p.kindZh())).append("（应选").append(p.seats()).append("名，")
                    .append(p.competitive() ? "差额" : "等额").append("选举）</h2>");
            for (Round r : p.rounds()) {
                b.append("<table><tr><th colspan=\"4\">第").append(r.roundNo()).append("轮投票")
                        .append(r.outcome() == RoundOutcome.VOID ? "（无效，已重新投票）" : "").append("　发出选票").append(r.issued())
                        .append("张，收回").append(r.returned()).append("张，有效").append(r.valid()).append("张，无效")
                        .append(r.invalid()).append("张</th></tr><tr><th>姓名</th><th>赞成</th><th>反对</th><th>弃权</th></tr>");
                for (Tally t : r.tallies()) {
                    b.append("<tr><td>").append(esc(t.name())).append(t.writeIn() ? "（另选人）" : "")
                            .append(t.elected() ? "　当选" : t.tied() ? "　票数相等，另行投票" : "").append("</td><td class=\"num\">")
                            .append(t.yes()).append("</td><td class=\"num\">").append(t.no()).append("</td><td class=\"num\">")
                            .append(t.abstain()).append("</td></tr>");
                }
                b.append("</table>");
            }
            List<Candidate> elected = p.candidates().stream().filter(Candidate::elected).toList();
            b.append("<p><b>当选").append(esc(p.kindZh())).append("（").append(elected.size()).append("名）：</b>")
                    .append(esc(names(elected))).append(p.openSeats() > 0 ? "；空缺" + p.openSeats() + "名" : "").append("</p>");
            if (p.overridden()) {
                b.append("<p class=\"note\">").append(esc(p.explanation())).append("</p>");
            }
        }
        b.append("<h2>监票人、计票人</h2><table><tr><th>监票人</th><td>").append(esc(officials(d, OfficialRole.SCRUTINEER)))
                .append("</td></tr><tr><th>计票人</th><td>").append(esc(officials(d, OfficialRole.COUNTER))).append("</td></tr></table>");
        b.append("<div class=\"sign-lines\"><div>总监票人签字：</div><div>计票人签字：</div><div>大会主持人签字：</div><div>日期：</div></div>");
        PrintPage.signature(b, d.election().unitName() + "（盖章）", null);
        return PrintPage.close(b);
    }

    public static String notice(ElectionDetail d) {
        StringBuilder b = PrintPage.open(d.election().unitName() + "选举结果公告");
        b.append("<h1>").append(esc(d.election().unitName())).append("换届选举结果公告</h1>");
        b.append("<p>").append(PrintPage.date(d.election().electionDate())).append("，").append(esc(d.election().unitName()))
                .append("召开妇女代表大会（妇女大会），应到").append(d.election().votersDue()).append("人，实到")
                .append(d.election().votersPresent()).append("人，符合法定人数。经无记名投票，选举结果如下：</p>");
        for (PositionView p : d.positions()) {
            List<Candidate> elected = p.candidates().stream().filter(Candidate::elected).toList();
            if (!elected.isEmpty()) {
                b.append("<p><b>").append(esc(p.kindZh())).append("（").append(elected.size()).append("名）：</b>")
                        .append(esc(names(elected))).append("</p>");
            }
        }
        b.append("<p>新一届任期").append(d.election().termYears()).append("年。特此公告。</p>");
        PrintPage.signature(b, d.election().unitName(), d.election().electionDate());
        return PrintPage.close(b);
    }

    private static String names(List<Candidate> cs) {
        return cs.isEmpty() ? "（无）" : String.join("、", cs.stream().map(Candidate::name).toList());
    }

    private static String officials(ElectionDetail d, OfficialRole role) {
        List<String> names = d.officials().stream().filter(o -> o.role() == role).map(Official::name).toList();
        return names.isEmpty() ? "（未确定）" : String.join("、", names);
    }

    /** HTML-escapes a value. */
    public static String esc(String s) {
        return org.wfed.core.Html.escape(s);
    }
}
