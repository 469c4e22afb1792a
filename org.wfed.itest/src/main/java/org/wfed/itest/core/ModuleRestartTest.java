package org.wfed.itest.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;
import org.wfed.itest.Api;

/** Stopping one module leaves the others serving and loses nothing; started again, it comes back. */
class ModuleRestartTest {

    private static Bundle bundle(String symbolicName) {
        return Arrays.stream(FrameworkUtil.getBundle(ModuleRestartTest.class).getBundleContext().getBundles())
                .filter(b -> symbolicName.equals(b.getSymbolicName())).findFirst().orElseThrow();
    }

    private static String modules() {
        return new Api().get("health").expect(200).body().path("modules").toString();
    }

    @Test
    void aidStopsAndStartsWhileTheRestServes() throws Exception {
        Api.awaitUp("aid");
        Api admin = Api.admin();
        long person = admin.post("people", Map.of("unitId", admin.unitId(), "name", "重启前", "sex", "F", "birthDate", "1975-01-01"))
                .expect(201).body().path("id").asLong();
        Bundle aid = bundle("org.wfed.aid");
        aid.stop();
        try {
            assertFalse(modules().contains("\"aid\""), modules());
            assertTrue(modules().contains("\"elections\""));
            assertEquals("重启前", admin.get("people/" + person).expect(200).body().path("name").asText());
        } finally {
            aid.start();
        }
        Api.awaitUp("aid");
        assertEquals("重启前", admin.get("people/" + person).expect(200).body().path("name").asText());
    }
}
