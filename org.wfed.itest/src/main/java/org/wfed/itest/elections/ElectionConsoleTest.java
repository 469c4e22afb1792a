package org.wfed.itest.elections;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.wfed.itest.Api;

/** The elections pages are in the console menu and their ES modules are served. */
class ElectionConsoleTest {

    @BeforeAll
    static void up() {
        Api.awaitUp("elections");
    }

    @Test
    void menuListsElectionPagesAndServesTheirScripts() throws Exception {
        String menu = Api.admin().get("console/menu").expect(200).body().toString();
        assertTrue(menu.contains("\"id\":\"elections\"") && menu.contains("换届选举"), menu);
        assertTrue(menu.contains("/console/modules/elections-board/elections-board.js"), menu);
        String base = Api.BASE.replace("/api/", "");
        for (String path : new String[] {"/console/modules/elections/elections.js", "/console/modules/elections-board/elections-board.js",
                "/console/modules/elections-previous/elections-previous.js"}) {
            HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(base + path)).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(200, r.statusCode(), path);
            assertTrue(r.body().contains("export async function render"), path);
        }
    }
}
