package org.wfed.core.internal.auth;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class PasswordHasherTest {
    private final PasswordHasher hasher = new PasswordHasher(1_000);

    @Test
    void theUnknownUsersHashMatchesNoPasswordAndCostsTheSameRoundsAsARealOne() {
        String dummy = hasher.unmatchable();
        for (String password : new String[] {"", "admin", "Wfed-Browser-2026!", PasswordHasher.randomToken()}) {
            assertFalse(hasher.matches(password, dummy), password);
        }
        // checked with this hasher's iteration count, as every current hash: one PBKDF2 of the same length
        assertFalse(hasher.outdated(dummy), dummy);
        assertTrue(dummy.startsWith("pbkdf2$1000$"), dummy);
        assertNotEquals(dummy, hasher.unmatchable());
        String real = hasher.hash("Wfed-Browser-2026!");
        assertTrue(hasher.matches("Wfed-Browser-2026!", real));
        assertTrue(real.length() == dummy.length(), real + " / " + dummy);
    }
}
