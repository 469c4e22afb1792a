package org.wfed.itest.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.wfed.core.Caller;
import org.wfed.core.Database;
import org.wfed.core.PeriodLocks;
import org.wfed.itest.Api;

/**
 * A year lock left behind (its module gone) can be lifted by a system admin with a reason, and the lift is audited;
 * without a reason nothing changes.
 */
class LockLiftTest {

    @BeforeAll
    static void up() {
        Api.awaitUp("elections", "aid", "activities", "reporting");
    }

    private static <T> T service(Class<T> type) {
        BundleContext c = FrameworkUtil.getBundle(LockLiftTest.class).getBundleContext();
        return c.getService(c.getServiceReference(type));
    }

    @Test
    void aSystemAdminLiftsALeftoverLockWithAReason() {
        Api admin = Api.admin();
        long unit = admin.get("auth/me").expect(200).body().path("unitId").asLong();
        Database db = service(Database.class);
        PeriodLocks locks = service(PeriodLocks.class);
        Caller system = new Caller(0, "itest", "itest", unit, "/" + unit + "/", Set.of(), Set.of());
        db.write(c -> {
            locks.lock(c, system, unit, 2001);
            return null;
        });
        assertTrue(admin.get("system/locks").expect(200).raw().body().contains("\"year\":2001"));

        Api.Reply noReason = admin.delete("system/locks/" + unit + "/2001");
        assertEquals(400, noReason.status(), noReason.raw().body());
        Boolean stillLocked = db.read(c -> locks.isLocked(c, unit, 2001));
        assertTrue(stillLocked);

        admin.delete("system/locks/" + unit + "/2001?reason=" + java.net.URLEncoder.encode("报表模块已移除", java.nio.charset.StandardCharsets.UTF_8))
                .expect(200);
        Boolean lifted = db.read(c -> !locks.isLocked(c, unit, 2001));
        assertTrue(lifted);
        String audit = admin.get("audit?action=system.lock.lift").expect(200).raw().body();
        assertTrue(audit.contains("报表模块已移除") && audit.contains("\"username\":\"admin\""), audit);
        assertEquals(404, admin.delete("system/locks/" + unit + "/2001?reason=again").status());
    }
}
