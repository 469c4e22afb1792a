package org.wfed.activities.internal.activity;

import java.util.List;
import java.util.Map;
import org.wfed.activities.dto.Activity;
import org.wfed.core.dto.OrgUnit;
import org.wfed.core.exports.ExportTable;

/** The activity ledger (活动台账) as an export table, in the order staff read it: the unit by name and area code. */
final class ActivityColumns {

    private ActivityColumns() {
    }

    static ExportTable table(List<Activity> rows, Map<Long, OrgUnit> units) {
        ExportTable.Builder t = ExportTable.named("活动台账").date("日期").text("单位", 18).digits("单位代码", 14)
                .text("活动类型", 12).text("活动主题", 40).text("活动地点", 16).text("联合单位", 16).integer("参与人次")
                .integer("志愿者人数").integer("培训批次").integer("培训人次").integer("媒体报道").integer("微信推文")
                .integer("原创推文").text("备注", 24);
        for (Activity a : rows) {
            OrgUnit u = units.get(a.unitId());
            t.row(a.heldOn(), a.unitName(), u == null ? null : u.areaCode(), a.typeName(), a.theme(), a.stationName(),
                    a.partners(), a.participants(), a.volunteers(), a.batches(), a.trainees(), a.mediaReports(),
                    a.wechatPosts(), a.originalPosts(), a.note());
        }
        return t.build();
    }
}
