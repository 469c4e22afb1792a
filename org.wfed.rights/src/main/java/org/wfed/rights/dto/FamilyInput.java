package org.wfed.rights.dto;

import java.time.LocalDate;
import java.util.List;
import org.wfed.core.Validation;

/**
 * A household put on file (三色家庭 / 家庭暴力潜在威胁档案): its unit, name (e.g. 王某某户), address, colour and why,
 * the grid worker or executive-committee member responsible, the day it was put on file, and its members.
 */
public record FamilyInput(long unitId, String household, String address, String colour, String reason,
                          String responsible, LocalDate openedOn, List<MemberInput> members) {
    public FamilyInput {
        members = members == null ? List.of() : List.copyOf(members);
        Validation v = new Validation().positive("unitId", unitId).text("household", household, 100, true)
                .text("address", address, 200, false).text("colour", colour, 20, true).text("reason", reason, 500, true)
                .text("responsible", responsible, 50, true).required("openedOn", openedOn).notInFuture("openedOn", openedOn)
                .rule(members.size() <= 30, "members", "TOO_MANY", "家庭成员最多30人");
        for (int i = 0; i < members.size(); i++) {
            MemberInput m = members.get(i);
            v.rule(m.personId() != null || m.name() != null && !m.name().isBlank(), "members[" + i + "].name", "REQUIRED",
                    "请填写成员姓名或从人员库选择").text("members[" + i + "].name", m.name(), 50, false)
                    .text("members[" + i + "].relation", m.relation(), 20, false);
        }
        v.check();
    }
}
