package org.wfed.aid.internal.report;

import java.util.List;
import org.osgi.service.component.annotations.Component;
import org.wfed.core.extension.ReportSection;

/** The "care and aid" part (关爱帮扶) of the annual summary, drafted from the aid figures. */
@Component
public final class CareSection implements ReportSection {

    @Override
    public String id() { return "aid.care"; }

    @Override
    public String section() { return "care"; }

    @Override
    public int order() { return 10; }

    @Override
    public String titleZh() { return "关爱帮扶困难妇女儿童"; }

    @Override
    public List<String> paragraphsZh() {
        // each clause reads on its own: one whose figures are all zero is left out of the draft
        return List.of(
                "一是精准帮扶困难群体。全年批准各类救助申请{aid.applicationsApproved}件；"
                        + "发放救助金、物资和保险共计{aid.amountPaid}元，其中{aid.amountPaid[*#]}；"
                        + "救助{aid.peopleAided[*#]}，人均{aid.amountEach[*#]}；"
                        + "为{aid.womenChildrenAided}名困难妇女儿童提供救助；按救助对象分，{aid.peopleByGroup[*#]}；"
                        + "按户发放{aid.householdsAided[*#]}，惠及{aid.householdMembers[*#]}；发放物资{aid.goodsHandedOut[*#]}；"
                        + "覆盖{aid.unitsServed}个基层单位；组织{aid.pairingHelpers}名爱心人士与{aid.pairedHouseholds}户困难家庭开展一对一结对帮扶；利用重要节日走访慰问{aid.visits}人次；"
                        + "申请{aid.quotaGranted[*#]}；"
                        + "为{aid.twoCancersAided}名患病低收入妇女发放两癌救助金。",
                "二是关注妇女健康。组织适龄妇女开展“两癌”免费筛查，应查{aid.screeningDue}人，实查{aid.screened}人，"
                        + "筛查率{aid.screeningRate}；未见异常{aid.screenedNormal}人，发现异常{aid.screenedAbnormal}人，"
                        + "完成随访{aid.followedUp}例，随访完成率{aid.followUpRate}；"
                        + "确诊癌前病变及癌症{aid.diagnosed}例，早诊率{aid.earlyDiagnosisRate}。");
    }
}
