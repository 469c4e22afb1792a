package org.wfed.itest.activities;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.osgi.framework.FrameworkUtil;
import org.wfed.itest.Api;

/**
 * Photos of an activity: a PNG is stored and served back to those who may see the activity; a text file posing
 * as an image and an oversized image are refused and leave no file behind; another street's clerk gets 404.
 */
class PhotoTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 'I', 'H', 'D', 'R'};

    private static Api admin;
    private static long activity;
    private static String[] session;
    private static long otherStreet;

    @BeforeAll
    static void setUp() throws Exception {
        Api.awaitUp("activities");
        admin = Api.admin();
        long street = ContestSteps.unit(admin, admin.unitId(), "STREET", Api.unique("照片街道"));
        otherStreet = ContestSteps.unit(admin, admin.unitId(), "STREET", Api.unique("无关街道"));
        activity = admin.post("activities/events", Map.of("unitId", street, "heldOn", "2026-03-08", "typeCode", "PERFORMANCE",
                "theme", "三八文艺汇演")).expect(201).body().path("id").asLong();
        session = login("admin", Api.ADMIN_PASSWORD);
    }

    @Test
    void aPngIsStoredAndServedBack() throws Exception {
        HttpResponse<String> up = upload(session, "image/png", PNG);
        assertEquals(201, up.statusCode(), up.body());
        long id = JSON.readTree(up.body()).path("id").asLong();
        HttpResponse<byte[]> got = HTTP.send(HttpRequest.newBuilder(URI.create(Api.BASE + "activities/photos/" + id))
                .header("Cookie", session[0]).build(), HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, got.statusCode());
        assertEquals("image/png", got.headers().firstValue("Content-Type").orElse(""));
        assertArrayEquals(PNG, got.body());
        assertEquals(1, admin.get("activities/photos?owner=ACTIVITY&ownerId=" + activity).expect(200).body().size());

        Api stranger = admin.createUser(otherStreet, "STAFF");
        stranger.get("activities/photos/" + id).expect(404);
        stranger.get("activities/photos?owner=ACTIVITY&ownerId=" + activity).expect(404);
    }

    @Test
    void aTextFileIsNotAnImageAndLeavesNothingBehind() throws Exception {
        long before = files();
        HttpResponse<String> r = upload(session, "image/png", "<script>alert(1)</script>".getBytes());
        assertEquals(400, r.statusCode(), r.body());
        assertEquals("NOT_AN_IMAGE", JSON.readTree(r.body()).path("code").asText());
        assertEquals(400, upload(session, "image/jpeg", PNG).statusCode(), "the declared type must match the content");
        assertEquals(before, files());
    }

    @Test
    void anOversizedImageIsRefused() throws Exception {
        long before = files();
        byte[] big = new byte[5 * 1024 * 1024 + 1];
        System.arraycopy(PNG, 0, big, 0, PNG.length);
        HttpResponse<String> r = upload(session, "image/png", big);
        assertEquals(413, r.statusCode(), r.body());
        JsonNode body = JSON.readTree(r.body());
        assertEquals("PHOTO_TOO_LARGE", body.path("code").asText());
        assertEquals(before, files());
    }

    private static long files() throws IOException {
        String data = FrameworkUtil.getBundle(PhotoTest.class).getBundleContext().getProperty("wfed.data");
        Path folder = Path.of(data, "activities", "photos");
        if (!Files.isDirectory(folder)) {
            return 0;
        }
        try (Stream<Path> s = Files.list(folder)) {
            return s.count();
        }
    }

    private static HttpResponse<String> upload(String[] s, String type, byte[] bytes) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(Api.BASE + "activities/photos?owner=ACTIVITY&ownerId=" + activity))
                .header("Content-Type", type).header("Cookie", s[0]).header("X-CSRF-Token", s[1])
                .POST(HttpRequest.BodyPublishers.ofByteArray(bytes)).build(), HttpResponse.BodyHandlers.ofString());
    }

    /** Signs in like the console: answers the session cookie and the CSRF token. */
    private static String[] login(String user, String password) throws Exception {
        HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(Api.BASE + "auth/login"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(Map.of("username", user, "password", password))))
                .build(), HttpResponse.BodyHandlers.ofString());
        String cookie = r.headers().firstValue("Set-Cookie").orElseThrow();
        return new String[] {cookie.substring(0, cookie.indexOf(';')), JSON.readTree(r.body()).path("csrfToken").asText()};
    }
}
