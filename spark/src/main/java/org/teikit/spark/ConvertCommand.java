package org.teikit.spark;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.apache.spark.sql.SparkSession;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code teikit-spark convert}: options as {@code teikit convert}'s; the work is {@link ConvertJob}'s. */
@Command(name = "convert", mixinStandardHelpOptions = true,
        description = {"Convert transcriptions to TEI on Spark, as `teikit convert` does: one Parquet row per source"
                + " with the TEI, the family, and the fidelity word counts (--out DIR).",
                "Exit status: 0 every source converted, 2 a source failed (its row says why), or a usage or I/O error."})
final class ConvertCommand implements Callable<Integer> {
    @Parameters(paramLabel = "INPUT", arity = "1..*",
            description = "Sources, or folders searched recursively for *.txt (sorted): local paths or Hadoop URLs.")
    List<String> inputs = new ArrayList<>();

    @picocli.CommandLine.Mixin
    ClusterOptions cluster = new ClusterOptions();

    @Option(names = "--out", paramLabel = "DIR", required = true, description = "Parquet folder to write (must not exist).")
    String out;

    @Option(names = "--family", paramLabel = "NAME", description = "Convert every source as this family.")
    String family;

    @Option(names = "--encoding", paramLabel = "CHARSET", description = "Source encoding (default: UTF-8, strict).")
    Charset encoding = StandardCharsets.UTF_8;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        var err = spec.commandLine().getErr();
        SparkSession spark = Jobs.session(cluster.master, "teikit-spark convert");
        try {
            ConvertJob.Totals t = new ConvertJob(spark, new ConvertJob.Options(family, encoding, cluster.partitions)).run(inputs, out);
            err.println(t.sources() + " sources: " + t.converted() + " converted, " + t.failed() + " failed; "
                    + t.lostWords() + " words lost → " + out);
            return t.failed() == 0 ? TeikitSpark.OK : TeikitSpark.ERROR;
        } catch (IOException | IllegalArgumentException e) {
            err.println("teikit-spark convert: " + (e.getMessage() == null ? e.toString() : e.getMessage()));
            return TeikitSpark.ERROR;
        } finally {
            spark.stop();
        }
    }
}
