package org.wfed.itest.aid;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceReference;
import org.wfed.core.extension.ConsolePage;
import org.wfed.itest.Api;

/** Every aid console page is registered and its ES module is in the aid bundle, exporting render. */
class AidConsoleTest {

    @BeforeAll
    static void up() {
        Api.awaitUp("aid");
    }

    @Test
    void pagesAreRegisteredWithTheirScripts() throws Exception {
        BundleContext ctx = FrameworkUtil.getBundle(AidConsoleTest.class).getBundleContext();
        List<String> ids = new ArrayList<>();
        for (ServiceReference<ConsolePage> ref : ctx.getServiceReferences(ConsolePage.class, null)) {
            ConsolePage page = ctx.getService(ref);
            if (!"aid".equals(page.group())) {
                continue;
            }
            ids.add(page.id());
            java.net.URL script = ref.getBundle().getEntry(page.resourceFolder() + "/" + page.script());
            assertNotNull(script, page.id());
            try (InputStream in = script.openStream()) {
                String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                assertTrue(text.contains("export async function render(el, ctx)"), page.id());
                assertTrue(!text.contains("innerHTML"), page.id() + " must not write HTML from data");
            } catch (IOException e) {
                throw new AssertionError(e);
            }
        }
        ids.sort(null);
        assertEquals(List.of("aid-beneficiaries", "aid-follow-ups", "aid-import", "aid-inbox", "aid-ledger",
                "aid-programmes", "aid-screening"), ids);
    }
}
