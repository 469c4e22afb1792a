package org.wfed.core.internal.boot;

import java.io.File;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.StandardOpenOption;

/**
 * One wfed per data folder: an exclusive lock on {@code <data>/wfed.lock}, held for the life of the process
 * (the operating system releases it when the process ends, however it ends). A second process on the same
 * folder stops at once with {@link StartFailure#DATA_FOLDER_IN_USE} instead of failing to open the database.
 */
final class DataFolderLock {
    private final FileChannel channel;
    private final FileLock lock;

    private DataFolderLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    static DataFolderLock take(File dataFolder) {
        File file = new File(dataFolder, "wfed.lock");
        FileChannel channel;
        try {
            channel = FileChannel.open(file.toPath(), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        } catch (IOException e) {
            throw new StartFailure(StartFailure.DATA_FOLDER_NOT_WRITABLE, "数据目录不可写：" + dataFolder,
                    "the data folder cannot be written: " + dataFolder + " (" + e.getMessage() + ")", e);
        }
        FileLock lock;
        try {
            lock = channel.tryLock();
        } catch (OverlappingFileLockException | IOException e) {
            lock = null;
        }
        if (lock == null) {
            try {
                channel.close();
            } catch (IOException ignored) {
                // the lock was not ours
            }
            throw new StartFailure(StartFailure.DATA_FOLDER_IN_USE, "数据目录 " + dataFolder + " 已被另一个 wfed 进程使用",
                    "the data folder " + dataFolder + " is in use by another wfed process");
        }
        return new DataFolderLock(channel, lock);
    }

    void release() {
        try {
            lock.release();
            channel.close();
        } catch (IOException e) {
            // the process is ending; the system frees the lock anyway
        }
    }
}
