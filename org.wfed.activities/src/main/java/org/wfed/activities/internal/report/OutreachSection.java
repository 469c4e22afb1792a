package org.wfed.activities.internal.report;

import java.util.List;
import org.osgi.service.component.annotations.Component;
import org.wfed.core.extension.ReportSection;

/** The "outreach and learning" (宣传教育) part of the annual summary: activities, trainings, publicity. */
@Component
public final class OutreachSection implements ReportSection {
    @Override public String id() { return "activities.outreach"; }
    @Override public String section() { return ActivitiesIndicators.OUTREACH; }
    /** After contributions with the default order, e.g. a local plugin's own paragraphs. */
    @Override public int order() { return 500; }
    @Override public String titleZh() { return "加强思想引领和宣传教育"; }

    @Override
    public List<String> paragraphsZh() {
        // each clause reads on its own; publicity is the unit's own account's (reach OWN), the rest its subtree's; the
        // publicity outputs (报送信息115条、推出先进典型10名) are materials marked as publicity, stated here, not among the materials
        return List.of("全年开展各类活动{activities.activities}场次，其中{activities.activities[*#]}；参与群众{activities.participants}人次；"
                        + "志愿者参与活动{activities.activityVolunteers}人次；"
                        + "开展各类培训{activities.trainings}批次，培训{activities.trainees}人次。",
                "制作、发放宣传品和物资：{activities.materials[*#]}。",
                "强化正面宣传，在各级媒体报道工作信息{activities.mediaReports}次，微信公众号发布推文{activities.wechatPosts}篇，"
                        + "其中原创推文{activities.originalPosts}篇；{activities.publicityItems[*#]}。");
    }
}
