package org.wfed.activities.dto;

import java.time.LocalDate;

/** An activity (活动) a unit held, with its reach and publicity. */
public record Activity(long id, long unitId, String unitName, LocalDate heldOn, String typeCode, String typeName,
                       String theme, Long stationId, String stationName, String partners, int participants,
                       int volunteers, int batches, int trainees, int mediaReports, int wechatPosts, int originalPosts,
                       String note, int version) {
}
