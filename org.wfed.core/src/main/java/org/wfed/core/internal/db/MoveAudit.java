package org.wfed.core.internal.db;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.wfed.core.AuditLog;

/**
 * Writes the audit entry of a move from Derby ({@code system.move}), once the audit log runs: the move itself
 * happens while the database opens, before any service exists.
 */
@Component
public final class MoveAudit {
    @Activate
    public MoveAudit(@Reference DatabaseService db, @Reference AuditLog audit) {
        DerbyMove.Summary s = db.moved();
        if (s != null) {
            audit.record(null, "system.move", "database", null, AuditLog.Outcome.OK,
                    cut(s.line() + "; per table: " + s.perTable(), 500));
        }
    }

    /** The detail column holds 500 characters; the log has the whole list. */
    private static String cut(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max - 1) + "…";
    }
}
