package org.wfed.core.internal.people;

import java.time.LocalDate;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Modified;
import org.wfed.core.Caller;
import org.wfed.core.Sensitive;
import org.wfed.core.WfedException;
import org.wfed.core.internal.Settings;
import org.wfed.core.internal.audit.RequestContext;
import org.wfed.core.internal.auth.SecurityConfig;

/**
 * A daily budget of ID numbers a user without the reveal right may check against the registry (a
 * search by number, a duplicate check on entry, the rows of an import): each check answers whether
 * a guessed number is registered, so without a limit a clerk could try the 182,500 numbers her masked
 * view leaves open until one matched. Setting {@code idNumberChecksPerDay} (PID {@code org.wfed.security},
 * default 20,000 — far above a day's rosters, and at least nine days for one person's candidates); over it,
 * 429 until the next day. Counted per node, in memory; callers outside a request (demo data, generated
 * data, the shell) are not counted.
 */
@Component(service = IdNumberChecks.class, configurationPid = "org.wfed.security")
public final class IdNumberChecks {
    private record Key(long userId, LocalDate day) {
    }

    private final BundleContext context;
    private final Map<Key, Integer> used = new ConcurrentHashMap<>();
    private volatile int perDay;

    @Activate
    public IdNumberChecks(BundleContext context, SecurityConfig config) {
        this.context = context;
        configure(config);
    }

    @Modified
    void configure(SecurityConfig config) {
        perDay = Settings.getInt(context, config.idNumberChecksPerDay(), "idNumberChecksPerDay", 20_000);
    }

    /** Counts {@code n} checks by the current request's caller; 429 once her day's budget is spent. */
    public void spend(int n) {
        Caller caller = RequestContext.caller();
        if (caller == null || n <= 0 || caller.has(Sensitive.REVEAL_PERMISSION)) {
            return;
        }
        LocalDate today = LocalDate.now();
        used.keySet().removeIf(k -> !k.day().equals(today));
        int total = used.merge(new Key(caller.userId(), today), n, Integer::sum);
        if (total > perDay) {
            throw WfedException.tooManyAttempts("ID_NUMBER_CHECKS_EXCEEDED", "今日按身份证号码查询或核对的次数已超过上限（" + perDay
                    + "个），请明日再试，或请有权限的管理员办理", "Daily limit of ID-number checks reached", secondsToMidnight());
        }
    }

    private static long secondsToMidnight() {
        java.time.LocalDateTime now = java.time.LocalDateTime.now();
        return Math.max(1, java.time.Duration.between(now, now.toLocalDate().plusDays(1).atStartOfDay()).getSeconds());
    }
}
