package org.wfed.itest.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.ByteBuffer;
import java.util.Hashtable;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceRegistration;
import org.wfed.core.Role;
import org.wfed.core.Sessions;
import org.wfed.core.extension.Permission;
import org.wfed.core.extension.PermissionProvider;
import org.wfed.itest.Api;

/**
 * Two-factor sign-in (TOTP, RFC 6238) with the launch's default rule switched on: system admins and holders
 * of a permission that asks for it must enrol before anything else, then sign in with a code (or a one-use
 * recovery code); anyone may turn it on; an admin's reset sends the user back to enrolment; API tokens and the
 * admin shell work as before.
 */
class TwoFactorTest {
    private static World w;
    private static Settings settings;

    @BeforeAll
    static void up() throws Exception {
        w = World.get();
        settings = Settings.security(Map.of("twoFactor", "admins"));
        settings.await(() -> {
            String[] probe = user("SYSTEM_ADMIN");
            return new Api().login(probe[0], probe[1]).body().path("mustEnrol").asBoolean();
        });
    }

    @AfterAll
    static void down() throws Exception {
        settings.close();
    }

    private static String[] user(String role) {
        String name = Api.unique("tf");
        String password = "Two-Factor-" + (System.nanoTime() % 100000) + "-Ok";
        w.admin.post("users", Map.of("username", name, "displayName", "双因素", "unitId", role.equals("SYSTEM_ADMIN") ? w.top : w.a,
                "roles", List.of(role), "password", password)).expect(201);
        return new String[] {name, password};
    }

    /** The code an authenticator app shows for a step: written here from RFC 6238 itself, independent of wfed's. */
    static String code(String base32, long step) throws Exception {
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
    }

    static long now() {
        return System.currentTimeMillis() / 30_000;
    }

    @Test
    void aSystemAdminEnrolsAtHerFirstSignInThenNeedsACode() throws Exception {
        String[] u = user("SYSTEM_ADMIN");
        Api her = new Api();
        JsonNode me = her.login(u[0], u[1]).expect(200).body();
        assertTrue(me.path("mustEnrol").asBoolean(), me.toString());
        assertEquals("TWO_FACTOR_ENROLMENT_REQUIRED", her.get("people").expect(403).code());
        assertTrue(her.get("auth/me").expect(200).body().path("mustEnrol").asBoolean());
        // nor does the half signed-in session open the Felix web console (which asks core's Sessions)
        assertTrue(Api.service(Sessions.class).caller(her.sessionToken()).isEmpty());

        JsonNode e = her.post("auth/2fa/start", Map.of()).expect(200).body();
        String secret = e.path("secret").asText();
        assertTrue(e.path("uri").asText().startsWith("otpauth://totp/wfed:" + u[0]), e.toString());
        assertEquals(400, her.post("auth/2fa/confirm", Map.of("code", "000000".equals(code(secret, now())) ? "111111" : "000000")).status());
        long step = now();
        JsonNode recovery = her.post("auth/2fa/confirm", Map.of("code", code(secret, step))).expect(200).body();
        assertEquals(10, recovery.path("recoveryCodes").size());
        her.get("people").expect(200);
        assertTrue(Api.service(Sessions.class).caller(her.sessionToken()).isPresent());

        assertEquals("TOTP_REQUIRED", new Api().login(u[0], u[1]).expect(401).code());
        assertEquals("BAD_CREDENTIALS", new Api().login(u[0], "Wrong-Password-1!", code(secret, step)).expect(401).code());
        assertEquals("BAD_TOTP", new Api().login(u[0], u[1], code(secret, step)).expect(401).code(), "a code is good once");
        new Api().login(u[0], u[1], code(secret, step + 1)).expect(200);
        String rc = recovery.path("recoveryCodes").get(0).asText();
        new Api().login(u[0], u[1], rc).expect(200);
        assertEquals("BAD_TOTP", new Api().login(u[0], u[1], rc).expect(401).code(), "a recovery code is good once");
        assertTrue(new Api().login(u[0], u[1], recovery.path("recoveryCodes").get(1).asText()).expect(200).body().path("twoFactor")
                .asBoolean());
    }

    @Test
    void tokensWorkWithoutASecondFactorAndAnAdminsResetSendsHerBackToEnrolment() throws Exception {
        String[] u = user("SYSTEM_ADMIN");
        Api her = new Api();
        her.login(u[0], u[1]).expect(200);
        String secret = her.post("auth/2fa/start", Map.of()).expect(200).body().path("secret").asText();
        her.post("auth/2fa/confirm", Map.of("code", code(secret, now()))).expect(200);
        String token = her.post("users/me/tokens", Map.of("name", "对接", "days", 7)).expect(201).body().path("token").asText();
        Api.bearer(token).get("people?size=1").expect(200);

        long id = her.get("auth/me").expect(200).body().path("userId").asLong();
        assertEquals(1, w.admin.get("users/" + id + "/tokens").expect(200).body().size());
        w.admin.delete("users/" + id + "/2fa").expect(200);
        assertEquals(401, her.get("auth/me").status(), "her sessions end with the reset");
        assertTrue(new Api().login(u[0], u[1]).expect(200).body().path("mustEnrol").asBoolean());
    }

    @Test
    void aPermissionThatAsksForTwoFactorsMakesItsHoldersEnrol() {
        PermissionProvider rights = () -> List.of(new Permission("itest.rights.cases", "维权案件", "Rights cases", Set.of(Role.STAFF), true));
        ServiceRegistration<PermissionProvider> reg = FrameworkUtil.getBundle(TwoFactorTest.class).getBundleContext()
                .registerService(PermissionProvider.class, rights, new Hashtable<>());
        try {
            String[] u = user("STAFF");
            JsonNode me = new Api().login(u[0], u[1]).expect(200).body();
            assertTrue(me.path("mustEnrol").asBoolean(), me.toString());
            JsonNode listed = null;
            for (JsonNode p : w.admin.get("users/permissions").expect(200).body()) {
                listed = p.path("id").asText().equals("itest.rights.cases") ? p : listed;
            }
            assertTrue(listed != null && listed.path("twoFactor").asBoolean(), String.valueOf(listed));
        } finally {
            reg.unregister();
        }
    }

    @Test
    void anyoneMayTurnItOnAndOffWhereItIsNotRequired() throws Exception {
        String[] u = user("STAFF");
        Api her = new Api();
        assertTrue(!her.login(u[0], u[1]).expect(200).body().path("mustEnrol").asBoolean());
        String secret = her.post("auth/2fa/start", Map.of()).expect(200).body().path("secret").asText();
        long step = now();
        her.post("auth/2fa/confirm", Map.of("code", code(secret, step))).expect(200);
        assertEquals("TOTP_REQUIRED", new Api().login(u[0], u[1]).expect(401).code());
        assertTrue(her.post("auth/2fa/off", Map.of("code", code(secret, step + 1))).expect(200).body().path("enabled").asBoolean() == false);
        new Api().login(u[0], u[1]).expect(200);
    }

    @Test
    void theAdminShellEnrolsAndResets() throws Exception {
        String[] u = user("SYSTEM_ADMIN");
        Object shell = FrameworkUtil.getBundle(TwoFactorTest.class).getBundleContext().getService(FrameworkUtil.getBundle(TwoFactorTest.class)
                .getBundleContext().getServiceReferences("org.wfed.core.internal.system.AdminCommands", null)[0]);
        String out = (String) shell.getClass().getMethod("totpenrol", String.class).invoke(shell, u[0]);
        String secret = out.substring(out.indexOf(": ") + 2, out.indexOf('\n'));
        String codes = (String) shell.getClass().getMethod("totpconfirm", String.class, String.class).invoke(shell, u[0], code(secret, now()));
        assertTrue(codes.contains("recovery codes"), codes);
        new Api().login(u[0], u[1], code(secret, now() + 1)).expect(200);
        shell.getClass().getMethod("totpreset", String.class).invoke(shell, u[0]);
        assertTrue(new Api().login(u[0], u[1]).expect(200).body().path("mustEnrol").asBoolean());
    }
}
