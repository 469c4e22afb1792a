package org.wfed.core.internal.audit;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.wfed.core.AuditLog;
import org.wfed.core.Caller;
import org.wfed.core.Masks;
import org.wfed.core.Sensitive;
import org.wfed.core.WfedException;

/** Masks sensitive values unless the caller may and asked; every unmasked read is audited. */
@Component(service = Sensitive.class)
public final class SensitiveImpl implements Sensitive {

    private final AuditLog audit;

    @Activate
    public SensitiveImpl(@Reference AuditLog audit) {
        this.audit = audit;
    }

    @Override
    public String show(Caller caller, Kind kind, String value, boolean reveal, String recordType, Object recordId) {
        if (value == null || !reveal) {
            return Masks.mask(kind, value);
        }
        if (!caller.has(REVEAL_PERMISSION)) {
            audit.record(caller, "sensitive.read", recordType, String.valueOf(recordId), AuditLog.Outcome.DENIED, kind.name());
            throw WfedException.forbidden("您无权查看敏感信息原文", "You may not see sensitive values unmasked");
        }
        audit.ok(caller, "sensitive.read", recordType, recordId, kind.name());
        return value;
    }
}
