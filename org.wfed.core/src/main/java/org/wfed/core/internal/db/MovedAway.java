package org.wfed.core.internal.db;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Instant;

/**
 * The note a move to PostgreSQL leaves in the old Derby data folder ({@value #FILE}): a Derby start on that folder
 * refuses (the start-up contract, exit code 9), so that no clerk's work goes into the copy left behind while the
 * district works on PostgreSQL. Going back to Derby on purpose (docs/scaling.md) is deleting the note.
 */
public final class MovedAway {
    public static final String FILE = "MOVED-TO-POSTGRESQL.txt";

    private MovedAway() {
    }

    static void mark(File folder, String target) throws IOException {
        Files.writeString(new File(folder, FILE).toPath(), "wfed: 本数据目录的数据已于 " + Instant.now() + " 迁移到 " + target
                + "，不要再在此目录上启动 Derby 版 wfed。\nThis folder's data was moved to " + target + " at " + Instant.now()
                + "; do not start a Derby wfed on it again (docs/scaling.md).\n", StandardCharsets.UTF_8);
    }

    /** Whether the folder's data was moved to PostgreSQL. */
    public static boolean isMoved(File folder) {
        return new File(folder, FILE).isFile();
    }
}
