package org.wfed.activities.dto;

import java.time.LocalDate;
import java.util.Map;

/** An activity (活动) a unit held, with its reach, publicity and the named quantities it handed out (by material code). */
public record Activity(long id, long unitId, String unitName, LocalDate heldOn, String typeCode, String typeName,
                       String theme, Long stationId, String stationName, String partners, int participants,
                       int volunteers, int batches, int trainees, int mediaReports, int wechatPosts, int originalPosts,
                       Map<String, Integer> quantities,
                       String note, int version) {
}
