package org.wfed.core.internal.boot;

import java.io.PrintStream;
import java.util.logging.Formatter;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;

/**
 * What the terminal of {@code ./run.sh} (or a service manager's journal) shows: the lines wfed writes for
 * people (logger {@value #LOGGER}: the URL, the data folder, the modules and plugins, the generated admin
 * password) and every warning and error, one line each. The INFO chatter of the stack goes to the log file only.
 */
final class Terminal extends Handler {
    /** The logger whose INFO lines are meant for the person at the terminal. */
    static final String LOGGER = "wfed";

    private final PrintStream out;

    Terminal(PrintStream out) {
        this.out = out;
        setLevel(Level.INFO);
        setFormatter(new Formatter() {
            @Override
            public String format(LogRecord r) {
                return formatMessage(r);
            }
        });
    }

    @Override
    public void publish(LogRecord r) {
        boolean forPeople = LOGGER.equals(r.getLoggerName());
        if (!isLoggable(r) || (!forPeople && r.getLevel().intValue() < Level.WARNING.intValue())) {
            return;
        }
        String message = getFormatter().format(r);
        StringBuilder line = new StringBuilder();
        if (!forPeople) {
            line.append(r.getLevel().intValue() >= Level.SEVERE.intValue() ? "错误 ERROR " : "警告 WARNING ")
                    .append(shortName(r.getLoggerName())).append(": ");
        }
        line.append(message);
        if (r.getThrown() != null && !forPeople) {
            line.append(" (").append(r.getThrown()).append(')');
        }
        synchronized (this) {
            out.println(line);
            out.flush();
        }
    }

    private static String shortName(String logger) {
        if (logger == null) {
            return "";
        }
        return logger.substring(logger.lastIndexOf('.') + 1);
    }

    @Override
    public void flush() {
        out.flush();
    }

    @Override
    public void close() {
        survivesExitReset(this);
        flush();
    }

    /**
     * When the JDK's logging resets itself at exit (its shutdown hook runs beside wfed's, which is still stopping
     * the bundles), puts the handler back on the root logger: the reset works on a copy of the handler list, so the
     * handler stays and the stop messages reach the terminal and the log file. True if it did.
     */
    static boolean survivesExitReset(Handler h) {
        if ("java.util.logging.LogManager$Cleaner".equals(Thread.currentThread().getClass().getName())) {
            java.util.logging.Logger.getLogger("").addHandler(h);
            return true;
        }
        return false;
    }
}
