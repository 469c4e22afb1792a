package org.wfed.activities.internal.report;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.atomic.AtomicLong;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.wfed.activities.internal.ActivitiesSchema;
import org.wfed.core.Database;
import org.wfed.core.Jdbc;
import org.wfed.core.Period;
import org.wfed.core.Scope;

/**
 * The activity figures of one scope and period (开展活动, 活动参与, 培训, 宣传, and the count by type) from
 * one pass over its activities, grouped by unit and type. A reporting table asks every indicator for its
 * own figure, and 17 scans of the same year of {@code act_activity} cost three to four times one pass. A
 * result is reused for {@link #KEEP} by the other indicators of the same table (those asking while it
 * runs wait for it rather than start their own), and forgotten as soon as an activity is written
 * ({@link #changed()}).
 */
@Component(service = ActivityTotals.class)
public final class ActivityTotals {
    /** How long one pass answers the indicators of a table. */
    static final Duration KEEP = Duration.ofSeconds(10);

    /** The figures of the pass, in its column order after unit and type. */
    enum Figure { ACTIVITIES, PARTICIPANTS, MEDIA_REPORTS, WECHAT_POSTS, ORIGINAL_POSTS, TRAININGS, TRAINEES }

    private static final String PASS = "SELECT a.unit_id, a.type_code, COUNT(*), SUM(CAST(a.participants AS BIGINT)), "
            + "SUM(CAST(a.media_reports AS BIGINT)), SUM(CAST(a.wechat_posts AS BIGINT)), SUM(CAST(a.original_posts AS BIGINT)), "
            + "SUM(CAST(a.batches AS BIGINT)), SUM(CAST(a.trainees AS BIGINT)) "
            + "FROM act_activity a WHERE %s AND a.held_on BETWEEN ? AND ? GROUP BY a.unit_id, a.type_code";

    /** One unit's figures for one activity type. */
    private record Row(long unitId, String typeCode, long[] values) {
    }

    private record Key(Scope scope, Period period) {
    }

    /** A pass, running or done: the indicators of one table that ask at once wait for the same pass. */
    private record Kept(long generation, long madeAt, FutureTask<List<Row>> rows) {
        boolean fresh(long current, long now) {
            return generation == current && now - madeAt < KEEP.toNanos();
        }
    }

    private final Database db;
    private final AtomicLong generation = new AtomicLong();
    private final Map<Key, Kept> kept = new ConcurrentHashMap<>();

    @Activate
    public ActivityTotals(@Reference ActivitiesSchema schema) {
        this.db = schema.db();
    }

    /** Activities were written: no figure computed before now is used again. */
    public void changed() {
        generation.incrementAndGet();
        kept.clear();
    }

    /**
     * One figure per unit; a unit with no activity is absent. The training figures count the types
     * marked as training ({@code act_activity_type.training}), and leave out units without such activities.
     */
    Map<Long, Long> figure(Scope scope, Period period, Figure figure) {
        boolean training = figure == Figure.TRAININGS || figure == Figure.TRAINEES;
        Set<String> trainingTypes = training ? trainingTypes() : Set.of();
        Map<Long, Long> out = new HashMap<>();
        for (Row r : pass(scope, period)) {
            if (!training || trainingTypes.contains(r.typeCode())) {
                out.merge(r.unitId(), r.values()[figure.ordinal()], Long::sum);
            }
        }
        return out;
    }

    /** Activities of one type per unit. */
    Map<Long, Long> ofType(Scope scope, Period period, String typeCode) {
        Map<Long, Long> out = new HashMap<>();
        for (Row r : pass(scope, period)) {
            if (r.typeCode().equals(typeCode)) {
                out.merge(r.unitId(), r.values()[Figure.ACTIVITIES.ordinal()], Long::sum);
            }
        }
        return out;
    }

    private List<Row> pass(Scope scope, Period period) {
        Key key = new Key(scope, period);
        long now = System.nanoTime();
        long current = generation.get();
        if (kept.size() > 32) {
            kept.clear();
        }
        FutureTask<List<Row>> mine = new FutureTask<>(() -> query(scope, period));
        Kept k = kept.compute(key, (x, old) -> old != null && old.fresh(current, now) ? old : new Kept(current, now, mine));
        if (k.rows() == mine) {
            mine.run();
        }
        try {
            return k.rows().get();
        } catch (ExecutionException e) {
            kept.remove(key, k);
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while the activity figures were computed", e);
        }
    }

    private List<Row> query(Scope scope, Period period) {
        String sql = PASS.formatted(scope.unitCondition("a.unit_id"));
        Object[] params = Scope.params(scope.unitIdParams(), period.from(), period.to());
        return db.read(c -> Jdbc.list(c, sql, ActivityTotals::row, params));
    }

    private Set<String> trainingTypes() {
        return new HashSet<>(db.read(c -> Jdbc.list(c, "SELECT code FROM act_activity_type WHERE training = TRUE", rs -> rs.getString(1))));
    }

    private static Row row(ResultSet rs) throws SQLException {
        long[] values = new long[Figure.values().length];
        for (int i = 0; i < values.length; i++) {
            values[i] = rs.getLong(i + 3);
        }
        return new Row(rs.getLong(1), rs.getString(2), values);
    }
}
