package org.wfed.core.internal.boot;

/**
 * Why wfed cannot start, in Chinese and English, with the process exit code that names the kind of fault.
 * The codes are listed in docs/operations.md so that a service manager or a script can tell them apart.
 */
public final class StartFailure extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** A setting has a value wfed cannot use. */
    public static final int BAD_SETTING = 2;
    /** The HTTP port is taken by another process. */
    public static final int PORT_IN_USE = 3;
    /** The data folder cannot be created or written. */
    public static final int DATA_FOLDER_NOT_WRITABLE = 4;
    /** Another wfed process runs on the same data folder. */
    public static final int DATA_FOLDER_IN_USE = 5;
    /** The database was migrated by a newer wfed than this one. */
    public static final int DATABASE_TOO_NEW = 6;
    /** The database could not be opened, or core could not start on it. */
    public static final int CORE_FAILED = 7;
    /** A migration the database has applied differs from this wfed's copy of it (changed after release). */
    public static final int MIGRATION_CHANGED = 8;
    /** The move from Derby to PostgreSQL ({@code WFED_MOVE_FROM}) was refused or failed; nothing was changed. */
    public static final int MOVE_FAILED = 9;

    private final int exitCode;
    private final String zh;
    private final String en;

    public StartFailure(int exitCode, String zh, String en) {
        super(en);
        this.exitCode = exitCode;
        this.zh = zh;
        this.en = en;
    }

    public StartFailure(int exitCode, String zh, String en, Throwable cause) {
        super(en, cause);
        this.exitCode = exitCode;
        this.zh = zh;
        this.en = en;
    }

    public int exitCode() {
        return exitCode;
    }

    /** The one line an administrator reads: Chinese, then English. */
    public String line() {
        return "wfed 无法启动：" + zh + " | wfed cannot start: " + en;
    }
}
