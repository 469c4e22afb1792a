package org.wfed.core.internal.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The walk over the chain finds the first changed entry, deleted entry or removed link (in-framework: AuditTest). */
class AuditChainTest {
    private static AuditChain.Entry entry(long id, String detail) {
        return new AuditChain.Entry(id, "2026-12-01 10:00:00.0" + id, 7L, "clerk", 3L, "people.create", "person", "5", "SUCCEEDED",
                null, "127.0.0.1", "POST /api/people", detail);
    }

    /** Links for entries 1..n, as the chainer writes them. */
    private static List<String> chain(int n) {
        List<String> hashes = new ArrayList<>();
        String prev = AuditChain.GENESIS;
        for (int i = 1; i <= n; i++) {
            prev = AuditChain.hash(prev, i, entry(i, "d" + i));
            hashes.add(prev);
        }
        return hashes;
    }

    @Test
    void anIntactChainHolds() {
        List<String> h = chain(5);
        AuditChain.Walk walk = new AuditChain.Walk(0, AuditChain.GENESIS);
        for (int i = 1; i <= 5; i++) {
            assertTrue(walk.next(i, i, h.get(i - 1), entry(i, "d" + i)));
        }
        assertEquals(5, walk.checked);
        assertEquals(null, walk.brokenSeq);
    }

    @Test
    void aChangedEntryIsTheFirstBrokenLink() {
        List<String> h = chain(5);
        AuditChain.Walk walk = new AuditChain.Walk(0, AuditChain.GENESIS);
        walk.next(1, 1, h.get(0), entry(1, "d1"));
        walk.next(2, 2, h.get(1), entry(2, "d2"));
        assertFalse(walk.next(3, 3, h.get(2), entry(3, "nothing happened")));
        assertEquals(3L, walk.brokenEntry);
        assertTrue(walk.problem.contains("changed"));
    }

    @Test
    void aDeletedEntryOrARemovedLinkIsFound() {
        List<String> h = chain(4);
        AuditChain.Walk deleted = new AuditChain.Walk(0, AuditChain.GENESIS);
        deleted.next(1, 1, h.get(0), entry(1, "d1"));
        assertFalse(deleted.next(2, 2, h.get(1), null));
        assertTrue(deleted.problem.contains("deleted"));
        AuditChain.Walk gap = new AuditChain.Walk(0, AuditChain.GENESIS);
        gap.next(1, 1, h.get(0), entry(1, "d1"));
        assertFalse(gap.next(3, 3, h.get(2), entry(3, "d3")));
        assertEquals(2L, gap.brokenSeq);
    }

    @Test
    void theHashCoversEveryFieldAndThePlace() {
        String a = AuditChain.hash(AuditChain.GENESIS, 1, entry(1, "x"));
        assertNotEquals(a, AuditChain.hash(AuditChain.GENESIS, 2, entry(1, "x")));
        assertNotEquals(a, AuditChain.hash(AuditChain.GENESIS, 1, entry(1, "y")));
        // a value moved from one field to the next does not hash alike
        AuditChain.Entry shifted = new AuditChain.Entry(1, "2026-12-01 10:00:00.01", 7L, "clerk", 3L, "people.create", "person", "5",
                "SUCCEEDED", "127.0.0.1", null, "POST /api/people", "x");
        assertNotEquals(a, AuditChain.hash(AuditChain.GENESIS, 1, shifted));
    }
}
