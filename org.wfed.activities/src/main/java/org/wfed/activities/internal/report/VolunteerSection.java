package org.wfed.activities.internal.report;

import java.util.List;
import org.osgi.service.component.annotations.Component;
import org.wfed.core.extension.ReportSection;

/** The volunteers part (巾帼志愿服务) of the "employment and volunteers" section of the annual summary. */
@Component
public final class VolunteerSection implements ReportSection {
    @Override public String id() { return "activities.volunteers"; }
    @Override public String section() { return ActivitiesIndicators.EMPLOYMENT; }
    /** After contributions with the default order, e.g. a local plugin's own paragraphs. */
    @Override public int order() { return 500; }
    @Override public String titleZh() { return "打造巾帼志愿服务品牌"; }

    @Override
    public List<String> paragraphsZh() {
        return List.of("组织巾帼志愿者开展志愿服务{activities.volunteerServices}次，参与志愿者{activities.volunteersServed}人次，"
                + "累计服务时长{activities.volunteerHours}小时，服务群众{activities.volunteerBeneficiaries}人次，"
                // people each counted once (已居家管控隔离人员4000余名), when the service records them
                + "共服务{activities.volunteerPeopleServed}名群众。");
    }
}
