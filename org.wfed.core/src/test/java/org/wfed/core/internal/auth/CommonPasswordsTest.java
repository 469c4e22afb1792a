package org.wfed.core.internal.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import org.junit.jupiter.api.Test;

/** The shipped list is what the generator makes, a few thousand long; the policy refuses what the pen test tried. */
class CommonPasswordsTest {
    private final PasswordPolicy policy = new PasswordPolicy(10);

    @Test
    void theShippedListIsTheGeneratedOne() throws IOException {
        assertEquals(CommonPasswordsGenerator.text(), Files.readString(CommonPasswordsGenerator.FILE, StandardCharsets.UTF_8),
                "run CommonPasswordsGenerator.main after changing its lists");
        int size = CommonPasswordsGenerator.generate().size();
        assertTrue(size >= 3_000 && size <= 30_000, "size " + size);
    }

    @Test
    void thePenTestsPasswordsAreRefused() {
        for (String weak : new String[] {"Password123", "Qwerty123!", "1qaz2wsx3edC", "          A1a", "Woaini1314!", "Aa123456789",
                "P@ssw0rd2026", "Zhangwei@2025", "Admin12345!", "5201314Aa!", "Wfed2026!!", "Abc123456!", "Qazwsxedc1!"}) {
            assertNotNull(policy.problem(weak, "someone"), weak + " must be refused");
        }
    }

    @Test
    void paddingWithSpacesIsRefused() {
        assertNotNull(policy.problem(" Secret-12345-Ok", "u"));
        assertNotNull(policy.problem("Secret-12345-Ok ", "u"));
    }

    @Test
    void strongPasswordsPass() {
        for (String good : new String[] {"Secret-12345-Ok", "Wfed-Test-2026!", "Staff-Pass-2026!", "Hu4-qiao!Liang", "tiger.Lamp-9-river"}) {
            assertNull(policy.problem(good, "someone"), good + " should pass");
        }
    }
}
