package org.teikit.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code ./teikit-spark}, as the README shows it: local, no Spark installation, the packaged job jar. */
class LauncherIT {
    @TempDir
    Path dir;

    private record Run(int status, String output) {}

    private Run launcher(String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(LocalSpark.root().resolve("teikit-spark").toString()));
        command.addAll(List.of(args));
        Path log = dir.resolve("launcher.log");
        ProcessBuilder b = new ProcessBuilder(command).directory(LocalSpark.root().toFile()).redirectErrorStream(true)
                .redirectOutput(log.toFile());
        b.environment().remove("SPARK_LOCAL_IP");   // the launcher's own choice, not the build's
        Process p = b.start();
        if (!p.waitFor(5, TimeUnit.MINUTES)) {
            p.destroyForcibly();
            throw new AssertionError("teikit-spark did not end within 5 minutes:\n" + Files.readString(log));
        }
        return new Run(p.exitValue(), Files.readString(log));
    }

    @Test
    void validateWritesRowsWithSuccessAndTheJsonReportAndExitsOneForInvalidFiles() throws Exception {
        // --timings also names the phases; a local master given by name is still a run on the loopback interface
        Path valid = LocalSpark.corpus().resolve("valid"), invalid = LocalSpark.corpus().resolve("invalid");
        Path rows = dir.resolve("rows"), report = dir.resolve("report.json");

        Run run = launcher("validate", "--master", "local[2]", "--timings", "--no-schematron", "--schema",
                LocalSpark.teiAll().toString(), "--out", rows.toString(), "--format", "json", "-o", report.toString(),
                valid.toString(), invalid.toString());

        assertEquals(TeikitSpark.INVALID, run.status(), run.output());
        assertTrue(Files.exists(rows.resolve(AtomicOutput.SUCCESS)), run.output());
        String json = Files.readString(report);
        assertTrue(json.contains("\"valid\":true") && json.contains("\"valid\":false"), json);
        assertTrue(run.output().matches("(?s).*\\d+ files: \\d+ valid, \\d+ invalid.*"), run.output());
        for (String phase : List.of("JVM start → main", "Spark session", "validate + write Parquet", "JSON report")) {
            assertTrue(run.output().matches("(?s).*timings: " + Pattern.quote(phase) + " +[0-9.]+ s wall.*"), run.output());
        }
        assertFalse(run.output().contains("resolves to a loopback address"), "a local run binds to 127.0.0.1: " + run.output());
    }

    @Test
    void convertWritesOneRowPerSourceAndExitsZero() throws Exception {
        Path rows = dir.resolve("tei-rows");

        Run run = launcher("convert", "--out", rows.toString(), LocalSpark.root().resolve("sources").toString());

        assertEquals(TeikitSpark.OK, run.status(), run.output());
        assertTrue(Files.exists(rows.resolve(AtomicOutput.SUCCESS)), run.output());
        assertTrue(run.output().contains("5 sources: 5 converted, 0 failed"), run.output());
    }

    @Test
    void aMissingInputIsAnErrorWithExitTwoAndNoOutput() throws Exception {
        Path rows = dir.resolve("rows");

        Run run = launcher("validate", "--out", rows.toString(), dir.resolve("nowhere").toString());

        assertEquals(TeikitSpark.ERROR, run.status(), run.output());
        assertTrue(run.output().contains("no such file or folder"), run.output());
        assertTrue(Files.notExists(rows));
    }
}
