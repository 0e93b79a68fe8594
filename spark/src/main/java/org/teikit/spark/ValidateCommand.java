package org.teikit.spark;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.apache.spark.sql.SparkSession;
import org.teikit.validate.SchemaException;
import org.teikit.validate.Summary;
import org.teikit.validate.Validator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code teikit-spark validate}: options as {@code teikit validate}'s; the work is {@link ValidateJob}'s. */
@Command(name = "validate", mixinStandardHelpOptions = true,
        description = {"Validate TEI files on Spark, as `teikit validate` does: one row per file (path, bytes, sha256,"
                + " verdict, messages) in Parquet (--out DIR) and/or the JSON report of `teikit validate --format json`.",
                "Exit status: 0 all valid, 1 some invalid or without a verdict, 2 usage, I/O or schema error."})
final class ValidateCommand implements Callable<Integer> {
    @Parameters(paramLabel = "INPUT", arity = "1..*",
            description = "Files, or folders searched recursively for *.xml (sorted): local paths or Hadoop URLs"
                    + " (hdfs://, s3a:// with its connector on the class path, file:/).")
    List<String> inputs = new ArrayList<>();

    @picocli.CommandLine.Mixin
    ClusterOptions cluster = new ClusterOptions();

    @Option(names = "--schema", paramLabel = "FILE", description = "Schema for every file (.rng, .rnc, .sch); repeatable.")
    List<String> schemas = new ArrayList<>();

    @Option(names = "--catalog", paramLabel = "FILE", description = "OASIS XML catalog mapping schema URLs to files; repeatable.")
    List<String> catalogs = new ArrayList<>();

    @Option(names = "--no-schematron", description = "Skip Schematron (separate and embedded in RELAX NG).")
    boolean noSchematron;

    @Option(names = "--schematron-cache", paramLabel = "DIR",
            description = "Keep SchXslt's output here on each machine between runs (default: teikit validate's, schematron/"
                    + " in $TEIKIT_CACHE, else $XDG_CACHE_HOME/teikit, else ~/.cache/teikit; \"off\" for none).")
    String schematronCache = defaultCache();

    @Option(names = "--out", paramLabel = "DIR", description = "Write the rows as Parquet to DIR (must not exist).")
    String out;

    @Option(names = "--format", paramLabel = "FORMAT", description = "json: also write teikit validate's JSON report to -o FILE.")
    String format;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Where --format json writes the report.")
    Path output;

    @Option(names = "--max-errors", paramLabel = "N", description = "Messages kept per file (default: ${DEFAULT-VALUE}).")
    int maxErrors = Validator.DEFAULT_MAX_MESSAGES;

    @Option(names = "--max-file-size", paramLabel = "MIB",
            description = "Larger files are not read; their row says so (default: ${DEFAULT-VALUE} MiB).")
    long maxFileMiB = ValidateJob.Options.DEFAULT_MAX_FILE_BYTES >> 20;

    @Option(names = "--timings", description = "Print where the run's time goes (wall and CPU per phase) to standard error.")
    boolean timings;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        var err = spec.commandLine().getErr();
        if (timings) Timings.enable();
        if (format != null && !format.equals("json")) return usage("--format takes json (Parquet is --out DIR)");
        if ((format == null) != (output == null)) return usage("--format json and -o FILE go together");
        if (out == null && output == null) return usage("give --out DIR, --format json -o FILE, or both");
        if (maxErrors < 1 || maxFileMiB < 1 || cluster.partitions < 0) return usage("--max-errors and --max-file-size must be at least 1, --partitions at least 0");
        String cache = "off".equals(schematronCache) ? null : schematronCache;
        SchemaOptions schemaOptions = new SchemaOptions(schemas, catalogs, !noSchematron, cache);
        ValidateJob.Options options = new ValidateJob.Options(schemaOptions, maxErrors, maxFileMiB << 20, cluster.partitions);
        ValidateJob.compileEarly(schemaOptions, inputs);   // beside the session's start
        SparkSession spark = Jobs.session(cluster.master, "teikit-spark validate");
        Timings.mark("Spark session");
        try {
            Summary summary = new ValidateJob(spark, options).run(inputs, out, output);
            err.println(summary);
            return summary.allValid() ? TeikitSpark.OK : TeikitSpark.INVALID;
        } catch (SchemaException | IOException | IllegalArgumentException e) {
            err.println("teikit-spark validate: " + (e.getMessage() == null ? e.toString() : e.getMessage()));
            return TeikitSpark.ERROR;
        } finally {
            spark.stop();
            Timings.mark("session stop");
        }
    }

    /** teikit validate's rule for its cache folder, so that both reuse one compiled tei_all. */
    private static String defaultCache() {
        String own = System.getenv("TEIKIT_CACHE"), xdg = System.getenv("XDG_CACHE_HOME"), home = System.getProperty("user.home");
        if (own != null && !own.isBlank()) return own.equals("off") ? null : own + "/schematron";
        if (xdg != null && xdg.startsWith("/")) return xdg + "/teikit/schematron";
        return home == null || home.isBlank() || home.equals("?") ? null : home + "/.cache/teikit/schematron";
    }

    private int usage(String message) {
        spec.commandLine().getErr().println("teikit-spark validate: " + message);
        return TeikitSpark.ERROR;
    }
}
