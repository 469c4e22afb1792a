package org.wfed.core.internal.org;

import java.util.List;
import org.osgi.service.component.annotations.Component;
import org.wfed.core.extension.ReportSection;

/**
 * The organisation-building part (阵地、队伍、志愿者、结对) of the summary's organisation section, in the seeds' words;
 * each clause stands on its own, so a figure of nothing leaves its clause out.
 */
@Component
public final class OrganisationSection implements ReportSection {
    @Override public String id() { return "core.organisation"; }
    @Override public String section() { return OrganisationIndicators.SECTION; }
    @Override public int order() { return 300; }
    @Override public String titleZh() { return "加强基层组织和阵地建设"; }

    @Override
    public List<String> paragraphsZh() {
        return List.of(
                "新建基层妇女组织{core.newOrganisations}个。"
                        + "获评{core.modelHomes[NATIONAL]}个国家级示范“妇女儿童之家”。获评{core.modelHomes[PROVINCE]}个省级示范“妇女儿童之家”。"
                        + "创建了{core.modelHomes[CITY]}个市级示范“妇女儿童之家”，{core.modelHomes[DISTRICT]}个区级示范“妇女儿童之家”。"
                        + "创建了{core.modelHomes[STREET]}个街道级示范“妇女儿童之家”。"
                        + "建有{core.stations[MICRO_HOME]}个“妇女微家”。建有{core.stations[AFTER_SCHOOL]}个“四点半学校”。"
                        + "建有{core.stations[MINORS_ROOM]}个未成年人活动室。"
                        + "{core.stationsSixHave}个阵地做到有场所、有设施、有计划、有制度、有活动、有效果。"
                        + "{core.stationsWithRules}个阵地做到制度上墙，上墙制度共{core.stationRules}项，平均每个阵地{core.stationRulesEach}项。"
                        + "阵地内设{core.stationZones[*]}，共{core.stationZones}个功能区。",
                "组建{core.teamsNew[VOLUNTEER]}个巾帼志愿服务队。组建{core.teamsNew[CULTURE]}支文化队伍。"
                        + "组建{core.teamsNew[SPORTS]}支文体队伍。各类队伍共{core.teams}支，队伍成员{core.teamMembers}人。"
                        + "吸纳“巾帼志愿者”{core.volunteersNew}人，注册巾帼志愿者共{core.volunteers}人。",
                "{core.pairings[LOVING_MOTHER]}名爱心妈妈结对关爱留守困境儿童，结对儿童{core.pairedChildren}名；"
                        + "“一格一姐”联系户、执委联系户共{core.contactHouseholds}户。结对走访{core.pairingVisits}次。",
                "村（社区）两委成员{core.committeeMembers}名，其中女性{core.committeeWomen}名，"
                        + "占{core.committeeWomenShare}（国家目标不低于30%）。"
                        + "{core.committeeUnits}个村（社区）两委均已登记，村（社区）两委成员中{core.committeeUnitsWithWomanShare}有女性，"
                        + "村（社区）妇联主席{core.chairUnitsInCommitteeShare}进两委班子。",
                "{core.chairsInOffice}位妇联主席、副主席带领广大妇女开展各项工作。",
                "派{core.cadresSent}名干部下沉基层，其中到{core.cadresSent[*#]}。");
    }
}
