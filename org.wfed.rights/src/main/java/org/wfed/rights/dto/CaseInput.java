package org.wfed.rights.dto;

import java.time.LocalDate;
import java.util.List;
import org.wfed.core.Validation;

/**
 * A case (维权个案) at intake: the unit responsible, the day, how it came in (a referral names who referred it,
 * a station case the station), its kind (an infringement case which right), what the woman asks for, the
 * narrative, the staff member responsible, the visitors received (来访人次) and the parties.
 */
public record CaseInput(long unitId, LocalDate intakeOn, CaseSource source, String referredBy, Long stationId,
                        CaseKind kind, Infringement infringement, String request, String narrative, String handler,
                        Integer visitors, List<PartyInput> parties) {
    public CaseInput {
        visitors = visitors == null ? 1 : visitors;
        parties = parties == null ? List.of() : List.copyOf(parties);
        Validation v = new Validation().positive("unitId", unitId).required("intakeOn", intakeOn)
                .notInFuture("intakeOn", intakeOn).required("source", source).required("kind", kind)
                .text("referredBy", referredBy, 100, source == CaseSource.REFERRAL)
                .rule(source != CaseSource.STATION || stationId != null, "stationId", "REQUIRED", "站点来源的个案须选择维权站或调解室")
                .rule(kind == CaseKind.RIGHTS_INFRINGEMENT || infringement == null, "infringement", "NOT_INFRINGEMENT",
                        "只有权益侵害类个案填写侵害类别")
                .text("request", request, 1000, false).text("narrative", narrative, 4000, false)
                .text("handler", handler, 50, true).notNegative("visitors", visitors)
                .rule(visitors <= 10_000, "visitors", "OUT_OF_RANGE", "来访人次应在0至10000之间")
                .rule(parties.size() <= 20, "parties", "TOO_MANY", "当事人最多20人");
        for (int i = 0; i < parties.size(); i++) {
            PartyInput p = parties.get(i);
            String at = "parties[" + i + "].";
            v.required(at + "role", p.role()).rule(p.personId() != null || p.name() != null && !p.name().isBlank(),
                    at + "name", "REQUIRED", "请填写当事人姓名或从人员库选择").text(at + "name", p.name(), 50, false)
                    .text(at + "phone", p.phone(), 30, false).text(at + "address", p.address(), 200, false);
        }
        v.check();
    }
}
