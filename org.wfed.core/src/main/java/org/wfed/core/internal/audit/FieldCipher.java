package org.wfed.core.internal.audit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Encrypts the sensitive values of field changes (AES-256-GCM, a fresh nonce per value) with a key kept in the
 * files folder ({@code <files>/core/keys/field-changes.key}, readable by its owner only), so that the key travels with
 * the files and their backups and never with the database alone. Several nodes share the files folder
 * ({@code WFED_FILES}, checked at start), so they share the key.
 */
final class FieldCipher {
    private static final String PREFIX = "v1:";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final Path keyFile;
    private SecretKeySpec key;

    FieldCipher(Path folder) {
        this.keyFile = folder.resolve("keys").resolve("field-changes.key");
    }

    String encrypt(String plain) {
        if (plain == null || plain.isEmpty()) {
            return plain;
        }
        try {
            byte[] nonce = new byte[12];
            RANDOM.nextBytes(nonce);
            Cipher c = Cipher.getInstance("AES/GCM/NoPadding");
            c.init(Cipher.ENCRYPT_MODE, key(), new GCMParameterSpec(128, nonce));
            byte[] sealed = c.doFinal(plain.getBytes(StandardCharsets.UTF_8));
            byte[] out = new byte[nonce.length + sealed.length];
            System.arraycopy(nonce, 0, out, 0, nonce.length);
            System.arraycopy(sealed, 0, out, nonce.length, sealed.length);
            return PREFIX + Base64.getEncoder().encodeToString(out);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot encrypt a field change", e);
        }
    }

    String decrypt(String stored) {
        if (stored == null || !stored.startsWith(PREFIX)) {
            return stored;
        }
        try {
            byte[] in = Base64.getDecoder().decode(stored.substring(PREFIX.length()));
            Cipher c = Cipher.getInstance("AES/GCM/NoPadding");
            c.init(Cipher.DECRYPT_MODE, key(), new GCMParameterSpec(128, in, 0, 12));
            return new String(c.doFinal(in, 12, in.length - 12), StandardCharsets.UTF_8);
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new IllegalStateException("a field change cannot be decrypted with " + keyFile
                    + " (was the data folder restored without its files/ folder?)", e);
        }
    }

    private synchronized SecretKeySpec key() {
        if (key == null) {
            key = new SecretKeySpec(load(), "AES");
        }
        return key;
    }

    private byte[] load() {
        try {
            if (!Files.exists(keyFile)) {
                Files.createDirectories(keyFile.getParent());
                byte[] fresh = new byte[32];
                RANDOM.nextBytes(fresh);
                // written whole, then linked into place: a node of the same shared folder never reads half a key,
                // and of two nodes creating it at once the second takes the first one's key
                Path draft = Files.createTempFile(keyFile.getParent(), "field-changes", ".new");
                try {
                    ownerOnly(draft);
                    Files.write(draft, Base64.getEncoder().encode(fresh), StandardOpenOption.WRITE);
                    Files.createLink(keyFile, draft);
                } catch (FileAlreadyExistsException e) {
                    // another node of the same files folder wrote it first: use that one
                } finally {
                    Files.deleteIfExists(draft);
                }
            }
            byte[] k = Base64.getDecoder().decode(Files.readString(keyFile).trim());
            if (k.length != 32) {
                throw new IllegalStateException(keyFile + " does not hold a 256-bit key");
            }
            return k;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read or create " + keyFile, e);
        }
    }

    private static void ownerOnly(Path file) throws IOException {
        try {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException e) {
            // not a POSIX file system (Windows): the data folder's own permissions protect it
        }
    }
}
