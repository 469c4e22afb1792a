package org.wfed.core.internal.boot;

import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Ends the process for a fault that leaves wfed unable to serve: the reason goes to the log file and to
 * stderr as one line, and the exit code says which fault it was. A process that runs but serves nothing
 * is worse than one that stops and says why.
 */
public final class Fatal {
    private static final Logger LOG = Logger.getLogger(Terminal.LOGGER);

    private Fatal() {
    }

    /**
     * Logs the failure and ends the process from a thread of its own, so that the shutdown hook can stop the
     * framework (which needs the thread that is calling here, often the framework's start thread).
     */
    public static void exit(StartFailure failure) {
        LOG.log(Level.SEVERE, failure.line(), failure.getCause());
        Thread t = new Thread(() -> System.exit(failure.exitCode()), "wfed-fatal");
        t.setDaemon(false);
        t.start();
    }
}
