package org.wfed.core.internal.db;

import java.sql.SQLException;
import org.wfed.core.WfedException;

/** Turns database errors a user can cause into clear 4xx answers; the rest stay 500s. */
final class SqlErrors {
    private SqlErrors() {
    }

    static RuntimeException translate(Dialect dialect, SQLException e) {
        String state = e.getSQLState() == null ? "" : e.getSQLState();
        if (state.equals("23505")) {
            // the message names the constraint and table (never the values): useful to admins
            return WfedException.conflict("DUPLICATE", "记录重复：已存在相同的记录", "Duplicate record: " + e.getMessage());
        }
        if (state.equals("23503")) {
            return WfedException.conflict("REFERENCED", "该记录被其他记录引用，或引用了不存在的记录",
                    "The record is referenced by, or references, a missing record");
        }
        if (state.equals("22001")) {
            return WfedException.invalid("TOO_LONG", "输入内容过长", "A value is too long");
        }
        if (state.equals("22021")) {
            // PostgreSQL stores no NUL character in text (Derby does): a value with one is refused, never half-saved
            return WfedException.invalid("INVALID_CHARACTER", "输入内容含有无法保存的字符（如空字符），请删除后重试",
                    "A value holds a character the database cannot store (such as NUL)");
        }
        if (dialect.isBusy(state)) {
            return WfedException.conflict("BUSY", "记录正被他人修改，请稍后重试", "The record is locked by another writer; retry");
        }
        return new IllegalStateException("database error " + state + ": " + e.getMessage(), e);
    }
}
