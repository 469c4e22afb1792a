package org.wfed.activities.internal.activity;

import java.util.List;
import java.util.function.Function;
import org.wfed.activities.dto.Activity;

/** The columns of an activity export (活动台账), in the order staff read them. */
final class ActivityColumns {

    /** One column: its Chinese header and the cell of a row (a String, a Number or a LocalDate). */
    record Column(String header, Function<Activity, Object> cell) {
    }

    static final List<Column> ALL = List.of(
            new Column("日期", Activity::heldOn),
            new Column("单位", Activity::unitName),
            new Column("活动类型", Activity::typeName),
            new Column("活动主题", Activity::theme),
            new Column("活动地点", Activity::stationName),
            new Column("联合单位", Activity::partners),
            new Column("参与人次", Activity::participants),
            new Column("志愿者人数", Activity::volunteers),
            new Column("培训批次", Activity::batches),
            new Column("培训人次", Activity::trainees),
            new Column("媒体报道", Activity::mediaReports),
            new Column("微信推文", Activity::wechatPosts),
            new Column("原创推文", Activity::originalPosts),
            new Column("备注", Activity::note));

    private ActivityColumns() {
    }
}
