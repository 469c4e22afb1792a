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
                        + "其中原创推文{activities.originalPosts}篇；{activities.publicityItems[*#]}。",
                // the units a meeting deployed work to, by their kind (向14个街道妇联专题部署), each clause on its own
                "召开工作会议，向{activities.unitsAddressed[DISTRICT]}个区县妇联专题部署工作；"
                        + "向{activities.unitsAddressed[STREET]}个街道妇联专题部署工作；"
                        + "向{activities.unitsAddressed[TOWN]}个乡镇妇联专题部署工作；"
                        + "向{activities.unitsAddressed[COMMUNITY]}个社区妇联专题部署工作；"
                        + "向{activities.unitsAddressed[VILLAGE]}个村妇联专题部署工作；"
                        + "向{activities.unitsAddressed[GRASSROOTS_ORG]}个基层妇女组织专题部署工作。",
                // a project's years come from its first year (已连续开展三年), never typed
                "购买或承接社会服务项目{activities.projects}个；已连续开展多年的项目：{activities.projectYears[*#]}。",
                "联合{activities.partnerOrgs}家社会组织开展活动，合作组织来自{activities.partnerRegions}个省市；"
                        + "为{activities.orgsServed}家企业、门店等单位送去服务和物资。");
    }
}
