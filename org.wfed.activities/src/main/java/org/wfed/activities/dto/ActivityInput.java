package org.wfed.activities.dto;

import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.wfed.core.Validation;

/**
 * What staff enter for an activity: when, which unit, where (a station id of the unit or a free-text place such
 * as 妇女之家), type, theme, partners (联合单位), participants (参与人次), volunteers, for trainings the batches
 * and trainees, and publicity: media reports (媒体报道), WeChat posts (微信推文) of which original (原创);
 * {@code quantities} the named quantities it handed out or made, by material code (宣传展板 212, 宣传单 2000; zeros
 * are left out); {@code addressedUnitIds} the units below its unit a meeting deployed work to (向14个街道妇联专题部署),
 * {@code partnerOrgs} the organisations outside the tree it worked with (name, province/city) and {@code servedOrgs}
 * those it served (3家企业门店), each named once.
 */
public record ActivityInput(long unitId, LocalDate heldOn, String typeCode, String theme, Long stationId,
                            String stationName, String partners, Integer participants, Integer volunteers,
                            Integer batches, Integer trainees, Integer mediaReports, Integer wechatPosts,
                            Integer originalPosts, Map<String, Integer> quantities, List<Long> addressedUnitIds,
                            List<PartyOrg> partnerOrgs, List<PartyOrg> servedOrgs, String note, Integer version) {
    public ActivityInput {
        addressedUnitIds = addressedUnitIds == null ? List.of()
                : addressedUnitIds.stream().filter(java.util.Objects::nonNull).distinct().toList();
        partnerOrgs = partnerOrgs == null ? List.of() : distinct(partnerOrgs);
        servedOrgs = servedOrgs == null ? List.of() : distinct(servedOrgs);
        Validation v = new Validation();
        Map<String, Integer> given = new LinkedHashMap<>();
        if (quantities != null) {
            quantities.forEach((code, n) -> {
                if (code == null || code.isBlank()) {
                    v.add("quantities", "REQUIRED", "请选择物资名称");
                } else if (n != null && n < 0) {
                    v.add("quantities." + code, "NEGATIVE", "数量不能为负数");
                } else if (n != null && n > 0) {
                    given.put(code.trim(), n);
                }
            });
        }
        v.check();
        quantities = Collections.unmodifiableMap(given);
        participants = zeroIfNull(participants);
        volunteers = zeroIfNull(volunteers);
        batches = zeroIfNull(batches);
        trainees = zeroIfNull(trainees);
        mediaReports = zeroIfNull(mediaReports);
        wechatPosts = zeroIfNull(wechatPosts);
        originalPosts = zeroIfNull(originalPosts);
        new Validation().positive("unitId", unitId).required("heldOn", heldOn).notInFuture("heldOn", heldOn)
                .text("typeCode", typeCode, 30, true).text("theme", theme, 200, true)
                .text("stationName", stationName, 100, false).text("partners", partners, 500, false)
                .notNegative("participants", participants).notNegative("volunteers", volunteers)
                .notNegative("batches", batches).notNegative("trainees", trainees)
                .notNegative("mediaReports", mediaReports).notNegative("wechatPosts", wechatPosts)
                .notNegative("originalPosts", originalPosts)
                .rule(originalPosts <= wechatPosts, "originalPosts", "MORE_THAN_POSTS", "原创推文数不能多于推文总数")
                .text("note", note, 2000, false).check();
    }

    /** Each organisation once, by name (the first entry's region kept). */
    private static List<PartyOrg> distinct(List<PartyOrg> orgs) {
        Map<String, PartyOrg> byName = new LinkedHashMap<>();
        for (PartyOrg o : orgs) {
            if (o != null) {
                byName.putIfAbsent(o.name(), o);
            }
        }
        return List.copyOf(byName.values());
    }

    /** Counts left out of the form are zero. */
    static Integer zeroIfNull(Integer n) {
        return n == null ? 0 : n;
    }
}
