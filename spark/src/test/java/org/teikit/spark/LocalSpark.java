package org.teikit.spark;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.spark.sql.SparkSession;
import org.teikit.cli.TeikitCommand;

/** What the tests share: one local[2] session per test JVM, the repository, tei_all, and the command line to compare with. */
final class LocalSpark {
    private LocalSpark() {}

    static synchronized SparkSession session() {
        return Jobs.session("local[2]", "teikit-spark tests");
    }

    /** The repository's root (surefire and failsafe set teikit.root). */
    static Path root() {
        String root = System.getProperty("teikit.root");
        if (root == null) fail("system property teikit.root is not set (spark/pom.xml sets it)");
        return Path.of(root).toAbsolutePath().normalize();
    }

    /** tei_all.rng beside the clone, never copied (spark/pom.xml sets teikit.shared). */
    static Path teiAll() {
        String shared = System.getProperty("teikit.shared");
        if (shared == null) fail("system property teikit.shared is not set (spark/pom.xml sets it)");
        Path rng = Path.of(shared, "tei", "tei_all.rng");
        assertTrue(Files.isRegularFile(rng), "tei_all.rng missing at " + rng + ": the tests need ../shared beside the clone");
        return rng;
    }

    /** The main module's TEI fixtures, valid and invalid. */
    static Path corpus() {
        return root().resolve("src/test/resources/corpus");
    }

    /** What {@code teikit ARGS...} prints on standard output, and its exit status. */
    record Cli(int status, String out, String err) {}

    static Cli teikit(List<String> args) {
        StringWriter out = new StringWriter(), err = new StringWriter();
        var cl = TeikitCommand.commandLine(args);
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        int status = cl.execute(args.toArray(String[]::new));
        return new Cli(status, out.toString(), err.toString());
    }

    /** A JSON report without its one timing figure, the only part two runs may differ in. */
    static String withoutSeconds(String json) {
        return json.replaceAll(",\"seconds\":[0-9.E-]+", "");
    }
}
