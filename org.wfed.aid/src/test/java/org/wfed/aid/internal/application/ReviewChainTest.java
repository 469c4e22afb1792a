package org.wfed.aid.internal.application;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.lang.reflect.Proxy;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.wfed.aid.dto.ReviewLevel;
import org.wfed.core.OrgService;
import org.wfed.core.dto.OrgUnit;
import org.wfed.core.dto.UnitKind;
import org.wfed.core.dto.UnitStatus;

class ReviewChainTest {

    /** District 1 → street 2 → community 3; a grassroots organisation 4 directly under the district. */
    private static final Map<Long, OrgUnit> UNITS = Map.of(
            1L, unit(1, null, UnitKind.DISTRICT), 2L, unit(2, 1L, UnitKind.STREET), 3L, unit(3, 2L, UnitKind.COMMUNITY),
            4L, unit(4, 1L, UnitKind.GRASSROOTS_ORG));
    private static final OrgService ORGS = (OrgService) Proxy.newProxyInstance(OrgService.class.getClassLoader(),
            new Class<?>[] {OrgService.class}, (proxy, method, args) -> {
                if (method.getName().equals("get")) {
                    return UNITS.get((Long) args[0]);
                }
                throw new UnsupportedOperationException(method.getName());
            });

    private static OrgUnit unit(long id, Long parent, UnitKind kind) {
        return new OrgUnit(id, parent, kind, "u" + id, null, "/" + id + "/", UnitStatus.values()[0], LocalDate.of(2020, 1, 1),
                null, 0);
    }

    @Test
    void communityStreetDistrictResolveToTheApplicantsAncestors() {
        ReviewChain.Steps s = ReviewChain.resolve(ORGS, 3, List.of(ReviewLevel.COMMUNITY, ReviewLevel.STREET, ReviewLevel.DISTRICT));
        assertEquals(List.of(3L, 2L, 1L), s.units());
    }

    @Test
    void aLevelTheTreeLacksIsSkipped() {
        ReviewChain.Steps s = ReviewChain.resolve(ORGS, 4, List.of(ReviewLevel.COMMUNITY, ReviewLevel.STREET, ReviewLevel.DISTRICT));
        assertEquals(List.of(4L, 1L), s.units());
        assertEquals(List.of(ReviewLevel.COMMUNITY, ReviewLevel.DISTRICT), s.levels());
    }

    @Test
    void withNoMatchingLevelTheApplicantsUnitReviews() {
        ReviewChain.Steps s = ReviewChain.resolve(ORGS, 2, List.of(ReviewLevel.COMMUNITY));
        assertEquals(List.of(2L), s.units());
    }
}
