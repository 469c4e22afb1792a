package org.wfed.itest;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;

/**
 * LibreOffice headless (soffice) standing in for the clerk's Excel or WPS: it opens a file and saves it as its own
 * XLSX or CSV, so that tests import files an office suite wrote, not only files wfed or fastexcel wrote. Without
 * soffice a test is skipped on a developer's machine; in CI (environment variable CI set) it fails.
 */
public final class Office {
    /** CSV import options: comma, double quote, UTF-8 (76), from line 1. */
    public static final String CSV_UTF8 = "CSV:44,34,76,1";
    private static final Path PROFILE = tempDir("wfed-lo-profile");

    private Office() {
    }

    /** Skips (or, in CI, fails) the calling test when LibreOffice is not installed. */
    public static void require() {
        if (soffice() != null) {
            return;
        }
        if (System.getenv("CI") != null) {
            fail("LibreOffice (soffice) is not installed: .ci/run installs libreoffice-calc-nogui");
        }
        Assumptions.assumeTrue(false, "LibreOffice (soffice) is not installed");
    }

    /**
     * Opens {@code content} (a file ending in {@code inExtension}) and saves it as {@code outFormat} (xlsx, csv, …),
     * reading it through {@code infilter} when given (e.g. {@link #CSV_UTF8}).
     */
    public static synchronized byte[] convert(byte[] content, String inExtension, String outFormat, String infilter) {
        require();
        Path dir = tempDir("wfed-lo");
        try {
            Path in = dir.resolve("file." + inExtension);
            Files.write(in, content);
            Path out = dir.resolve("out");
            List<String> cmd = new ArrayList<>(List.of(soffice(), "-env:UserInstallation=" + PROFILE.toUri(), "--headless",
                    "--norestore"));
            if (infilter != null) {
                cmd.add("--infilter=" + infilter);
            }
            cmd.addAll(List.of("--convert-to", outFormat, "--outdir", out.toString(), in.toString()));
            Process p = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(dir.resolve("log").toFile()).start();
            if (!p.waitFor(180, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                fail("soffice took over 3 minutes");
            }
            String ext = outFormat.contains(":") ? outFormat.substring(0, outFormat.indexOf(':')) : outFormat;
            Path result = out.resolve("file." + ext);
            if (!Files.exists(result)) {
                fail("soffice wrote nothing: " + Files.readString(dir.resolve("log")));
            }
            return Files.readAllBytes(result);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } finally {
            delete(dir.toFile());
        }
    }

    private static String soffice() {
        for (String dir : System.getenv().getOrDefault("PATH", "/usr/bin").split(File.pathSeparator)) {
            File f = new File(dir, "soffice");
            if (f.canExecute()) {
                return f.getPath();
            }
        }
        return null;
    }

    private static Path tempDir(String prefix) {
        try {
            return Files.createTempDirectory(prefix);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void delete(File f) {
        File[] children = f.listFiles();
        if (children != null) {
            for (File c : children) {
                delete(c);
            }
        }
        f.delete();
    }
}
