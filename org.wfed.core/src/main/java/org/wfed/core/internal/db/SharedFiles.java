package org.wfed.core.internal.db;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import org.wfed.core.Jdbc;
import org.wfed.core.internal.boot.Fatal;
import org.wfed.core.internal.boot.StartFailure;

/**
 * Checks that the files folder ({@code WFED_FILES}) is the one folder every node of the database shares (共享文件目录):
 * photos, receipts and the key of the field-change log ({@code core/keys/}) must be the same on every node. The
 * first node writes a random name into the folder ({@code .wfed-files}) and the database ({@code core_setting}
 * {@code files.id}); a node whose folder holds another name, or none, is a node with a folder of its own (a local
 * disk mounted at the same path) and refuses to start rather than keep files the others never see.
 */
final class SharedFiles {
    static final String MARKER = ".wfed-files";
    static final String SETTING = "files.id";

    private SharedFiles() {
    }

    /** Runs after core's migrations, under the set-up lock, so that nodes starting together agree on one name. */
    static void check(DatabaseService db, Path folder) {
        Path marker = folder.resolve(MARKER);
        String[] names = db.write(c -> {
            db.dialect().lockSetUp(c);
            String known = Jdbc.one(c, "SELECT value FROM core_setting WHERE name = ?", rs -> rs.getString(1), SETTING).orElse(null);
            String here = read(marker);
            if (known == null) {
                // the first node on this database: the folder's name (a restored folder keeps it) becomes the database's
                known = here != null ? here : create(marker);
                here = known;
                Jdbc.update(c, "INSERT INTO core_setting (name, value) VALUES (?, ?)", SETTING, known);
            }
            return new String[] {known, here};
        });
        String known = names[0];
        String here = names[1];
        if (!known.equals(here)) {
            StartFailure f = new StartFailure(StartFailure.BAD_SETTING,
                    "WFED_FILES（" + folder + "）不是本数据库其他节点共用的文件目录（" + (here == null ? "目录中没有 " + MARKER
                            : MARKER + " 为 " + here) + "，数据库记录为 " + known + "）：请在每个节点挂载同一个共享目录",
                    "WFED_FILES (" + folder + ") is not the files folder the other nodes of this database share ("
                            + (here == null ? "it has no " + MARKER : "its " + MARKER + " is " + here) + ", the database's is "
                            + known + "): mount the one shared folder on every node");
            Fatal.exit(f);
            throw f;
        }
    }

    private static String read(Path marker) {
        try {
            return Files.exists(marker) ? Files.readString(marker, StandardCharsets.UTF_8).trim() : null;
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + marker, e);
        }
    }

    /** Writes a fresh name atomically (a finished file linked into place), or takes the one another node linked first. */
    private static String create(Path marker) {
        String id = UUID.randomUUID().toString();
        try {
            Files.createDirectories(marker.getParent());
            Path draft = Files.createTempFile(marker.getParent(), MARKER, ".new");
            try {
                Files.writeString(draft, id + "\n", StandardCharsets.UTF_8);
                Files.createLink(marker, draft);
                return id;
            } catch (FileAlreadyExistsException e) {
                return read(marker);
            } finally {
                Files.deleteIfExists(draft);
            }
        } catch (IOException e) {
            throw new IllegalStateException("cannot write " + marker, e);
        }
    }
}
