package org.wfed.rights.internal;

import org.wfed.core.Masks;
import org.wfed.core.Sensitive;

/**
 * What the module's personal data looks like unrevealed: a name keeps its first character (王**), a phone its
 * first three and last four digits, an address and free text (requests, narratives, notes) are withheld (null).
 */
public final class Privacy {
    private Privacy() {
    }

    public static String name(String name, boolean revealed) {
        return revealed || name == null ? name : Masks.mask(Sensitive.Kind.CHILD_NAME, name);
    }

    public static String phone(String phone, boolean revealed) {
        return revealed || phone == null ? phone : Masks.mask(Sensitive.Kind.PHONE, phone);
    }

    public static String text(String text, boolean revealed) {
        return revealed ? text : null;
    }
}
