package org.teikit.spark;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Iterator;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.teikit.tei.AtomicFiles;
import org.teikit.validate.SchemaException;
import org.teikit.validate.Schemas;
import org.teikit.validate.Summary;
import org.teikit.validate.report.ReportFormat;
import org.teikit.validate.report.ReportWriter;

/**
 * {@code teikit-spark validate}: the files validated on the executors with teikit's library, one row per file
 * ({@link ValidationRows}), written as Parquet and/or as the JSON report {@code teikit validate --format json} gives.
 */
public final class ValidateJob {
    /**
     * @param maxMessages  messages kept per file ({@code --max-errors})
     * @param maxFileBytes larger files are not read: their row says so ({@code --max-file-size})
     * @param partitions   tasks; 0 lets the job choose
     */
    public record Options(SchemaOptions schemas, int maxMessages, long maxFileBytes, int partitions) {
        public static final long DEFAULT_MAX_FILE_BYTES = 64L << 20;
    }

    private final SparkSession spark;
    private final Options options;

    public ValidateJob(SparkSession spark, Options options) {
        this.spark = spark;
        this.options = options;
    }

    /**
     * Starts compiling the schemas on the driver, before the session exists: tei_all takes seconds, as long as Spark's
     * start. In local mode the tasks use this compilation; when every input is a local path it is narrowed to their
     * element names as {@code teikit validate}'s is (see {@link SchemaOptions#compile(List)}).
     */
    public static void compileEarly(SchemaOptions schemas, List<String> inputs) {
        long started = System.nanoTime();
        SharedSchemas.startCompiling(schemas, () -> {
            try {
                return compileFor(schemas, inputs);
            } finally {
                Timings.side("schema compile (driver)", started);
            }
        });
    }

    private static Schemas compileFor(SchemaOptions schemas, List<String> inputs) throws SchemaException {
        List<Path> local = new java.util.ArrayList<>();
        for (String input : inputs) {
            if (Inputs.isUrl(input)) return schemas.compile();
            try {
                local.addAll(org.teikit.validate.Batch.collect(List.of(Path.of(input))));
            } catch (IOException e) {
                return schemas.compile();   // the job's own listing reports it
            }
        }
        return schemas.compile(local);
    }

    /** The inputs, listed on the driver in the command line's order, with its names. */
    public List<InputFile> list(List<String> inputs) throws IOException {
        return Inputs.list(inputs, ".xml", hadoop());
    }

    /**
     * The rows of {@code files}, computed when an action asks for them. The schemas are compiled here first, so that
     * a broken schema ends the run before any task (in local mode the tasks then share this compilation).
     */
    public Dataset<Row> rows(List<InputFile> files) throws SchemaException {
        return rows(files, new PartitionTotals(spark.sparkContext()));
    }

    /** The rows, their totals counted into {@code totals} as the tasks make them. */
    private Dataset<Row> rows(List<InputFile> files, PartitionTotals totals) throws SchemaException {
        SharedSchemas.get(options.schemas());
        Timings.mark("wait for the schemas");
        if (!Jobs.isLocal(spark)) options.schemas().shipTo(spark.sparkContext());
        BoundedReader reader = new BoundedReader(options.maxFileBytes(), Jobs.hadoopSettings(spark));
        ValidatePartition task = new ValidatePartition(options.schemas(), options.maxMessages(), reader, totals);
        return spark.createDataFrame(Jobs.partitioned(spark, files, options.partitions()).mapPartitions(task),
                ValidationRows.SCHEMA);
    }

    /**
     * Validates {@code inputs}; writes the rows to {@code parquetDir} and/or the JSON report to {@code jsonReport}
     * (either may be null, not both). Each output is complete or absent.
     */
    public Summary run(List<String> inputs, String parquetDir, Path jsonReport) throws IOException, SchemaException {
        if (parquetDir == null && jsonReport == null) throw new IllegalArgumentException("no output asked for");
        if (parquetDir == null && !Jobs.isLocal(spark)) {
            throw new IllegalArgumentException("on a cluster the report needs --out DIR too, a folder every executor"
                    + " can write (hdfs://, s3a:// …): the rows are written there and read back in order");
        }
        List<InputFile> files = list(inputs);
        Timings.mark("list " + files.size() + " inputs");
        PartitionTotals totals = new PartitionTotals(spark.sparkContext());
        Dataset<Row> rows = rows(files, totals);
        long start = System.nanoTime();
        String dir = parquetDir;
        Path scratch = null;
        if (dir == null) {   // the report alone: rows go to a scratch folder, read back in input order
            scratch = Files.createTempDirectory("teikit-spark-rows");
            dir = scratch.resolve("rows").toUri().toString();
        }
        try {
            AtomicOutput.writeParquet(rows, dir, hadoop());
            Timings.mark("validate + write Parquet");
            Duration time = Duration.ofNanos(System.nanoTime() - start);
            Summary s = jsonReport != null ? writeJson(dir, jsonReport, time) : totals.summary(files.size(), time);
            if (s == null) s = summary(dir, time);   // the tallies missed a partition: count the rows written
            Timings.mark(jsonReport != null ? "JSON report" : "summary");
            return s;
        } finally {
            if (scratch != null) deleteTree(scratch);
        }
    }

    /** The rows of a finished job's output folder; refused when the job did not complete. */
    public static Dataset<Row> read(SparkSession spark, String dir) throws IOException {
        AtomicOutput.requireComplete(dir, spark.sparkContext().hadoopConfiguration());
        return spark.read().schema(ValidationRows.SCHEMA).parquet(dir);
    }

    private Summary writeJson(String dir, Path report, Duration time) throws IOException {
        Iterator<Row> inOrder = read(spark, dir).orderBy("index").toLocalIterator();
        Summary[] summary = {Summary.EMPTY};
        AtomicFiles.write(report, stream -> {
            Writer w = new BufferedWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8));
            ReportWriter json = ReportWriter.of(ReportFormat.JSON, w);
            json.begin();
            while (inOrder.hasNext()) {
                var result = ValidationRows.toResult(inOrder.next());
                json.file(result);
                summary[0] = summary[0].plus(result);
            }
            summary[0] = summary[0].withTime(time);
            json.end(summary[0]);
            w.flush();
        });
        return summary[0];
    }

    /** The totals of the rows in {@code dir}, counted by a second job. */
    private Summary summary(String dir, Duration time) throws IOException {
        Row totals = read(spark, dir).selectExpr("count(*)", "count_if(verdict = 'valid')",
                "coalesce(sum(errors), 0)", "coalesce(sum(warnings), 0)").first();
        int files = (int) totals.getLong(0), valid = (int) totals.getLong(1);
        return new Summary(files, valid, files - valid, totals.getLong(2), totals.getLong(3), time);
    }

    private Configuration hadoop() {
        return spark.sparkContext().hadoopConfiguration();
    }

    private static void deleteTree(Path dir) throws IOException {
        try (var walk = Files.walk(dir)) {
            for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) Files.deleteIfExists(p);
        }
    }
}
