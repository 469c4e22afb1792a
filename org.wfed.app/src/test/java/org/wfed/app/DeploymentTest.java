package org.wfed.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Each partial deployment starts, reports exactly its modules and shows only their pages. */
class DeploymentTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "elections-reporting.jar, core elections reporting",
            "aid-reporting.jar, core aid reporting",
            "activities.jar, core activities",
            "rights-reporting.jar, core reporting rights",
            "services-reporting.jar, core reporting services"})
    void partialDeploymentAnswersWithItsModules(String jar, String modules) throws Exception {
        Path data = Files.createTempDirectory("wfed-deploy-");
        try (WfedServer.Running server = WfedServer.launch(jar, data, data, Map.of())) {
            ApiClient api = ApiClient.admin(server.url());
            for (String module : modules.split(" ")) {
                api.awaitModule(module, true);
            }
            assertEquals("[\"" + String.join("\",\"", modules.split(" ")) + "\"]",
                    api.get("/api/health").body().path("modules").toString());
            Set<String> groups = new TreeSet<>();
            api.get("/api/console/menu").body().forEach(page -> groups.add(page.path("group").asText()));
            Set<String> allowed = new TreeSet<>(Set.of(modules.split(" ")));
            allowed.addAll(Set.of("org", "system", "core"));
            assertTrue(allowed.containsAll(groups), "menu groups " + groups + " beyond " + allowed);
            assertEquals(200, api.get("/api/reference").status());
        }
    }
}
