package org.wfed.app;

import java.nio.ByteBuffer;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The authenticator app of the browser tests' admin: the exported jar requires two-factor sign-in for
 * system admins, so the first admin sign-in on a server enrols (through the console or the API) and later
 * ones need a code. A code is good once (RFC 6238 §5.2): when this 30-second step's code was used already,
 * a recovery code stands in. When two are left, the admin of a server renews them, as she would on the
 * console (sign-in with one, {@code POST /api/auth/2fa/recovery-codes} with the other), so that a run with
 * many sign-ins never waits for the next step; only where that cannot be done (a staff account, or a key
 * that several servers share) is the next step awaited.
 */
final class SecondFactors {
    private static final Map<String, SecondFactors> BY_SERVER = new ConcurrentHashMap<>();

    private final String secret;
    private Deque<String> recovery;
    private long lastStep;
    /** Held by more than one server ({@link #sameAs}): renewing on one would leave the others' codes behind. */
    private boolean shared;

    private SecondFactors(String secret, List<String> recovery, long step) {
        this.secret = secret;
        this.recovery = new ArrayDeque<>(recovery);
        this.lastStep = step;
    }

    /** Remembers the key a server's admin enrolled with, and the step whose code confirmed it. */
    static void enrolled(String server, String secret, List<String> recoveryCodes, long step) {
        BY_SERVER.put(server, new SecondFactors(secret.replace(" ", ""), recoveryCodes, step));
    }

    /**
     * The key of a staff account's authenticator (a unit admin holds {@code rights.reveal}, which asks for a second
     * factor): its username, unique in a run, so that it stays the same when a test restarts its server on another
     * port with the same data; the admin's key is the server itself.
     */
    static String of(String server, String username) {
        return "account:" + username;
    }

    static boolean known(String server) {
        return BY_SERVER.containsKey(server);
    }

    /** A server restored from another's backup has that server's admin, second factor and all. */
    static void sameAs(String server, String from) {
        SecondFactors f = BY_SERVER.get(from);
        synchronized (f) {
            f.shared = true;
        }
        BY_SERVER.put(server, f);
    }

    /** A code the server has not seen yet. */
    static String next(String server) {
        SecondFactors f = BY_SERVER.get(server);
        if (f == null) {
            throw new IllegalStateException("no second factor enrolled for " + server);
        }
        synchronized (f) {
            long now = step();
            if (now > f.lastStep) {
                f.lastStep = now;
                return code(f.secret, now);
            }
            if (f.recovery.size() == 2 && !f.shared && server.startsWith("http")) {
                f.recovery = new ArrayDeque<>(ApiClient.renewedRecoveryCodes(server, f.recovery.poll(), f.recovery.poll()));
            }
            if (!f.recovery.isEmpty()) {
                return f.recovery.poll();
            }
            WfedServer.sleep(30_000 - System.currentTimeMillis() % 30_000 + 200);
            f.lastStep = step();
            return code(f.secret, f.lastStep);
        }
    }

    static long step() {
        return System.currentTimeMillis() / 30_000;
    }

    /** The RFC 6238 code of a step (HMAC-SHA1, 6 digits) of a Base32 key. */
    static String code(String base32, long step) {
        try {
            String alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
            ByteBuffer key = ByteBuffer.allocate(base32.length() * 5 / 8);
            long bits = 0;
            int n = 0;
            for (char ch : base32.toCharArray()) {
                bits = (bits << 5) | alphabet.indexOf(ch);
                n += 5;
                if (n >= 8) {
                    key.put((byte) (bits >> (n - 8)));
                    n -= 8;
                }
            }
            Mac mac = Mac.getInstance("HmacSHA1");
            mac.init(new SecretKeySpec(key.array(), "HmacSHA1"));
            byte[] h = mac.doFinal(ByteBuffer.allocate(8).putLong(step).array());
            int o = h[19] & 15;
            int v = ((h[o] & 127) << 24) | ((h[o + 1] & 255) << 16) | ((h[o + 2] & 255) << 8) | (h[o + 3] & 255);
            return String.format("%06d", v % 1_000_000);
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
