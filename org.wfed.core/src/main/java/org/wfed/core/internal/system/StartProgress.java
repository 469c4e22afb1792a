package org.wfed.core.internal.system;

import java.util.List;

/**
 * When a start that still waits for something gives up waiting: once what it waits for has not changed for the
 * settle time. Counted from the last change, not from the process start, so that a machine under load, which starts
 * slowly but steadily (a bundle activated, a component satisfied every few seconds), is awaited however long it
 * takes, while a start that is stuck (a module whose service never comes) is reported after the settle time.
 */
final class StartProgress {
    private final long settleMillis;
    private List<String> lastWaiting;
    private long lastChange;

    StartProgress(long settleMillis, long startedAt) {
        this.settleMillis = settleMillis;
        this.lastChange = startedAt;
    }

    /** Whether to stop waiting for {@code waiting}, seen at {@code now} (milliseconds). */
    synchronized boolean settled(List<String> waiting, long now) {
        if (!waiting.equals(lastWaiting)) {
            lastWaiting = List.copyOf(waiting);
            lastChange = now;
        }
        return now - lastChange > settleMillis;
    }
}
