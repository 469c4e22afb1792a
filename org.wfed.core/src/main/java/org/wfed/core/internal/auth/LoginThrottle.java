package org.wfed.core.internal.auth;

import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.wfed.core.WfedException;

/**
 * Slows password guessing down per username and per client address: after {@code free} failed
 * sign-ins each further try must wait, 1 s, 2 s, 4 s … at most 15 min, answered 429 with
 * Retry-After before any password is hashed. Unknown usernames are throttled exactly like real ones,
 * so the answer says nothing about which exist. Failures are forgotten 15 minutes after the last one;
 * a successful sign-in clears its username (not its address). Kept in memory, per node.
 */
final class LoginThrottle {
    static final Duration MAX_WAIT = Duration.ofMinutes(15);
    private static final Duration FORGET_AFTER = Duration.ofMinutes(15);
    private static final int MAX_KEYS = 50_000;

    private record Failures(int count, Instant last, Instant blockedUntil) {
    }

    private final Map<String, Failures> failures = new ConcurrentHashMap<>();
    private final int freePerAccount;
    private final int freePerAddress;

    LoginThrottle(int freePerAccount, int freePerAddress) {
        this.freePerAccount = freePerAccount;
        this.freePerAddress = freePerAddress;
    }

    /** 429 while the username or the address must wait. */
    void check(String address, String username, Instant now) {
        Instant until = later(blockedUntil(accountKey(username), now), blockedUntil(addressKey(address), now));
        if (until != null) {
            long seconds = Math.max(1, Duration.between(now, until).toMillis() / 1000 + 1);
            throw WfedException.tooManyAttempts("TOO_MANY_ATTEMPTS", "登录尝试过于频繁，请" + seconds + "秒后再试",
                    "Too many sign-in attempts; retry in " + seconds + " s", seconds);
        }
    }

    void failed(String address, String username, Instant now) {
        if (failures.size() > MAX_KEYS) {
            failures.values().removeIf(f -> f.last().plus(FORGET_AFTER).isBefore(now));
            if (failures.size() > MAX_KEYS) {
                failures.clear();
            }
        }
        count(accountKey(username), freePerAccount, now);
        count(addressKey(address), freePerAddress, now);
    }

    void succeeded(String username) {
        failures.remove(accountKey(username));
    }

    private void count(String key, int free, Instant now) {
        failures.compute(key, (k, f) -> {
            int n = f == null || f.last().plus(FORGET_AFTER).isBefore(now) ? 1 : f.count() + 1;
            Instant blocked = null;
            if (n > free) {
                int doublings = Math.min(n - free - 1, 20);
                Duration wait = Duration.ofSeconds(1L << doublings);
                blocked = now.plus(wait.compareTo(MAX_WAIT) > 0 ? MAX_WAIT : wait);
            }
            return new Failures(n, now, blocked);
        });
    }

    private Instant blockedUntil(String key, Instant now) {
        Failures f = failures.get(key);
        return f == null || f.blockedUntil() == null || !f.blockedUntil().isAfter(now) ? null : f.blockedUntil();
    }

    private static Instant later(Instant a, Instant b) {
        return a == null ? b : b == null || a.isAfter(b) ? a : b;
    }

    private static String accountKey(String username) {
        return "u:" + (username == null ? "" : username.trim().toLowerCase(Locale.ROOT));
    }

    private static String addressKey(String address) {
        return "a:" + address;
    }
}
