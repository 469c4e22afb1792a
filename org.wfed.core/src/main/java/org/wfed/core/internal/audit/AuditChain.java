package org.wfed.core.internal.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.Executors;
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

/**
 * Makes the audit log tamper-evident: every committed entry is chained, in one order, by a SHA-256
 * over its content, its place in the chain and the hash of the entry before
 * ({@code core_audit_chain}). Chaining runs on one thread of its own, at most a second behind the
 * writes, and under a table lock, so that writers never wait for it and several writers — threads or
 * nodes sharing the database — can never fork the chain. {@link #verify} recomputes the chain and names
 * the first link that does not hold: an entry changed, deleted, or a chain row removed.
 */
@Component(service = AuditChain.class)
public final class AuditChain {
    private static final Logger LOG = LoggerFactory.getLogger(AuditChain.class);
    /** The hash "before" the first entry (and before the first one kept after a purge with nothing kept). */
    static final String GENESIS = "0".repeat(64);
    private static final int BATCH = 2_000;
    /**
     * An entry's identity is drawn and its row written in one statement, but two transactions may do
     * that in either order: an entry with an id below the last one chained can still appear for a moment
     * (a round's scan waits for rows other transactions have written but not committed, so those are never
     * passed over). Each round therefore looks back from the highest id chained this long ago — short, since
     * the scan covers every entry written in the window: at 3,000 writes a second, 15,000 rows a round.
     */
    private static final Duration LOOK_BACK = Duration.ofSeconds(5);
    /** How often the head of the chain is written to the log, as an anchor outside the database. */
    private static final Duration ANCHOR_EVERY = Duration.ofHours(1);

    /** The answer of a verification: how far the chain holds, and the first link that does not. */
    public record Verification(boolean intact, long entriesChecked, Long brokenAtSeq, Long brokenAtEntry, String problem,
                               long notYetChained, long headSeq, String headHash, Instant checkedAt) {
    }

    private final Database db;
    private final ScheduledExecutorService thread = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "wfed-audit-chain");
        t.setDaemon(true);
        return t;
    });
    /** (when, highest id chained then), oldest first: where the next rounds start looking. */
    private final Deque<long[]> checkpoints = new ArrayDeque<>();
    private volatile long lookFrom;
    private volatile Instant anchoredAt = Instant.EPOCH;

    @Activate
    public AuditChain(@Reference Database db) {
        this.db = db;
        // after a restart every earlier transaction has ended; a wide margin covers the last moments before it
        lookFrom = Math.max(0, db.read(c -> Jdbc.number(c, "SELECT MAX(audit_id) FROM core_audit_chain")) - 100_000);
        thread.scheduleWithFixedDelay(this::round, 1, 1, TimeUnit.SECONDS);
    }

    @Deactivate
    void deactivate() {
        thread.shutdown();
        try {
            if (thread.awaitTermination(10, TimeUnit.SECONDS)) {
                chainPending();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException e) {
            LOG.warn("audit entries left unchained at shutdown (chained at the next start): {}", e.getMessage());
        }
    }

    private void round() {
        try {
            chainPending();
        } catch (RuntimeException e) {
            // e.g. a lock timeout behind a long import: the next round takes the entries
            LOG.debug("audit chaining postponed: {}", e.getMessage());
        }
    }

    /** Chains every committed entry not chained yet; answers how many. Also called by tests and verify. */
    public synchronized int chainPending() {
        int total = 0;
        int n;
        do {
            n = db.write(this::chainBatch);
            total += n;
        } while (n == BATCH);
        Instant now = Instant.now();
        long highest = db.read(c -> Jdbc.number(c, "SELECT MAX(audit_id) FROM core_audit_chain"));
        checkpoints.addLast(new long[] {now.toEpochMilli(), highest});
        while (checkpoints.size() > 1 && checkpoints.peekFirst()[0] < now.minus(LOOK_BACK).toEpochMilli()) {
            long[] old = checkpoints.pollFirst();
            lookFrom = Math.max(lookFrom, old[1]);
        }
        if (anchoredAt.plus(ANCHOR_EVERY).isBefore(now) && highest > 0) {
            anchoredAt = now;
            db.read(c -> {
                Jdbc.one(c, "SELECT seq, hash FROM core_audit_chain ORDER BY seq DESC FETCH FIRST 1 ROWS ONLY",
                        rs -> {
                            LOG.info("audit chain head: seq {} hash {}", rs.getLong(1), rs.getString(2));
                            return null;
                        });
                return null;
            });
        }
        return total;
    }

    private int chainBatch(Connection c) throws SQLException {
        try (var st = c.createStatement()) {
            st.execute("LOCK TABLE core_audit_chain IN EXCLUSIVE MODE");
        }
        long[] seq = {0};
        String[] prev = {GENESIS};
        Jdbc.one(c, "SELECT seq, hash FROM core_audit_chain ORDER BY seq DESC FETCH FIRST 1 ROWS ONLY", rs -> {
            seq[0] = rs.getLong(1);
            prev[0] = rs.getString(2);
            return null;
        });
        if (seq[0] == 0) {
            purgeStart(c, seq, prev);
        }
        List<Entry> pending = Jdbc.list(c, "SELECT a.* FROM core_audit a WHERE a.id > ? AND NOT EXISTS"
                + " (SELECT 1 FROM core_audit_chain ch WHERE ch.audit_id = a.id) ORDER BY a.id FETCH FIRST " + BATCH + " ROWS ONLY",
                AuditChain::entry, lookFrom);
        for (Entry e : pending) {
            seq[0]++;
            prev[0] = hash(prev[0], seq[0], e);
            Jdbc.update(c, "INSERT INTO core_audit_chain (seq, audit_id, hash) VALUES (?, ?, ?)", seq[0], e.id(), prev[0]);
        }
        return pending.size();
    }

    /** Where the chain resumes after the latest purge, if there was one. */
    private static void purgeStart(Connection c, long[] seq, String[] prev) throws SQLException {
        Jdbc.one(c, "SELECT last_seq, last_hash FROM core_audit_purge ORDER BY id DESC FETCH FIRST 1 ROWS ONLY", rs -> {
            seq[0] = rs.getLong(1);
            prev[0] = rs.getString(2);
            return null;
        });
    }

    /** Recomputes the whole chain (after chaining what is pending) and reports the first broken link. */
    public Verification verify() {
        chainPending();
        return db.read(c -> {
            long[] seq = {0};
            String[] prev = {GENESIS};
            purgeStart(c, seq, prev);
            Walk walk = new Walk(seq[0], prev[0]);
            try (var ps = c.prepareStatement("SELECT ch.seq, ch.audit_id, ch.hash, a.* FROM core_audit_chain ch"
                    + " LEFT JOIN core_audit a ON a.id = ch.audit_id WHERE ch.seq > ? ORDER BY ch.seq")) {
                ps.setLong(1, seq[0]);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next() && walk.next(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getObject("id") == null ? null : entry(rs))) {
                        // walks on until the first broken link
                    }
                }
            }
            long unchained = Jdbc.number(c, "SELECT COUNT(*) FROM core_audit a WHERE NOT EXISTS"
                    + " (SELECT 1 FROM core_audit_chain ch WHERE ch.audit_id = a.id)");
            return new Verification(walk.brokenSeq == null, walk.checked, walk.brokenSeq, walk.brokenEntry, walk.problem, unchained,
                    walk.seq, walk.hash, Instant.now());
        });
    }

    /** Walks the chain link by link, in order, and keeps the first that does not hold. */
    static final class Walk {
        long seq;
        String hash;
        long checked;
        Long brokenSeq;
        Long brokenEntry;
        String problem;

        Walk(long startSeq, String startHash) {
            this.seq = startSeq;
            this.hash = startHash;
        }

        /** One link: its place, the entry it names, the hash stored, the entry as it is now (null: gone). False once broken. */
        boolean next(long linkSeq, long auditId, String stored, Entry entry) {
            if (linkSeq != seq + 1) {
                return broken(seq + 1, auditId, "chain rows " + (seq + 1) + "–" + (linkSeq - 1) + " are missing (entries removed with their links)");
            }
            if (entry == null) {
                return broken(linkSeq, auditId, "entry " + auditId + " was deleted");
            }
            if (!hash(hash, linkSeq, entry).equals(stored)) {
                return broken(linkSeq, auditId, "entry " + auditId + " was changed (or its link)");
            }
            seq = linkSeq;
            hash = stored;
            checked++;
            return true;
        }

        private boolean broken(long at, long auditId, String why) {
            brokenSeq = at;
            brokenEntry = auditId;
            problem = why;
            return false;
        }
    }

    /** One audit row, as the hash sees it. */
    record Entry(long id, String occurredAt, Long userId, String username, Long unitId, String action, String recordType,
                 String recordId, String outcome, String code, String clientAddress, String request, String detail) {
    }

    /** The time is taken as the database's text of it, which no time zone of the JVM can shift. */
    static Entry entry(ResultSet rs) throws SQLException {
        return new Entry(rs.getLong("id"), rs.getString("occurred_at"), Jdbc.nullableLong(rs, "user_id"), rs.getString("username"),
                Jdbc.nullableLong(rs, "unit_id"), rs.getString("action"), rs.getString("record_type"), rs.getString("record_id"),
                rs.getString("outcome"), rs.getString("code"), rs.getString("client_address"), rs.getString("request"),
                rs.getString("detail"));
    }

    /**
     * SHA-256 over the hash before, the place in the chain and every field of the entry, each field
     * prefixed with its length so that no two different entries read alike.
     */
    static String hash(String previous, long seq, Entry e) {
        StringBuilder b = new StringBuilder(previous).append('\n').append(seq);
        for (Object v : new Object[] {e.id(), e.occurredAt(), e.userId(), e.username(), e.unitId(), e.action(),
                e.recordType(), e.recordId(), e.outcome(), e.code(), e.clientAddress(), e.request(), e.detail()}) {
            String s = v == null ? "" : v.toString();
            b.append('\n').append(v == null ? -1 : s.length()).append(':').append(s);
        }
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(b.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e2) {
            throw new IllegalStateException(e2);
        }
    }
}
