package org.wfed.core.internal.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.wfed.core.Database;
import org.wfed.core.Jdbc;
import org.wfed.core.WfedException;
import org.wfed.core.internal.db.Dialect;

/**
 * Makes the audit log tamper-evident. Every entry is written with the SHA-256 of its own content
 * ({@link #entryHash}); once a second a thread of its own links the entries written since into one block
 * of the chain ({@code core_audit_chain}: the ids after the last block up to the newest entry older than
 * {@link #SETTLE}), hashing the block before, its place, its id range and each entry's id and hash. It
 * works under a lock of the chain table, so several writers — threads or nodes sharing the database —
 * cannot fork the chain (on PostgreSQL writers of entries wait for the round, a few milliseconds, at most
 * {@link #WRITERS_WAIT}); and it costs one row a second, not one per write. {@link #verify}
 * recomputes every entry and block and names the first that does not hold.
 */
@Component(service = AuditChain.class)
public final class AuditChain {
    private static final Logger LOG = LoggerFactory.getLogger(AuditChain.class);
    /** The hash "before" the first block (and before the first one kept after a purge with nothing kept). */
    static final String GENESIS = "0".repeat(64);
    /** Entries per block at most (a backlog after a restart is chained in several). */
    private static final int BLOCK = 10_000;
    /**
     * Entries younger than this wait for the next round. An entry's id is drawn and its row written in one
     * statement, two statements may do that in either order, and a reader passes a row it does not see
     * yet; after this long every row with a lower id is written (committed or not: a round waits for rows
     * other transactions have not committed yet, so none is passed over; on PostgreSQL, whose readers do not
     * wait, for the transactions writing entries, {@link Dialect#excludeWriters}).
     */
    static final Duration SETTLE = Duration.ofSeconds(2);
    /** How long a round waits for the transactions writing entries on PostgreSQL (see {@link #chainBlock}). */
    private static final Duration WRITERS_WAIT = Duration.ofSeconds(1);
    /** How often the head of the chain is written to the log, as an anchor outside the database. */
    private static final Duration ANCHOR_EVERY = Duration.ofHours(1);

    /** The answer of a verification: how far the chain holds, and the first block (and entry) that does not. */
    public record Verification(boolean intact, long entriesChecked, long blocksChecked, Long brokenAtSeq, Long brokenAtEntry,
                               String problem, long notYetChained, long headSeq, String headHash, Instant checkedAt) {
    }

    /** The head of the chain: the last block's place, the last id it covers, its hash. */
    record Head(long seq, long lastId, String hash) {
    }

    private final Database db;
    private final ScheduledExecutorService thread = org.wfed.core.internal.Daemons.scheduler("wfed-audit-chain");
    private volatile Instant anchoredAt = Instant.EPOCH;

    @Activate
    public AuditChain(@Reference Database db) {
        this.db = db;
        thread.scheduleWithFixedDelay(this::round, 1, 1, TimeUnit.SECONDS);
    }

    @Deactivate
    void deactivate() {
        thread.shutdown();
        try {
            thread.awaitTermination(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void round() {
        try {
            chainPending(Instant.now().minus(SETTLE));
        } catch (RuntimeException e) {
            // e.g. a lock timeout behind a long import: the next round takes the entries
            LOG.debug("audit chaining postponed: {}", e.getMessage());
        }
    }

    /** Chains every entry written before {@code upTo}; answers how many. Also used by verify and the retention. */
    public synchronized long chainPending(Instant upTo) {
        long total = 0;
        long n;
        do {
            n = db.write(c -> chainBlock(c, upTo));
            total += n;
        } while (n == BLOCK);
        Instant now = Instant.now();
        if (anchoredAt.plus(ANCHOR_EVERY).isBefore(now)) {
            Head h = db.read(AuditChain::head);
            if (h.seq() > 0) {
                anchoredAt = now;
                LOG.info("audit chain head: block {} up to entry {}, hash {}", h.seq(), h.lastId(), h.hash());
            }
        }
        return total;
    }

    private static long chainBlock(Connection c, Instant upTo) throws SQLException {
        try (var st = c.createStatement()) {
            st.execute("LOCK TABLE core_audit_chain IN EXCLUSIVE MODE");
        }
        // no entry may be written below the block while it is linked, nor be passed over uncommitted: on PostgreSQL,
        // whose readers do not wait for uncommitted rows, wait for the transactions writing entries (briefly: behind
        // a long one the next round tries again, and writers are never held up longer than this)
        Dialect.of(c).excludeWriters(c, "core_audit", WRITERS_WAIT);
        Head head = head(c);
        long newest = Jdbc.number(c, "SELECT MAX(id) FROM core_audit WHERE id > ? AND occurred_at < ?", head.lastId(), upTo);
        if (newest == 0) {
            return 0;
        }
        List<Link> links = Jdbc.list(c, "SELECT * FROM core_audit WHERE id > ? AND id <= ? ORDER BY id FETCH FIRST " + BLOCK
                + " ROWS ONLY", rs -> new Link(rs.getLong("id"), stored(rs)), head.lastId(), newest);
        if (links.isEmpty()) {
            return 0;
        }
        long last = links.get(links.size() - 1).id();
        long seq = head.seq() + 1;
        Jdbc.update(c, "INSERT INTO core_audit_chain (seq, after_id, last_id, entries, hash) VALUES (?, ?, ?, ?, ?)",
                seq, head.lastId(), last, links.size(), blockHash(head.hash(), seq, head.lastId(), last, links));
        return links.size();
    }

    /** An entry as a block links it: its id and the hash of its content. */
    record Link(long id, String hash) {
    }

    /** The entry's hash as written; computed from its content for entries written before hashes were. */
    private static String stored(ResultSet rs) throws SQLException {
        String h = rs.getString("entry_hash");
        return h != null ? h : entryHash(entry(rs));
    }

    static Head head(Connection c) throws SQLException {
        return Jdbc.one(c, "SELECT seq, last_id, hash FROM core_audit_chain ORDER BY seq DESC FETCH FIRST 1 ROWS ONLY",
                rs -> new Head(rs.getLong(1), rs.getLong(2), rs.getString(3))).orElse(purgeStart(c));
    }

    /** Where the chain resumes after the latest purge, or its very start. */
    static Head purgeStart(Connection c) throws SQLException {
        return Jdbc.one(c, "SELECT last_seq, last_id, last_hash FROM core_audit_purge ORDER BY id DESC FETCH FIRST 1 ROWS ONLY",
                rs -> new Head(rs.getLong(1), rs.getLong(2), rs.getString(3))).orElse(new Head(0, 0, GENESIS));
    }

    /** Recomputes every entry and block kept (after chaining what is written) and reports the first that breaks. */
    public Verification verify() {
        try {
            chainPending(Instant.now().minus(SETTLE));
        } catch (WfedException e) {
            if (!"BUSY".equals(e.code())) {
                throw e;
            }
            // a long transaction is still writing entries: verify the chain as it stands, the rest counts as not yet chained
            LOG.info("audit chaining postponed for the verification: {}", e.getMessage());
        }
        return db.read(c -> {
            Head start = purgeStart(c);
            Walk walk = new Walk(start);
            List<long[]> blocks = Jdbc.list(c, "SELECT seq, after_id, last_id, entries FROM core_audit_chain WHERE seq > ? ORDER BY seq",
                    rs -> new long[] {rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4)}, start.seq());
            List<String> hashes = Jdbc.list(c, "SELECT hash FROM core_audit_chain WHERE seq > ? ORDER BY seq", rs -> rs.getString(1),
                    start.seq());
            for (int i = 0; i < blocks.size(); i++) {
                long[] b = blocks.get(i);
                List<Entry> entries = Jdbc.list(c, "SELECT * FROM core_audit WHERE id > ? AND id <= ? ORDER BY id", AuditChain::entry,
                        b[1], b[2]);
                if (!walk.next(b[0], b[1], b[2], (int) b[3], hashes.get(i), entries)) {
                    break;
                }
            }
            long unchained = Jdbc.number(c, "SELECT COUNT(*) FROM core_audit WHERE id > ?", walk.lastId);
            return new Verification(walk.brokenSeq == null, walk.entries, walk.blocks, walk.brokenSeq, walk.brokenEntry, walk.problem,
                    unchained, walk.seq, walk.hash, Instant.now());
        });
    }

    /** Walks the chain block by block, in order, and keeps the first that does not hold. */
    static final class Walk {
        long seq;
        long lastId;
        String hash;
        long blocks;
        long entries;
        Long brokenSeq;
        Long brokenEntry;
        String problem;

        Walk(Head start) {
            seq = start.seq();
            lastId = start.lastId();
            hash = start.hash();
        }

        /** One block as stored, with the entries of its range as they are now. False once broken. */
        boolean next(long blockSeq, long afterId, long last, int count, String stored, List<Entry> now) {
            if (blockSeq != seq + 1 || afterId != lastId) {
                return broken(seq + 1, afterId + 1, "blocks missing before block " + blockSeq + " (entries " + (lastId + 1) + "–" + afterId
                        + " removed with their links)");
            }
            List<Link> links = new ArrayList<>();
            for (Entry e : now) {
                String h = entryHash(e);
                if (e.storedHash() != null && !e.storedHash().equals(h)) {
                    return broken(blockSeq, e.id(), "entry " + e.id() + " was changed");
                }
                links.add(new Link(e.id(), h));
            }
            if (now.size() != count) {
                return broken(blockSeq, afterId + 1, "block " + blockSeq + " (entries " + (afterId + 1) + "–" + last + ") had " + count
                        + " entries, " + now.size() + " are left: " + (count - now.size() > 0 ? "deleted" : "added") + " behind the product");
            }
            if (!blockHash(hash, blockSeq, afterId, last, links).equals(stored)) {
                return broken(blockSeq, afterId + 1, "block " + blockSeq + " (entries " + (afterId + 1) + "–" + last + ") was changed");
            }
            seq = blockSeq;
            lastId = last;
            hash = stored;
            blocks++;
            entries += count;
            return true;
        }

        private boolean broken(long at, long entry, String why) {
            brokenSeq = at;
            brokenEntry = entry;
            problem = why;
            return false;
        }
    }

    /** One audit row, as the hashes see it; {@code storedHash} is its entry_hash column. */
    record Entry(long id, String occurredAt, Long userId, String username, Long unitId, String action, String recordType,
                 String recordId, String outcome, String code, String clientAddress, String request, String detail, String storedHash) {
    }

    static Entry entry(ResultSet rs) throws SQLException {
        return new Entry(rs.getLong("id"), time(rs.getTimestamp("occurred_at")), Jdbc.nullableLong(rs, "user_id"), rs.getString("username"),
                Jdbc.nullableLong(rs, "unit_id"), rs.getString("action"), rs.getString("record_type"), rs.getString("record_id"),
                rs.getString("outcome"), rs.getString("code"), rs.getString("client_address"), rs.getString("request"),
                rs.getString("detail"), rs.getString("entry_hash"));
    }

    /**
     * The time as the hashes see it: the local date and time the database holds (no JVM time zone can
     * shift it, since it is read back into the same fields it was written from).
     */
    static String time(Timestamp t) {
        return t.toLocalDateTime().toString();
    }

    /** SHA-256 over every field of an entry but its id, each prefixed with its length so that no two entries read alike. */
    static String entryHash(Entry e) {
        return sha256(fields(new Object[] {e.occurredAt(), e.userId(), e.username(), e.unitId(), e.action(), e.recordType(),
            e.recordId(), e.outcome(), e.code(), e.clientAddress(), e.request(), e.detail()}));
    }

    /** SHA-256 over the block before, the block's place and id range, and each entry's id and hash. */
    static String blockHash(String previous, long seq, long afterId, long lastId, List<Link> links) {
        StringBuilder b = new StringBuilder(previous).append('\n').append(seq).append('\n').append(afterId).append('\n').append(lastId);
        for (Link l : links) {
            b.append('\n').append(l.id()).append(':').append(l.hash());
        }
        return sha256(b.toString());
    }

    private static String fields(Object[] values) {
        StringBuilder b = new StringBuilder();
        for (Object v : values) {
            String s = v == null ? "" : v.toString();
            b.append(v == null ? -1 : s.length()).append(':').append(s).append('\n');
        }
        return b.toString();
    }

    private static String sha256(String s) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
