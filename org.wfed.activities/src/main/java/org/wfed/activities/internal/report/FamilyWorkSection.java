package org.wfed.activities.internal.report;

import java.util.List;
import org.osgi.service.component.annotations.Component;
import org.wfed.core.extension.ReportSection;

/** The "family work" (家庭工作) part of the annual summary: contests and the honours they gave. */
@Component
public final class FamilyWorkSection implements ReportSection {
    @Override public String id() { return "activities.family"; }
    @Override public String section() { return ActivitiesIndicators.FAMILY; }
    /** After contributions with the default order, e.g. a local plugin's own paragraphs. */
    @Override public int order() { return 500; }
    @Override public String titleZh() { return "深化家庭文明建设"; }

    @Override
    public List<String> paragraphsZh() {
        return List.of("认真开展最美家庭、五好家庭、文明家庭、清洁家庭、平安家庭、绿色家庭、无废家庭、好家风等各类家庭建设评选活动，"
                        + "全年推选参评家庭{activities.familiesNominated}户，经评审、公示，表彰各类家庭{activities.familiesCommended}户，"
                        + "其中{activities.familiesCommended.district}户被评选为区级家庭，{activities.familiesCommended.city}户被评选为市级家庭。",
                "选树先进典型，表彰先进个人{activities.peopleCommended}人、先进集体{activities.unitsCommended}个，弘扬了正能量，使好家风落地生根。");
    }
}
