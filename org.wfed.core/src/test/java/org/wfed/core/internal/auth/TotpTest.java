package org.wfed.core.internal.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** RFC 6238 appendix B (SHA-1 rows; the RFC's 8 digits end in our 6) and the one-use rule. */
class TotpTest {
    private static final String RFC_SECRET = Totp.base32("12345678901234567890".getBytes(StandardCharsets.US_ASCII));

    @Test
    void codesMatchTheRfcTestVectors() {
        assertEquals("287082", Totp.code(RFC_SECRET, Totp.step(59)));
        assertEquals("081804", Totp.code(RFC_SECRET, Totp.step(1111111109)));
        assertEquals("050471", Totp.code(RFC_SECRET, Totp.step(1111111111)));
        assertEquals("005924", Totp.code(RFC_SECRET, Totp.step(1234567890)));
        assertEquals("279037", Totp.code(RFC_SECRET, Totp.step(2000000000)));
    }

    @Test
    void aCodeIsGoodWithinOneStepOfNowAndOnlyOnce() {
        long now = Totp.step(1_700_000_000L);
        String previous = Totp.code(RFC_SECRET, now - 1);
        assertEquals(now - 1, Totp.matchingStep(RFC_SECRET, previous, now, 0));
        assertEquals(-1, Totp.matchingStep(RFC_SECRET, previous, now, now - 1), "used once already");
        assertEquals(-1, Totp.matchingStep(RFC_SECRET, Totp.code(RFC_SECRET, now - 2), now, 0), "too old");
        assertEquals(-1, Totp.matchingStep(RFC_SECRET, "12345", now, 0));
    }

    @Test
    void base32RoundTrips() {
        String secret = Totp.newSecret();
        assertEquals(32, secret.length());
        assertEquals(secret, Totp.base32(Totp.decode(secret)));
    }
}
