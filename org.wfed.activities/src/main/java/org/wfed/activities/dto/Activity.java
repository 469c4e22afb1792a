package org.wfed.activities.dto;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * An activity (活动) a unit held, with its reach, publicity, the named quantities it handed out (by material code), the
 * units it deployed work to, its partner organisations and the organisations outside the tree it served.
 */
public record Activity(long id, long unitId, String unitName, LocalDate heldOn, String typeCode, String typeName,
                       String theme, Long stationId, String stationName, String partners, int participants,
                       int volunteers, int batches, int trainees, int mediaReports, int wechatPosts, int originalPosts,
                       Map<String, Integer> quantities, List<Long> addressedUnitIds, List<PartyOrg> partnerOrgs,
                       List<PartyOrg> servedOrgs, String note, int version) {
}
