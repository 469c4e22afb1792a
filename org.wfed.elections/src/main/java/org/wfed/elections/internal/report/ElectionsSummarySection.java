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
                        + "其中主席{elections.chairs}名，副主席{elections.viceChairs}名；换届产生妇女代表{elections.delegates}名。"
                        + "新任妇联主席中大专及以上学历{elections.chairsCollege}名，新任妇联主席中35岁以下{elections.chairsUnder35}名；"
                        + "新任副主席中大专及以上学历{elections.viceChairsCollege}名。",
                "村（社区）妇联主席进两委{elections.chairsInTwoCommittees}名，占{elections.chairsInTwoCommitteesRate}。");
    }
}
