package org.wfed.itest.activities;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.wfed.itest.Api;

/** The module's console pages are in the menu of those allowed, and their scripts and helpers are served. */
class ConsolePagesTest {
    private static Api admin;

    @BeforeAll
    static void up() {
        Api.awaitUp("activities");
        admin = Api.admin();
    }

    @Test
    void thePagesAreInTheMenu() {
        String menu = admin.get("console/menu").expect(200).body().toString();
        for (String id : new String[] {"activities-contests", "activities-events", "activities-volunteers", "activities-settings"}) {
            assertTrue(menu.contains("\"id\":\"" + id + "\""), id + " in " + menu);
        }
        Api clerk = admin.createUser(admin.createUnit(admin.unitId(), "STREET", Api.unique("菜单街道")), "STAFF");
        String clerkMenu = clerk.get("console/menu").expect(200).body().toString();
        assertTrue(clerkMenu.contains("activities-contests"));
        assertFalse(clerkMenu.contains("activities-settings"), "settings need activities.configure");
    }

    @Test
    void theScriptsAndTheirHelpersAreServed() throws Exception {
        String base = Api.BASE.replace("/api/", "/console/modules/");
        HttpClient http = HttpClient.newHttpClient();
        for (String file : new String[] {"activities-contests/activities-contests.js", "activities-contests/photos.js",
                "activities-events/activities-events.js", "activities-events/photos.js", "activities-events/parties.js", "activities-events/projects.js",
                "activities-volunteers/activities-volunteers.js", "activities-settings/activities-settings.js"}) {
            HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(base + file)).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(200, r.statusCode(), file);
            assertTrue(r.body().contains("export "), file);
            assertFalse(r.body().contains("innerHTML"), file);
        }
    }
}
