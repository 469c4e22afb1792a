package org.wfed.core.extension;

import java.util.function.Supplier;
import org.osgi.annotation.versioning.ProviderType;

/**
 * The indicators reporting computes together for one table, summary or form: they may share one query's
 * result, so that several figures over the same rows cost one pass (e.g. a module's count, people and
 * amount per programme from one {@code GROUP BY unit_id, programme}). Nothing is kept beyond the batch, so
 * a figure is never older than the report that asks for it. Reporting provides it; see {@link SqlPass}.
 *
 * @since 1.2
 */
@ProviderType
public interface Batch {

    /**
     * The result of {@code work} for this key, computed once per batch: the first indicator asking runs it,
     * the others (on other threads too) wait for it and get the same result. The key must say everything the
     * result depends on (the query, the scope and the period).
     */
    <T> T shared(Object key, Supplier<T> work);

    /** A batch that shares nothing: every call runs its work (a single indicator computed alone). */
    static Batch none() {
        return new Batch() {
            @Override
            public <T> T shared(Object key, Supplier<T> work) {
                return work.get();
            }
        };
    }
}
