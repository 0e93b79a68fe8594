package org.teikit.spark;

import java.io.IOException;
import java.nio.charset.Charset;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.teikit.source.SourceText;

/**
 * {@code teikit-spark convert}: transcriptions converted to TEI on the executors with teikit's library, one row per
 * source ({@link ConversionRows}: the TEI as a column, the family, the fidelity counts), written as Parquet.
 */
public final class ConvertJob {
    /** @param family null: teikit chooses per source; @param partitions 0: the job chooses */
    public record Options(String family, Charset encoding, int partitions) {}

    /** What a conversion run did. */
    public record Totals(long sources, long converted, long failed, long lostWords) {}

    private final SparkSession spark;
    private final Options options;

    public ConvertJob(SparkSession spark, Options options) {
        this.spark = spark;
        this.options = options;
    }

    /** Sources: files as given, folders searched recursively for {@code *.txt} (sorted). */
    public List<InputFile> list(List<String> inputs) throws IOException {
        return Inputs.list(inputs, ".txt", spark.sparkContext().hadoopConfiguration());
    }

    public Dataset<Row> rows(List<InputFile> files) {
        if (options.family() != null && org.teikit.convert.Converter.standard().family(options.family()).isEmpty()) {
            throw new IllegalArgumentException("unknown family '" + options.family() + "'; known: "
                    + String.join(", ", org.teikit.convert.Converter.standard().names()));
        }
        BoundedReader reader = new BoundedReader(SourceText.MAX_BYTES, Jobs.hadoopSettings(spark));
        ConvertPartition task = new ConvertPartition(options.family(), options.encoding(), reader);
        return spark.createDataFrame(Jobs.partitioned(spark, files, options.partitions()).mapPartitions(task),
                ConversionRows.SCHEMA);
    }

    /** Converts {@code inputs} into the Parquet folder {@code out}, complete or absent. */
    public Totals run(List<String> inputs, String out) throws IOException {
        AtomicOutput.writeParquet(rows(list(inputs)), out, spark.sparkContext().hadoopConfiguration());
        return totals(read(spark, out));
    }

    public static Dataset<Row> read(SparkSession spark, String dir) throws IOException {
        AtomicOutput.requireComplete(dir, spark.sparkContext().hadoopConfiguration());
        return spark.read().schema(ConversionRows.SCHEMA).parquet(dir);
    }

    private static Totals totals(Dataset<Row> rows) {
        Row t = rows.selectExpr("count(*)", "count_if(status = 'converted')", "coalesce(sum(lost_words), 0)").first();
        return new Totals(t.getLong(0), t.getLong(1), t.getLong(0) - t.getLong(1), t.getLong(2));
    }
}
