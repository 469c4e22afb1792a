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

    /** The kinds of sensitive value, each with its mask (see {@link Masks}). */
    enum Kind { ID_NUMBER, BANK_ACCOUNT, PHONE, HEALTH, CHILD_NAME, BIRTH_DATE }

    /**
     * The value as this caller may see it. When {@code reveal} is true and the caller may, answers the
     * raw value and audits the read; when she may not, answers 403 (she asked for what she may not see).
     */
    String show(Caller caller, Kind kind, String value, boolean reveal, String recordType, Object recordId);

    /**
     * A person's birth date as this caller may see it: the date when she may and asked (the read
     * audited, as for {@link #show}), else null; show {@link Masks#birthYear} and {@link Masks#age}
     * beside it. The date itself, with the masked ID number, would narrow the number to 500 candidates.
     */
    default java.time.LocalDate birthDate(Caller caller, java.time.LocalDate value, boolean reveal, String recordType,
                                          Object recordId) {
        if (value == null) {
            return null;
        }
        return value.toString().equals(show(caller, Kind.BIRTH_DATE, value.toString(), reveal, recordType, recordId)) ? value : null;
    }

    /** The masked form of a value, e.g. {@code 110105************}. */
    static String mask(Kind kind, String value) {
        return Masks.mask(kind, value);
    }
}
