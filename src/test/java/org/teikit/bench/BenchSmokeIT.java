package org.teikit.bench;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Runs {@code bench/run --quick} (every section of the benchmark on tiny inputs) so that the script cannot rot.
 * An integration test: failsafe runs it after {@code package}, so {@code ./teikit} finds its jar built and the
 * benchmark exercises the real launcher (class-data-sharing archive included) without Maven inside Maven. As root
 * bench/run installs pandoc, jing, hyperfine and GNU time when missing; otherwise it stops and names them, and this
 * test fails.
 */
class BenchSmokeIT {
    private static final Path ROOT = Path.of("").toAbsolutePath();
    private static final Path REPORT = ROOT.resolve("target/bench-smoke.md");
    private static final Path LOG = ROOT.resolve("target/bench-smoke.log");
    private static final Path REAL_REPORT = ROOT.resolve("BENCHMARKS.md");

    private static String report;
    private static byte[] realReportBefore;

    @BeforeAll
    static void runQuickBenchmark() throws Exception {
        Files.deleteIfExists(REPORT);
        realReportBefore = Files.exists(REAL_REPORT) ? Files.readAllBytes(REAL_REPORT) : null;
        Process run = new ProcessBuilder("bench/run", "--quick", "--out", REPORT.toString())
                .directory(ROOT.toFile())
                .redirectErrorStream(true)
                .redirectOutput(LOG.toFile())
                .start();
        boolean finished = run.waitFor(25, TimeUnit.MINUTES);   // ~2 min on a quiet machine; far more under load
        if (!finished) run.destroyForcibly();
        assertTrue(finished, "bench/run --quick did not finish in 25 minutes; log: " + LOG);
        assertEquals(0, run.exitValue(), () -> "bench/run --quick failed:\n" + tail(LOG));
        report = Files.readString(REPORT, StandardCharsets.UTF_8);
    }

    @Test
    void quickRunWritesEverySectionOfTheReport() {
        assertAll(List.of("## Machine", "## Conversion", "## Conversion: scaling", "## Validation", "## Rendering",
                        "## Start-up", "### Class-Data Sharing", "## How to reproduce").stream()
                .map(heading -> (org.junit.jupiter.api.function.Executable) () -> assertTrue(report.contains("\n" + heading + "\n"), "missing section " + heading)));
    }

    @Test
    void everyToolRowHasMeasuredFigures() {
        // tool rows: a plain first cell (the tool), then the command in backquotes
        Pattern toolRow = Pattern.compile("^\\| [^`|][^|]* \\| `[^`]+` \\| ");
        List<String> rows = report.lines().filter(l -> toolRow.matcher(l).find()).collect(Collectors.toList());
        assertTrue(rows.size() >= 24, "expected a row per measurement, found " + rows.size() + ":\n" + report);
        Pattern figure = Pattern.compile("\\| `[^`]+` \\| (\\d+\\.\\d+)");
        for (String row : rows) {
            Matcher m = figure.matcher(row);
            assertTrue(m.find(), "no measured wall time in row: " + row);
        }
        assertFalse(report.contains("not available"), "a section could not run:\n" + report);
    }

    @Test
    void reportStatesRatiosTargetsAndTheGrowthExponent() {
        assertAll(
                () -> assertTrue(Pattern.compile("\\d+\\.\\d× faster").matcher(report).find(), "no conversion/rendering ratio"),
                () -> assertTrue(Pattern.compile("≥ 2× jing: (yes|\\*\\*no\\*\\*)").matcher(report).find(), "no validation target"),
                () -> assertTrue(Pattern.compile("≥ 50×: (yes|\\*\\*no\\*\\*)").matcher(report).find(), "no per-file target"),
                () -> assertTrue(Pattern.compile("Growth exponent .*\\*\\*-?\\d+\\.\\d\\d\\*\\* on raw wall time").matcher(report).find(),
                        "no growth exponent"),
                () -> assertTrue(report.contains("| `nproc` | "), "no machine description"));
    }

    @Test
    void quickRunLeavesTheRealBenchmarksFileAlone() throws IOException {
        byte[] now = Files.exists(REAL_REPORT) ? Files.readAllBytes(REAL_REPORT) : null;
        assertTrue(java.util.Arrays.equals(realReportBefore, now), "bench/run --quick --out FILE touched BENCHMARKS.md");
    }

    private static String tail(Path log) {
        try {
            List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
        } catch (IOException e) {
            return "(no log: " + e + ")";
        }
    }
}
