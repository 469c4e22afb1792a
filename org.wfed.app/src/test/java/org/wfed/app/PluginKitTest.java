package org.wfed.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarFile;
import java.util.jar.Manifest;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The plugin kit as a plugin author outside wfed's reactor meets it: core's jar, sources, javadoc and its
 * parent-free pom in a Maven repository, and the standalone pom of docs/plugins.md. The example plugin's sources are
 * built with exactly that pom by a Maven of its own; its other dependencies come from this build's local repository
 * (so it works on a fresh machine, and under {@code mvn verify}, which installs nothing). The jar imports core's API
 * with the documented range and runs in wfed.
 */
class PluginKitTest {

    private static final Path BASE = Path.of(System.getProperty("basedir", ".")).toAbsolutePath();
    private static final Path ROOT = BASE.getParent();

    /** The pom between the marker and the end of the xml block in docs/plugins.md. */
    private static String documentedPom() throws IOException {
        String doc = Files.readString(ROOT.resolve("docs/plugins.md"));
        Matcher m = Pattern.compile("<!-- standalone plugin pom[^>]*-->\\s*```xml\\n(.*?)```", Pattern.DOTALL).matcher(doc);
        assertTrue(m.find(), "docs/plugins.md has no standalone pom");
        return m.group(1);
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path f : (Iterable<Path>) files::iterator) {
                Path target = to.resolve(from.relativize(f).toString());
                if (Files.isDirectory(f)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(f, target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }

    /** What {@code mvn install} puts into a repository for org.wfed.core, laid out from core's build output. */
    private static void layOutKit(Path repo, String version) throws IOException {
        Path core = ROOT.resolve("org.wfed.core/target");
        Path into = Files.createDirectories(repo.resolve("org/wfed/org.wfed.core/" + version));
        String name = "org.wfed.core-" + version;
        for (String suffix : List.of(".jar", "-sources.jar", "-javadoc.jar")) {
            Files.copy(core.resolve(name + suffix), into.resolve(name + suffix), StandardCopyOption.REPLACE_EXISTING);
        }
        String pom = Files.readString(core.resolve("flattened-pom.xml"));
        assertFalse(pom.contains("<parent>"), "the published pom names wfed's unpublished parent");
        Files.writeString(into.resolve(name + ".pom"), pom);
    }

    @Test
    void theExamplePluginBuildsOutsideTheReactorFromTheKitAndRuns() throws Exception {
        String version = System.getProperty("wfed.version");
        Path work = Files.createTempDirectory("wfed-kit-");
        Path repo = work.resolve("repository");
        Path project = Files.createDirectories(work.resolve("insurance"));
        layOutKit(repo, version);
        Files.writeString(project.resolve("pom.xml"), documentedPom());
        copyTree(ROOT.resolve("org.wfed.example.insurance/src/main"), project.resolve("src/main"));
        Files.copy(ROOT.resolve("org.wfed.example.insurance/bnd.bnd"), project.resolve("bnd.bnd"));
        // everything but the kit comes from this build's own local repository, as from a mirror
        Path settings = work.resolve("settings.xml");
        Files.writeString(settings, "<settings><mirrors><mirror><id>build</id><mirrorOf>*</mirrorOf><url>"
                + Path.of(System.getProperty("wfed.maven.repo")).toUri() + "</url></mirror></mirrors></settings>");
        String mvn = Path.of(System.getProperty("maven.home"), "bin", "mvn").toString();
        Path log = BASE.resolve("target/plugin-kit-build.log");
        Process build = new ProcessBuilder(mvn, "-B", "-q", "-s", settings.toString(), "-Dmaven.repo.local=" + repo,
                "-Dwfed.version=" + version, "package")
                .directory(project.toFile()).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        assertTrue(build.waitFor(5, TimeUnit.MINUTES), "the plugin build took over 5 minutes");
        assertEquals(0, build.exitValue(), () -> "the plugin did not build outside the reactor:\n" + read(log));

        Path jar = project.resolve("target/org.wfed.example.insurance-1.0.0.jar");
        String coreApi;
        try (JarFile core = new JarFile(ROOT.resolve("org.wfed.core/target/org.wfed.core-" + version + ".jar").toFile())) {
            Matcher v = Pattern.compile("org\\.wfed\\.core;version=\"(\\d+)\\.(\\d+)").matcher(core.getManifest().getMainAttributes().getValue("Export-Package"));
            assertTrue(v.find());
            coreApi = "org.wfed.core;version=\"[" + v.group(1) + "." + v.group(2) + "," + (Integer.parseInt(v.group(1)) + 1) + ")\"";
        }
        try (JarFile plugin = new JarFile(jar.toFile())) {
            Manifest mf = plugin.getManifest();
            assertEquals("org.wfed.example.insurance", mf.getMainAttributes().getValue("Bundle-SymbolicName"));
            String imports = mf.getMainAttributes().getValue("Import-Package");
            assertTrue(imports.contains(coreApi), "expected " + coreApi + " in " + imports);
        }

        Path data = work.resolve("data");
        Files.createDirectories(data.resolve("plugins"));
        Files.copy(jar, data.resolve("plugins/insurance-1.0.0.jar"));
        try (WfedServer.Running server = WfedServer.launch("activities.jar", work, data, Map.of())) {
            ApiClient admin = ApiClient.admin(server.url());
            admin.awaitModule("insurance", true);
            assertEquals(200, admin.awaitStatus("/api/insurance/policies", 200).status());
        } finally {
            WfedServer.deleteTree(work);
        }
    }

    private static String read(Path log) {
        try {
            return Files.readString(log);
        } catch (IOException e) {
            return e.toString();
        }
    }
}
