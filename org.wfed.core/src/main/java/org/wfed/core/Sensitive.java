package org.wfed.core;

import org.osgi.annotation.versioning.ProviderType;

/**
 * The one path by which a sensitive value (ID number, bank account, health result, a child's
 * data) leaves the server: masked by default; the raw value only for a caller who holds
 * {@link #REVEAL_PERMISSION} and asked for it, and then the read is audited.
 */
@ProviderType
public interface Sensitive {

    /** Permission to see sensitive values unmasked (when asked explicitly). */
    String REVEAL_PERMISSION = "core.sensitive.reveal";

    /** The kinds of sensitive value, each with its mask. */
    enum Kind { ID_NUMBER, BANK_ACCOUNT, PHONE, HEALTH, CHILD_NAME }

    /**
     * The value as this caller may see it. When {@code reveal} is true and the caller may, answers the
     * raw value and audits the read; when she may not, answers 403 (she asked for what she may not see).
     */
    String show(Caller caller, Kind kind, String value, boolean reveal, String recordType, Object recordId);

    /** The masked form of a value, e.g. {@code 110105********002X}. */
    static String mask(Kind kind, String value) {
        return Masks.mask(kind, value);
    }
}
