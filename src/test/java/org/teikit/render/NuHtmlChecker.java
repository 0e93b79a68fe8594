package org.teikit.render;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs the Nu HTML Checker (nu.validator:validator 20.7.2 and its dependencies, which the html-checker module
 * copies to html-checker/target/lib)
 * in its own JVM: it carries its own fork of Jing under the same class names as the Jing on
 * teikit's classpath, so it cannot run in-process beside it.
 */
final class NuHtmlChecker {
    static final Path JARS = Path.of("html-checker/target/lib");

    private NuHtmlChecker() {}

    /** The checker's error lines for these files (empty when all are valid). */
    static List<String> errors(List<Path> pages) throws IOException, InterruptedException {
        if (!Files.isDirectory(JARS) || !Files.exists(JARS.resolve("validator-20.7.2.jar"))) {
            throw new AssertionError("Nu HTML Checker jars missing in " + JARS.toAbsolutePath()
                    + "; the root build copies them first (mvn -B verify), or alone: mvn -B -q -f html-checker/pom.xml package");
        }
        List<String> cmd = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m", "-cp", JARS.toAbsolutePath() + "/*",
                "nu.validator.client.SimpleCommandLineValidator", "--format", "gnu", "--errors-only", "--no-langdetect"));
        for (Path p : pages) cmd.add(p.toAbsolutePath().toString());
        Process proc = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        byte[] out = proc.getInputStream().readAllBytes();
        if (!proc.waitFor(5, TimeUnit.MINUTES)) {
            proc.destroyForcibly();
            throw new AssertionError("Nu HTML Checker did not finish");
        }
        List<String> errors = new ArrayList<>();
        for (String line : new String(out, StandardCharsets.UTF_8).split("\n")) {
            if (line.contains(": error:") || line.contains("Exception")) errors.add(line);
        }
        if (proc.exitValue() != 0 && errors.isEmpty()) errors.add("checker exited with " + proc.exitValue() + ": " + new String(out, StandardCharsets.UTF_8));
        return errors;
    }
}
