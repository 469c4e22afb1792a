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
        // each clause reads on its own: one whose figures are all zero is left out of the draft; the contest types are
        // named by the lists, which name only the types held, so that the draft never claims a contest that did not run
        return List.of("深入开展家庭建设评选活动，全年推选参评家庭{activities.familiesNominated}户；"
                        + "经评审、公示，表彰各类家庭{activities.familiesCommended}户，其中{activities.familiesCommended[*#]}；"
                        + "获街道（乡镇）级表彰的家庭{activities.familiesCommended.street}户，获区（县）级表彰的家庭{activities.familiesCommended.district}户，"
                        + "获市级表彰的家庭{activities.familiesCommended.city}户，获省级表彰的家庭{activities.familiesCommended.province}户。",
                "积极向上级推荐优秀家庭，推荐{activities.familiesRecommendedAbove[*#]}；获评{activities.familiesHonouredAbove[*#]}。",
                "选树先进典型，表彰先进个人{activities.peopleCommended}人，其中{activities.peopleCommended[*#]}；"
                        + "表彰先进集体{activities.unitsCommended}个，其中{activities.unitsCommended[*#]}；"
                        + "获上级表彰先进个人{activities.peopleHonouredAbove}人，其中{activities.peopleHonouredAbove[*#]}；"
                        + "获上级表彰先进集体{activities.unitsHonouredAbove}个，其中{activities.unitsHonouredAbove[*#]}。");
    }
}
