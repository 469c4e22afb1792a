package org.wfed.core.internal.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FieldCipherTest {

    @Test
    void aValueIsRecoveredWithTheKeyOfItsDataFolderOnly(@TempDir Path data, @TempDir Path other) throws IOException {
        FieldCipher cipher = new FieldCipher(data);
        String sealed = cipher.encrypt("6228480012345678901");
        assertTrue(sealed.startsWith("v1:"), sealed);
        assertFalse(sealed.contains("8901"));
        assertNotEquals(sealed, cipher.encrypt("6228480012345678901"), "a fresh nonce each time");
        assertEquals("6228480012345678901", cipher.decrypt(sealed));
        assertEquals("6228480012345678901", new FieldCipher(data).decrypt(sealed), "the key stays in the folder");
        Path key = data.resolve("keys").resolve("field-changes.key");
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(key)));
        assertThrows(IllegalStateException.class, () -> new FieldCipher(other).decrypt(sealed));
        assertEquals(null, cipher.encrypt(null));
    }
}
