package org.wfed.core.internal.people;

import java.util.List;
import java.util.concurrent.ExecutorService;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.wfed.core.Database;
import org.wfed.core.Jdbc;
import org.wfed.core.internal.Daemons;
import org.wfed.core.internal.system.Readiness;

/**
 * Fills the 拼音 keys (V16, {@link NameKeys}) of people registered before that version, once, in the background
 * once wfed is ready ({@link Readiness#afterReady}): a batch of rows per transaction in id order, so that a registry of 200,000 people is neither read
 * in one go nor kept from its clerks. Until it is done those people are found by name and number, not by 拼音.
 * Every write since V16 keeps the keys itself; several nodes filling at once write the same values.
 */
@Component(service = NameKeyBackfill.class, immediate = true)
public final class NameKeyBackfill {
    private static final Logger LOG = LoggerFactory.getLogger(NameKeyBackfill.class);
    static final int BATCH = 1_000;
    private static final String NEXT = "SELECT id, name FROM core_person WHERE id > ? AND name_pinyin IS NULL ORDER BY id"
            + " FETCH FIRST " + BATCH + " ROWS ONLY";
    private static final String FILL = "UPDATE core_person SET name_pinyin = ? WHERE id = ? AND name_pinyin IS NULL";

    private final Database db;
    private final ExecutorService worker = Daemons.executor("wfed-name-keys");
    private volatile boolean stopped;

    private record Named(long id, String name) {
    }

    @Activate
    public NameKeyBackfill(@Reference Database db, @Reference Readiness readiness) {
        this.db = db;
        // after the start: its scan of the people would take a core from the start of a two-core server
        readiness.afterReady(() -> {
            if (!stopped) {
                worker.execute(this::fillAll);
            }
        });
    }

    @Deactivate
    void deactivate() {
        stopped = true;
        worker.shutdownNow();
    }

    /** Fills every row without keys; answers how many it filled. */
    int fillAll() {
        int filled = 0;
        long after = 0;
        try {
            while (!stopped) {
                long from = after;
                List<Named> rows = db.read(c -> Jdbc.list(c, NEXT, rs -> new Named(rs.getLong(1), rs.getString(2)), from));
                if (rows.isEmpty()) {
                    break;
                }
                db.write(c -> {
                    try (var ps = c.prepareStatement(FILL)) {
                        for (Named r : rows) {
                            Jdbc.bind(ps, NameKeys.of(r.name()), r.id());
                            ps.addBatch();
                        }
                        ps.executeBatch();
                    }
                    return null;
                });
                filled += rows.size();
                after = rows.get(rows.size() - 1).id();
            }
            if (filled > 0) {
                LOG.info("Filled the 拼音 search keys of {} people registered before V16", filled);
            }
        } catch (RuntimeException e) {
            if (!stopped) {
                LOG.warn("Filling the 拼音 search keys stopped after {} people; the rest is filled at the next start", filled, e);
            }
        }
        return filled;
    }
}
