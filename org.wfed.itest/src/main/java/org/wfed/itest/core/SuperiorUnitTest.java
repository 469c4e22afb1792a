package org.wfed.itest.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.wfed.core.SuperiorUnit;
import org.wfed.itest.Api;

/**
 * One rule of "the superior unit approves" for every workflow: the direct parent (上一级妇联), never a grandparent,
 * never the unit itself; the top unit has none. Elections' ElectionAccessTest and reporting's ApprovalChainTest show
 * the same answers over HTTP.
 */
class SuperiorUnitTest {
    private static Api admin;
    private static SuperiorUnit superior;

    @BeforeAll
    static void up() {
        Api.awaitUp();
        admin = Api.admin();
        superior = Api.service(SuperiorUnit.class);
    }

    @Test
    void theDirectParentApprovesInEveryWorkflowAndAGrandparentNever() {
        long district = admin.unitId();
        long street = admin.createUnit(district, "STREET", Api.unique("上级街道"));
        long community = admin.createUnit(street, "COMMUNITY", Api.unique("上级社区"));
        for (String workflow : new String[] {SuperiorUnit.ELECTION_APPROVAL, SuperiorUnit.SUMMARY_APPROVAL}) {
            assertEquals(Optional.of(street), superior.of(workflow, community), workflow);
            assertTrue(superior.approves(workflow, street, community), workflow + ": the street approves its community");
            assertFalse(superior.approves(workflow, district, community), workflow + ": the district is the grandparent");
            assertFalse(superior.approves(workflow, community, community), workflow + ": never the unit itself");
            assertTrue(superior.approves(workflow, district, street), workflow + ": the district approves its street");
            assertEquals(Optional.empty(), superior.of(workflow, district), workflow + ": the top unit has no superior in wfed");
            assertFalse(superior.approves(workflow, district, district), workflow);
        }
    }
}
