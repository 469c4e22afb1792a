package org.wfed.elections.internal.report;

import java.util.List;
import org.osgi.service.component.annotations.Component;
import org.wfed.core.extension.ReportSection;

/** The elections paragraph of the annual summary's organisation section (组织建设 · 换届选举). */
@Component(service = ReportSection.class)
public final class ElectionsSummarySection implements ReportSection {

    @Override
    public String id() { return "elections.summary"; }

    @Override
    public String section() { return "organisation"; }

    @Override
    public int order() { return 10; }

    @Override
    public String titleZh() { return "圆满完成换届选举工作"; }

    @Override
    public List<String> paragraphsZh() {
        // each clause reads on its own: one whose figures are all zero is left out of the draft
        return List.of("本年度共有{elections.finished}个妇联组织完成换届选举，选举产生妇联执委{elections.executives}名，"
                        + "其中主席{elections.chairs}名，副主席{elections.viceChairs}名；换届产生妇女代表{elections.delegates}名。",
                "村（社区）妇联主席进两委{elections.chairsInTwoCommittees}名，占{elections.chairsInTwoCommitteesRate}。",
                // before → after (两降两升): each clause on its own, so a term without previous figures states only the new one
                composition("CHAIR", "妇联主席") + composition("VICE_CHAIR", "妇联副主席"));
    }

    /** The new committee's age and education against the previous term's, for one position. */
    private static String composition(String position, String who) {
        String m = "[" + position + "]";
        return "新一届" + who + "平均年龄{elections.averageAge" + m + "}岁，上届为{elections.previousAverageAge" + m + "}岁，"
                + "较上届{elections.averageAgeDifference" + m + "|上升/下降}岁，同比{elections.averageAgeChange" + m + "|上升/下降}；"
                + "新一届" + who + "中大专及以上学历{elections.college" + m + "}人，其中研究生{elections.postgraduate" + m + "}人，"
                + "上届为{elections.previousCollege" + m + "}人，较上届{elections.collegeDifference" + m + "|增加/减少}人，"
                + "为上届的{elections.collegeMultiple" + m + "}倍；35岁以下{elections.under35" + m + "}人，"
                + "中共党员{elections.partyMembers" + m + "}人。";
    }
}
