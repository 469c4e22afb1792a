package org.wfed.reporting.internal.indicator;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.function.Supplier;
import org.wfed.core.extension.Batch;

/**
 * The batch of one computation (a table with both years, a summary, a form): the first indicator asking
 * for a key runs its work, the others (on the helper threads too) wait for the same result. Nothing
 * outlives the computation, so no figure is older than the report.
 */
final class SharedBatch implements Batch {
    private final Map<Object, FutureTask<Object>> results = new ConcurrentHashMap<>();

    @Override
    @SuppressWarnings("unchecked")
    public <T> T shared(Object key, Supplier<T> work) {
        FutureTask<Object> mine = new FutureTask<>(work::get);
        FutureTask<Object> task = results.putIfAbsent(key, mine);
        if (task == null) {
            task = mine;
            mine.run();
        }
        try {
            return (T) task.get();
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while a shared figure was computed", e);
        }
    }
}
