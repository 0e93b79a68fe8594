package org.teikit.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
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
        Process p = new ProcessBuilder(command).directory(LocalSpark.root().toFile()).redirectErrorStream(true)
                .redirectOutput(log.toFile()).start();
        if (!p.waitFor(5, TimeUnit.MINUTES)) {
            p.destroyForcibly();
            throw new AssertionError("teikit-spark did not end within 5 minutes:\n" + Files.readString(log));
        }
        return new Run(p.exitValue(), Files.readString(log));
    }

    @Test
    void validateWritesRowsWithSuccessAndTheJsonReportAndExitsOneForInvalidFiles() throws Exception {
        Path valid = LocalSpark.corpus().resolve("valid"), invalid = LocalSpark.corpus().resolve("invalid");
        Path rows = dir.resolve("rows"), report = dir.resolve("report.json");

        Run run = launcher("validate", "--master", "local[2]", "--no-schematron", "--schema",
                LocalSpark.teiAll().toString(), "--out", rows.toString(), "--format", "json", "-o", report.toString(),
                valid.toString(), invalid.toString());

        assertEquals(TeikitSpark.INVALID, run.status(), run.output());
        assertTrue(Files.exists(rows.resolve(AtomicOutput.SUCCESS)), run.output());
        String json = Files.readString(report);
        assertTrue(json.contains("\"valid\":true") && json.contains("\"valid\":false"), json);
        assertTrue(run.output().matches("(?s).*\\d+ files: \\d+ valid, \\d+ invalid.*"), run.output());
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
