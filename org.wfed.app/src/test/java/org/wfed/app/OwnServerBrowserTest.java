package org.wfed.app;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/**
 * A browser test that drives a wfed of its own (a fresh data folder), so that it may let time pass in it
 * ({@link TimePasses}) without touching the shared server.
 */
abstract class OwnServerBrowserTest extends BrowserTestBase {
    WfedServer.Running wfed;
    private Path data;

    @Override
    String server() {
        return wfed.url();
    }

    @BeforeEach
    void startOwnServer() throws Exception {
        data = Files.createTempDirectory("wfed-own-");
        wfed = WfedServer.launch("wfed.jar", data, data, Map.of());
    }

    @AfterEach
    void stopOwnServer() {
        if (wfed != null) {
            wfed.close();
        }
    }

    /** The same data {@code weeks} later for these rows of {@code table} (see {@link TimePasses#weeksLater}). */
    void weeksLater(int weeks, String table, List<Long> ids, String... columns) throws Exception {
        wfed = TimePasses.weeksLater(wfed, data, weeks, table, ids, columns);
    }
}
