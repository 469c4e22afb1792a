package org.wfed.itest.services;

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

/** The module's console pages are in the menu of those allowed, and their scripts and the shared helper are served. */
class ServicesConsoleTest {
    private static final String[] PAGES = {"services-employment", "services-training", "services-wishes"};
    private static Api admin;

    @BeforeAll
    static void up() {
        Api.awaitUp("services");
        admin = Api.admin();
    }

    @Test
    void thePagesAreInTheMenuOfThoseWhoMayRead() {
        String menu = admin.get("console/menu").expect(200).body().toString();
        for (String id : PAGES) {
            assertTrue(menu.contains("\"id\":\"" + id + "\""), id + " in " + menu);
        }
        Api auditor = admin.createUser(admin.unitId(), "AUDITOR");
        String auditorMenu = auditor.get("console/menu").expect(200).body().toString();
        assertFalse(auditorMenu.contains("services-employment"), "the pages need services.read: " + auditorMenu);
    }

    @Test
    void theScriptsAndTheirHelperAreServed() throws Exception {
        String base = Api.BASE.replace("/api/", "/console/modules/");
        HttpClient http = HttpClient.newHttpClient();
        for (String page : PAGES) {
            for (String file : new String[] {page + ".js", "services-common.js"}) {
                HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(base + page + "/" + file)).build(),
                        HttpResponse.BodyHandlers.ofString());
                assertEquals(200, r.statusCode(), file);
                assertTrue(r.body().contains("export "), file);
                assertFalse(r.body().contains("innerHTML"), file);
            }
        }
    }
}
