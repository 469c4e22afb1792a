package org.wfed.core.internal.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The walk over the chain finds the first changed, deleted or added entry and removed blocks (in-framework: AuditTest). */
class AuditChainTest {
    private static AuditChain.Entry entry(long id, String detail) {
        AuditChain.Entry bare = new AuditChain.Entry(id, "2026-12-01T10:00:00.00" + id, 7L, "clerk", 3L, "people.create", "person", "5",
                "SUCCEEDED", null, "127.0.0.1", "POST /api/people", detail, null);
        return new AuditChain.Entry(id, bare.occurredAt(), 7L, "clerk", 3L, "people.create", "person", "5", "SUCCEEDED", null,
                "127.0.0.1", "POST /api/people", detail, AuditChain.entryHash(bare));
    }

    /** Entries 1..n in blocks of two, as the chainer links them: {seq, after, last, count} and their hashes. */
    private static List<Object[]> chain(List<AuditChain.Entry> entries) {
        List<Object[]> blocks = new ArrayList<>();
        String prev = AuditChain.GENESIS;
        for (int i = 0; i < entries.size(); i += 2) {
            List<AuditChain.Link> links = new ArrayList<>();
            List<AuditChain.Entry> part = entries.subList(i, Math.min(entries.size(), i + 2));
            part.forEach(e -> links.add(new AuditChain.Link(e.id(), e.storedHash())));
            long after = i == 0 ? 0 : entries.get(i - 1).id();
            long last = part.get(part.size() - 1).id();
            prev = AuditChain.blockHash(prev, blocks.size() + 1, after, last, links);
            blocks.add(new Object[] {(long) blocks.size() + 1, after, last, part.size(), prev, part});
        }
        return blocks;
    }

    @SuppressWarnings("unchecked")
    private static AuditChain.Walk walk(List<Object[]> blocks, java.util.function.Function<List<AuditChain.Entry>, List<AuditChain.Entry>> now) {
        AuditChain.Walk w = new AuditChain.Walk(new AuditChain.Head(0, 0, AuditChain.GENESIS));
        for (Object[] b : blocks) {
            if (!w.next((long) b[0], (long) b[1], (long) b[2], (int) b[3], (String) b[4], now.apply((List<AuditChain.Entry>) b[5]))) {
                break;
            }
        }
        return w;
    }

    private static List<AuditChain.Entry> six() {
        List<AuditChain.Entry> out = new ArrayList<>();
        for (int i = 1; i <= 6; i++) {
            out.add(entry(i, "d" + i));
        }
        return out;
    }

    @Test
    void anIntactChainHolds() {
        AuditChain.Walk w = walk(chain(six()), e -> e);
        assertNull(w.brokenSeq);
        assertEquals(3, w.blocks);
        assertEquals(6, w.entries);
    }

    @Test
    void aChangedEntryIsNamed() {
        AuditChain.Walk w = walk(chain(six()), e -> e.stream().map(x -> x.id() == 4 ? new AuditChain.Entry(4, x.occurredAt(), x.userId(),
                x.username(), x.unitId(), x.action(), x.recordType(), x.recordId(), x.outcome(), x.code(), x.clientAddress(), x.request(),
                "nothing happened", x.storedHash()) : x).toList());
        assertEquals(2L, w.brokenSeq);
        assertEquals(4L, w.brokenEntry);
        assertTrue(w.problem.contains("changed"));
    }

    @Test
    void aDeletedEntryBreaksItsBlockAndRemovedBlocksAreFound() {
        AuditChain.Walk deleted = walk(chain(six()), e -> e.stream().filter(x -> x.id() != 3).toList());
        assertEquals(2L, deleted.brokenSeq);
        assertTrue(deleted.problem.contains("deleted"), deleted.problem);
        List<Object[]> blocks = chain(six());
        blocks.remove(1);
        AuditChain.Walk gap = walk(blocks, e -> e);
        assertEquals(2L, gap.brokenSeq);
        assertTrue(gap.problem.contains("missing"), gap.problem);
    }

    @Test
    void anEntryChangedWithItsOwnHashStillBreaksTheBlock() {
        AuditChain.Walk w = walk(chain(six()), e -> e.stream().map(x -> x.id() == 5 ? entry(5, "rewritten, own hash and all") : x).toList());
        assertEquals(3L, w.brokenSeq);
        assertFalse(w.problem.contains("entry 5 was changed"), "the entry's own hash matches its new content");
    }

    @Test
    void theHashesCoverEveryFieldAndThePlace() {
        AuditChain.Entry a = entry(1, "x");
        assertNotEquals(a.storedHash(), entry(1, "y").storedHash());
        AuditChain.Entry shifted = new AuditChain.Entry(1, a.occurredAt(), 7L, "clerk", 3L, "people.create", "person", "5", "SUCCEEDED",
                "127.0.0.1", null, "POST /api/people", "x", null);
        assertNotEquals(a.storedHash(), AuditChain.entryHash(shifted), "a value moved to the next field");
        List<AuditChain.Link> links = List.of(new AuditChain.Link(1, a.storedHash()));
        assertNotEquals(AuditChain.blockHash(AuditChain.GENESIS, 1, 0, 1, links), AuditChain.blockHash(AuditChain.GENESIS, 2, 0, 1, links));
    }
}
