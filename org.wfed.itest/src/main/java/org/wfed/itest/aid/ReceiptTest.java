package org.wfed.itest.aid;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.wfed.itest.Api;

/**
 * Signed receipts (签收单): a PDF is stored and downloaded byte for byte; a file that is no PDF/JPEG/PNG by content
 * is refused with a Chinese 400 whatever its name; another street's staff get 404; download, replace and delete
 * are audited.
 */
class ReceiptTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final byte[] PDF = "%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"
            .getBytes(StandardCharsets.ISO_8859_1);
    private static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 0x10, 'J', 'F', 'I', 'F', 0};
    private static AidFixture f;
    private static String cookie;
    private static String csrf;

    @BeforeAll
    static void setUp() throws Exception {
        f = new AidFixture();
        HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(Api.BASE + "auth/login"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(
                        Map.of("username", "admin", "password", Api.ADMIN_PASSWORD)))).build(), HttpResponse.BodyHandlers.ofString());
        String set = r.headers().firstValue("Set-Cookie").orElseThrow();
        cookie = set.substring(0, set.indexOf(';'));
        csrf = JSON.readTree(r.body()).path("csrfToken").asText();
    }

    @Test
    void aPdfIsStoredAndDownloadedByteForByteAndEveryStepIsAudited() throws Exception {
        long application = paidApplication();
        HttpResponse<String> up = send("POST", "aid/receipts?applicationId=" + application + "&fileName="
                + enc("王女士签收单.pdf"), "application/pdf", PDF);
        assertEquals(201, up.statusCode(), up.body());
        JsonNode file = JSON.readTree(up.body());
        assertEquals("王女士签收单.pdf", file.path("fileName").asText());
        assertEquals("application/pdf", file.path("contentType").asText());
        long id = file.path("id").asLong();

        JsonNode list = f.admin.get("aid/receipts?applicationId=" + application).expect(200).body();
        assertEquals(1, list.size());
        HttpResponse<byte[]> got = download(id);
        assertEquals(200, got.statusCode());
        assertArrayEquals(PDF, got.body());
        assertEquals("application/pdf", got.headers().firstValue("Content-Type").orElse(""));
        assertTrue(got.headers().firstValue("Content-Disposition").orElse("").contains("attachment"));
        assertTrue(f.admin.get("audit?action=aid.receipt.download&size=50").expect(200).body().toString()
                .contains("\"recordId\":\"" + id + "\""), "the download is audited");

        // a better scan replaces it (a photo this time); the old version is refused afterwards
        HttpResponse<String> replaced = send("PUT", "aid/receipts/" + id + "?version=0&fileName=scan.jpg", "image/jpeg", JPEG);
        assertEquals(200, replaced.statusCode(), replaced.body());
        assertArrayEquals(JPEG, download(id).body());
        assertEquals(409, send("PUT", "aid/receipts/" + id + "?version=0&fileName=scan.jpg", "image/jpeg", JPEG).statusCode());
        f.admin.delete("aid/receipts/" + id).expect(204);
        assertEquals(0, f.admin.get("aid/receipts?applicationId=" + application).expect(200).body().size());
        assertEquals(404, download(id).statusCode());
        String audit = f.admin.get("audit?action=aid.receipt&size=200").expect(200).body().toString();
        for (String action : new String[] {"aid.receipt.upload", "aid.receipt.replace", "aid.receipt.delete"}) {
            assertTrue(audit.contains(action), action + " in " + audit);
        }
    }

    @Test
    void aFileThatIsNoPdfOrImageIsRefusedWhateverItsName() throws Exception {
        long application = paidApplication();
        HttpResponse<String> html = send("POST", "aid/receipts?applicationId=" + application + "&fileName=receipt.pdf",
                "application/pdf", "<html><script>alert(1)</script></html>".getBytes(StandardCharsets.UTF_8));
        assertEquals(400, html.statusCode(), html.body());
        JsonNode body = JSON.readTree(html.body());
        assertEquals("AID_RECEIPT_BAD_TYPE", body.path("code").asText());
        assertTrue(body.path("message").asText().contains("PDF、JPG或PNG"), body.toString());
        HttpResponse<String> mismatch = send("POST", "aid/receipts?applicationId=" + application + "&fileName=a.png",
                "image/png", PDF);
        assertEquals(400, mismatch.statusCode());
        assertEquals("AID_RECEIPT_TYPE_MISMATCH", JSON.readTree(mismatch.body()).path("code").asText());
        byte[] big = new byte[10 * 1024 * 1024 + 10];
        System.arraycopy(PDF, 0, big, 0, PDF.length);
        assertEquals(413, send("POST", "aid/receipts?applicationId=" + application + "&fileName=big.pdf",
                "application/pdf", big).statusCode());
        assertEquals(0, f.admin.get("aid/receipts?applicationId=" + application).expect(200).body().size());
    }

    @Test
    void anotherUnitsStaffGet404AndUnpaidApplicationsTakeNoReceipt() throws Exception {
        long application = paidApplication();
        long id = JSON.readTree(send("POST", "aid/receipts?applicationId=" + application + "&fileName=r.pdf",
                "application/pdf", PDF).body()).path("id").asLong();
        long otherStreet = f.admin.createUnit(f.top, "STREET", Api.unique("别的街道"));
        Api stranger = f.admin.createUser(otherStreet, "UNIT_ADMIN");
        assertEquals("NOT_FOUND", stranger.get("aid/receipts/" + id).expect(404).code());
        stranger.get("aid/receipts?applicationId=" + application).expect(404);
        stranger.delete("aid/receipts/" + id).expect(404);
        assertEquals(1, f.admin.get("aid/receipts?applicationId=" + application).expect(200).body().size());

        JsonNode p = f.programme(Map.of(), Map.of());
        JsonNode open = f.apply(p.path("id").asLong(), f.woman(LocalDate.now().minusYears(40), "DIBAO"), LocalDate.now())
                .expect(201).body();
        HttpResponse<String> early = send("POST", "aid/receipts?applicationId=" + open.path("id").asLong() + "&fileName=r.pdf",
                "application/pdf", PDF);
        assertEquals(409, early.statusCode());
        assertEquals("AID_RECEIPT_NOT_PAID", JSON.readTree(early.body()).path("code").asText());
    }

    @Test
    void aLargePaymentIsConfirmedReceivedOnlyWithItsScan() throws Exception {
        JsonNode p = f.programme(Map.of("amountFen", 1_000_000), Map.of());
        long woman = f.woman(LocalDate.now().minusYears(40), "DIBAO");
        JsonNode a = f.approveAll(f.apply(p.path("id").asLong(), woman, LocalDate.now()).expect(201).body());
        JsonNode paid = f.admin.post("aid/applications/" + a.path("id").asLong() + "/payment", Map.of("amountFen", 1_000_000,
                "channel", "BANK", "paidOn", LocalDate.now().toString(), "version", a.path("version").asInt())).expect(200).body();
        long id = paid.path("id").asLong();
        Map<String, Object> receipt = Map.of("receivedOn", LocalDate.now().toString(), "version", paid.path("version").asInt());
        JsonNode refused = f.admin.post("aid/applications/" + id + "/receipt", receipt).expect(400).body();
        assertEquals("scan", refused.path("fields").get(0).path("field").asText(), refused.toString());
        assertTrue(refused.path("fields").get(0).path("message").asText().contains("5000.00元"), refused.toString());
        assertEquals("PAID", f.admin.get("aid/applications/" + id).expect(200).body().path("status").asText());

        assertEquals(201, send("POST", "aid/receipts?applicationId=" + id + "&fileName=r.pdf", "application/pdf", PDF).statusCode());
        assertEquals("RECEIVED", f.admin.post("aid/applications/" + id + "/receipt", receipt).expect(200).body().path("status").asText());
    }

    private static long paidApplication() {
        JsonNode p = f.programme(Map.of(), Map.of());
        long woman = f.woman(LocalDate.now().minusYears(40), "DIBAO");
        JsonNode a = f.approveAll(f.apply(p.path("id").asLong(), woman, LocalDate.now()).expect(201).body());
        JsonNode paid = f.admin.post("aid/applications/" + a.path("id").asLong() + "/payment", Map.of("amountFen", 100_000,
                "channel", "BANK", "paidOn", LocalDate.now().toString(), "version", a.path("version").asInt())).expect(200).body();
        assertEquals("PAID", paid.path("status").asText());
        return paid.path("id").asLong();
    }

    private static HttpResponse<String> send(String method, String path, String type, byte[] bytes) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(Api.BASE + path)).header("Content-Type", type)
                .header("Cookie", cookie).header("X-CSRF-Token", csrf).header("Accept", "application/json")
                .method(method, HttpRequest.BodyPublishers.ofByteArray(bytes)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static HttpResponse<byte[]> download(long id) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(Api.BASE + "aid/receipts/" + id)).header("Cookie", cookie).build(),
                HttpResponse.BodyHandlers.ofByteArray());
    }

    private static String enc(String s) {
        return java.net.URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
