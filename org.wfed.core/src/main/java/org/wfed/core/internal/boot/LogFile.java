package org.wfed.core.internal.boot;

import java.io.File;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.logging.Formatter;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;

/**
 * {@code <data>/logs/wfed.log}: every log line from start to stop, rotated at {@link #LIMIT} bytes into
 * {@code wfed.1.log … wfed.9.log} (the oldest dropped), so the folder never holds more than about 100 MB.
 * The audit trail is not a log file: it lives in the database and is never rotated away.
 */
final class LogFile extends Handler {
    static final long LIMIT = 10L * 1024 * 1024;
    static final int KEEP = 9;
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSS").withZone(ZoneId.systemDefault());

    private final File folder;
    private Writer writer;
    private long written;

    /** Opens (appends to) the log in {@code folder}; fails when the folder cannot be written. */
    LogFile(File folder) throws IOException {
        this.folder = folder;
        setLevel(Level.ALL);
        setFormatter(new Formatter() {
            @Override
            public String format(LogRecord r) {
                StringBuilder b = new StringBuilder(160).append(TIME.format(Instant.ofEpochMilli(r.getMillis()))).append(' ')
                        .append(r.getLevel().getName()).append(' ').append(r.getLoggerName()).append(": ").append(formatMessage(r))
                        .append(System.lineSeparator());
                if (r.getThrown() != null) {
                    StringWriter trace = new StringWriter();
                    r.getThrown().printStackTrace(new PrintWriter(trace));
                    b.append(trace);
                }
                return b.toString();
            }
        });
        open();
    }

    File current() {
        return new File(folder, "wfed.log");
    }

    private void open() throws IOException {
        File f = current();
        written = f.length();
        OutputStream out = new FileOutputStream(f, true);
        writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
    }

    @Override
    public synchronized void publish(LogRecord r) {
        if (writer == null || !isLoggable(r)) {
            return;
        }
        String text = getFormatter().format(r);
        try {
            if (written > 0 && written + text.length() > LIMIT) {
                rotate();
            }
            writer.write(text);
            writer.flush();
            written += text.getBytes(StandardCharsets.UTF_8).length;
        } catch (IOException e) {
            reportError("cannot write " + current(), e, 0);
        }
    }

    private void rotate() throws IOException {
        writer.close();
        new File(folder, "wfed." + KEEP + ".log").delete();
        for (int i = KEEP - 1; i >= 1; i--) {
            File from = new File(folder, "wfed." + i + ".log");
            if (from.exists()) {
                from.renameTo(new File(folder, "wfed." + (i + 1) + ".log"));
            }
        }
        current().renameTo(new File(folder, "wfed.1.log"));
        open();
    }

    @Override
    public synchronized void flush() {
        try {
            if (writer != null) {
                writer.flush();
            }
        } catch (IOException e) {
            reportError("cannot flush " + current(), e, 0);
        }
    }

    /**
     * The JDK closes every handler from its own shutdown hook while wfed's hook is still stopping the bundles;
     * this handler stays (and re-attaches itself) so that the stop is logged too. {@link #closeNow} closes it.
     */
    @Override
    public void close() {
        if (!Terminal.survivesExitReset(this)) {
            closeNow();
        }
    }

    synchronized void closeNow() {
        try {
            if (writer != null) {
                writer.close();
            }
        } catch (IOException e) {
            reportError("cannot close " + current(), e, 0);
        }
        writer = null;
    }
}
