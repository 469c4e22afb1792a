package org.wfed.itest.elections;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.wfed.itest.Api;

/** Fetches a print page as a browser would (Accept: text/html) after signing in. */
final class HtmlClient {

    private HtmlClient() {
    }

    static HttpResponse<String> get(String username, String password, String path) throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        HttpRequest login = HttpRequest.newBuilder(URI.create(Api.BASE + "auth/login"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"username\":\"" + username + "\",\"password\":\"" + password + "\"}"))
                .build();
        HttpResponse<String> r = http.send(login, HttpResponse.BodyHandlers.ofString());
        String cookie = r.headers().firstValue("Set-Cookie").map(s -> s.substring(0, s.indexOf(';'))).orElseThrow();
        HttpRequest page = HttpRequest.newBuilder(URI.create(Api.BASE + path)).header("Accept", "text/html")
                .header("Cookie", cookie).GET().build();
        return http.send(page, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }
}
