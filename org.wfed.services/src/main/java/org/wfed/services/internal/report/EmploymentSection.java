package org.wfed.services.internal.report;

import java.util.List;
import org.osgi.service.component.annotations.Component;
import org.wfed.core.extension.ReportSection;

/**
 * The women's development part (就业创业、巾帼建功) of the "employment" section of the annual summary, before the
 * volunteers' part (order 500). Every figure stands in a clause of its own: the drafter drops a clause whose figure is
 * zero, so the summary states only what was done.
 */
@Component
public final class EmploymentSection implements ReportSection {
    @Override public String id() { return "services.employment"; }
    @Override public String section() { return ServicesIndicators.EMPLOYMENT; }
    @Override public int order() { return 400; }
    @Override public String titleZh() { return "促进妇女创业就业"; }

    @Override
    public List<String> paragraphsZh() {
        return List.of(
                "开发就业岗位{services.jobPosts}个，收集个人求职信息{services.seekers}个，发布单位招聘信息{services.employerNotices}条，"
                        + "举办招聘会{services.fairs}次，推荐求职者{services.referrals}人次，帮助{services.placements}名女性成功实现就业。",
                "开展家政、手工、电商等技能培训{services.courses}期，培训妇女{services.trainees}人次，"
                        + "{services.certified}人取得职业技能证书，{services.employedAfterTraining}人培训后实现就业，培训后就业率{services.employmentRateAfterTraining}。",
                "收集群众“微心愿”{services.wishesCollected}个，爱心人士和志愿者认领{services.wishesClaimed}个，"
                        + "实现{services.wishesFulfilled}个，实现率{services.wishesFulfilledShare}。");
    }
}
