package org.wfed.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * IT staff open the API reference from the maintenance page: Swagger UI, served by the console itself under its
 * strict Content-Security-Policy, lists every module and runs an operation with the signed-in user's session.
 */
class ApiReferenceBrowserTest extends BrowserTestBase {

    @Test
    void theMaintenancePageLinksTheReferenceWhichRunsAnOperationAsTheSignedInUser() throws Exception {
        signInAsAdmin();
        openPage("maintenance");
        String href = visible(By.id("api-reference")).getAttribute("href");
        assertEquals(WfedServer.url() + "/console/api/index.html", href);
        driver.get(href);
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("api-who"), "admin"));
        List<String> tags = wait.until(d -> {
            List<String> names = texts(By.cssSelector(".opblock-tag"));
            return names.size() >= 7 ? names : null;
        });
        for (String module : List.of("core", "elections", "aid", "activities", "rights", "services", "reporting")) {
            assertTrue(tags.stream().anyMatch(t -> t.startsWith(module)), module + " in " + tags);
        }
        assertTrue(tags.stream().anyMatch(t -> t.contains("选举")), "Chinese module names: " + tags);
        screenshot("api-reference");

        visible(By.cssSelector("#operations-tag-core")).click();
        WebElement me = visible(By.id("operations-core-AuthResource_me"));
        // the console's CSP allows only the console's own stylesheets: Swagger UI's must apply (GET is blue)
        assertEquals("rgba(97, 175, 254, 1)", me.findElement(By.cssSelector(".opblock-summary-method")).getCssValue("background-color"));
        me.findElement(By.cssSelector(".opblock-summary-control")).click();
        visible(By.cssSelector("#operations-core-AuthResource_me .try-out__btn")).click();
        visible(By.cssSelector("#operations-core-AuthResource_me .execute")).click();
        WebElement answer = visible(By.cssSelector("#operations-core-AuthResource_me .responses-table.live-responses-table"));
        wait.until(ExpectedConditions.textToBePresentInElement(answer, "\"username\": \"admin\""));
        assertTrue(answer.getText().contains("200"), answer.getText());
        screenshot("api-reference-tried");
    }

    @Test
    void thePageIsServedWithTheConsolesHeadersAndNoCdn() throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        HttpResponse<String> page = http.send(HttpRequest.newBuilder(URI.create(WfedServer.url() + "/console/api/index.html")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, page.statusCode());
        String csp = page.headers().firstValue("Content-Security-Policy").orElse("");
        assertTrue(csp.contains("script-src 'self'") && !csp.contains("unsafe-inline"), csp);
        assertFalse(page.body().matches("(?s).*(src|href)=\"(https?:)?//.*"), "no CDN: " + page.body());
        for (String file : List.of("swagger-ui-bundle.js", "swagger-ui.css", "api.js", "api.css")) {
            HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(WfedServer.url() + "/console/api/" + file)).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(200, r.statusCode(), file);
            assertTrue(r.body().length() > 300, file);
        }
    }
}
