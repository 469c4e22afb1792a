package org.wfed.aid.internal.application;

import java.util.ArrayList;
import java.util.List;
import org.wfed.aid.dto.ReviewLevel;
import org.wfed.core.OrgService;
import org.wfed.core.dto.OrgUnit;
import org.wfed.core.dto.UnitKind;

/**
 * Resolves a programme's review levels (社区/村 → 街道/乡镇 → 区县) to the units that review an
 * application: for each level the applicant's unit or its nearest ancestor of that kind. Levels the
 * tree lacks are skipped; when none matches, the applicant's own unit reviews.
 */
public final class ReviewChain {

    /** The units in order, and the level each reviews at. */
    public record Steps(List<Long> units, List<ReviewLevel> levels) {
    }

    private ReviewChain() {
    }

    public static Steps resolve(OrgService orgs, long unitId, List<ReviewLevel> levels) {
        List<OrgUnit> line = new ArrayList<>();
        OrgUnit u = orgs.get(unitId);
        line.add(u);
        while (u.parentId() != null) {
            u = orgs.get(u.parentId());
            line.add(u);
        }
        List<Long> units = new ArrayList<>();
        List<ReviewLevel> found = new ArrayList<>();
        for (ReviewLevel level : levels) {
            line.stream().filter(x -> levelOf(x.kind()) == level).findFirst().ifPresent(x -> {
                if (!units.contains(x.id())) {
                    units.add(x.id());
                    found.add(level);
                }
            });
        }
        if (units.isEmpty()) {
            units.add(unitId);
            found.add(levels.get(0));
        }
        return new Steps(units, found);
    }

    /** The review level a unit of this kind decides at; null for kinds above the district (市, …). */
    static ReviewLevel levelOf(UnitKind kind) {
        return switch (kind) {
            case DISTRICT -> ReviewLevel.DISTRICT;
            case STREET, TOWN -> ReviewLevel.STREET;
            case COMMUNITY, VILLAGE, GRASSROOTS_ORG -> ReviewLevel.COMMUNITY;
            default -> null;
        };
    }
}
