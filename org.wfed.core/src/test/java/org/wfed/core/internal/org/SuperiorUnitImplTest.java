package org.wfed.core.internal.org;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.annotation.Annotation;
import java.lang.reflect.Proxy;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.wfed.core.OrgService;
import org.wfed.core.SuperiorUnit;
import org.wfed.core.dto.OrgUnit;

class SuperiorUnitImplTest {
    /** district 1 → street 2 → community 3 */
    private static final Map<Long, OrgUnit> TREE = Map.of(1L, unit(1, null, "/1/"), 2L, unit(2, 1L, "/1/2/"), 3L, unit(3, 2L, "/1/2/3/"));

    private static OrgUnit unit(long id, Long parent, String path) {
        return new OrgUnit(id, parent, null, "u" + id, null, path, null, null, null, 0);
    }

    private static OrgService orgs() {
        return (OrgService) Proxy.newProxyInstance(OrgService.class.getClassLoader(), new Class<?>[] {OrgService.class}, (p, m, a) ->
                switch (m.getName()) {
                    case "get" -> TREE.get((Long) a[0]);
                    case "isWithin" -> TREE.get((Long) a[0]).path().startsWith(TREE.get((Long) a[1]).path());
                    default -> throw new UnsupportedOperationException(m.getName());
                });
    }

    private static SuperiorUnitImpl.Config config(String... anyAbove) {
        return new SuperiorUnitImpl.Config() {
            @Override
            public String[] anyAbove() {
                return anyAbove;
            }

            @Override
            public Class<? extends Annotation> annotationType() {
                return SuperiorUnitImpl.Config.class;
            }
        };
    }

    @Test
    void byDefaultOnlyTheDirectParentApproves() {
        SuperiorUnit s = new SuperiorUnitImpl(orgs(), config());
        assertTrue(s.approves(SuperiorUnit.SUMMARY_APPROVAL, 2, 3));
        assertFalse(s.approves(SuperiorUnit.SUMMARY_APPROVAL, 1, 3), "the grandparent");
        assertFalse(s.approves(SuperiorUnit.ELECTION_APPROVAL, 1, 3), "the grandparent");
        assertFalse(s.approves(SuperiorUnit.ELECTION_APPROVAL, 3, 3), "the unit itself");
        assertFalse(s.approves(SuperiorUnit.ELECTION_APPROVAL, 3, 2), "a child");
        assertFalse(s.approves(SuperiorUnit.ELECTION_APPROVAL, 1, 1), "the top unit has no superior");
    }

    @Test
    void aWorkflowConfiguredSoLetsAnyUnitAboveApprove() {
        SuperiorUnit s = new SuperiorUnitImpl(orgs(), config(SuperiorUnit.SUMMARY_APPROVAL, SuperiorUnit.SUMMARY_APPROVAL));
        assertTrue(s.approves(SuperiorUnit.SUMMARY_APPROVAL, 1, 3));
        assertFalse(s.approves(SuperiorUnit.ELECTION_APPROVAL, 1, 3), "other workflows keep the direct parent");
        assertFalse(s.approves(SuperiorUnit.SUMMARY_APPROVAL, 3, 2), "never a unit below");
    }
}
