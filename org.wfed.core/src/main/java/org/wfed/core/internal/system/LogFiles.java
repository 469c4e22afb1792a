package org.wfed.core.internal.system;

import java.io.File;
import java.io.IOException;
import java.util.logging.FileHandler;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.wfed.core.internal.db.DerbyDatabase;

/**
 * Writes the log (java.util.logging, where SLF4J, CXF and Jetty all end up) to rotating files
 * {@code <data>/logs/wfed-0.log … wfed-9.log} of 10 MB each, besides the console. The audit log is
 * not a log file: it lives in the database and is never rotated away.
 */
@Component(immediate = true)
public final class LogFiles {
    private static final int LIMIT = 10 * 1024 * 1024;
    private static final int COUNT = 10;

    private final FileHandler handler;

    @Activate
    public LogFiles(@Reference DerbyDatabase db) throws IOException {
        File folder = new File(db.dataFolder(), "logs");
        folder.mkdirs();
        handler = new FileHandler(new File(folder, "wfed-%g.log").getPath(), LIMIT, COUNT, true);
        handler.setFormatter(new SimpleFormatter());
        handler.setEncoding("UTF-8");
        Logger.getLogger("").addHandler(handler);
    }

    @Deactivate
    void deactivate() {
        Logger.getLogger("").removeHandler(handler);
        handler.close();
    }
}
