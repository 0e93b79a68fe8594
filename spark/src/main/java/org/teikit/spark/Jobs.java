package org.teikit.spark;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.SparkSession;
import scala.Tuple2;

/** What the jobs share: the session they run in, how files are spread over tasks, the settings executors need. */
public final class Jobs {
    /** Files per task when nothing else decides: small enough to balance two cores, large enough to cost little. */
    static final int FILES_PER_TASK = 200;
    /** Tasks per core in local mode: two, so that a core that finishes its first early takes another. */
    static final int LOCAL_TASKS_PER_CORE = 2;

    private Jobs() {}

    /**
     * A session on {@code master}; with none, the master {@code spark-submit} gave, else {@code local[*]}. Output is
     * committed with FileOutputCommitter's algorithm 1, under which nothing reaches the output folder before the job
     * commits (see {@link AtomicOutput}); the web UI is off unless asked for. The jobs' plans are a scan of made rows
     * and a write, where generated code saves nothing per row and compiling it (Janino, then the JIT on Janino)
     * costs a few tenths of a second of CPU per job: rows are projected by Spark's interpreted code unless the user
     * configured code generation.
     */
    public static SparkSession session(String master, String appName) {
        SparkConf given = new SparkConf();
        SparkSession.Builder b = SparkSession.builder().appName(appName);
        if (master != null) b.master(master);
        else if (!given.contains("spark.master")) b.master("local[*]");
        if (!given.contains("spark.ui.enabled")) b.config("spark.ui.enabled", "false");
        if (!given.contains("spark.ui.showConsoleProgress")) b.config("spark.ui.showConsoleProgress", "false");
        if (!given.contains("spark.sql.codegen.wholeStage")) b.config("spark.sql.codegen.wholeStage", "false");
        if (!given.contains("spark.sql.codegen.factoryMode")) b.config("spark.sql.codegen.factoryMode", "NO_CODEGEN");
        b.config("spark.hadoop.mapreduce.fileoutputcommitter.algorithm.version", "1");
        return b.getOrCreate();
    }

    /**
     * The input in partitions of consecutive files (so rows come back in input order) holding about the same number
     * of bytes, so that a run of large files does not leave one core working while the others wait. On a cluster,
     * at least 4 per core and about {@link #FILES_PER_TASK} files each, so that a lost executor costs little to redo;
     * in local mode, where a task is not retried, {@link #LOCAL_TASKS_PER_CORE} per core, as each task costs a Parquet
     * file and its commit.
     */
    static JavaRDD<InputFile> partitioned(SparkSession spark, List<InputFile> files, int partitions) {
        JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
        int n = partitions > 0 ? partitions : defaultPartitions(jsc.defaultParallelism(), isLocal(spark), files.size());
        List<List<InputFile>> chunks = chunks(files, Math.max(1, Math.min(n, files.size())));
        return jsc.parallelize(chunks, Math.max(1, chunks.size())).flatMap(List::iterator);
    }

    static int defaultPartitions(int cores, boolean local, int files) {
        if (local) return cores * LOCAL_TASKS_PER_CORE;
        return Math.max(cores * 4, (files + FILES_PER_TASK - 1) / FILES_PER_TASK);
    }

    /** {@code files} cut into at most {@code n} consecutive runs of about equal size (a file costs at least 1 kB). */
    static List<List<InputFile>> chunks(List<InputFile> files, int n) {
        long total = 0;
        for (InputFile f : files) total += weight(f);
        List<List<InputFile>> chunks = new ArrayList<>(n);
        List<InputFile> chunk = new ArrayList<>();
        long done = 0;
        for (InputFile f : files) {
            chunk.add(f);
            done += weight(f);
            if (done * n >= total * (chunks.size() + 1) && chunks.size() < n - 1) {
                chunks.add(chunk);
                chunk = new ArrayList<>();
            }
        }
        if (!chunk.isEmpty()) chunks.add(chunk);
        return chunks;
    }

    private static long weight(InputFile f) {
        return Math.max(f.size(), 1024);
    }

    /** The driver's {@code spark.hadoop.*} settings without the prefix, for executors' Hadoop file systems. */
    static Map<String, String> hadoopSettings(SparkSession spark) {
        Map<String, String> settings = new HashMap<>();
        for (Tuple2<String, String> e : spark.sparkContext().getConf().getAllWithPrefix("spark.hadoop.")) {
            settings.put(e._1(), e._2());
        }
        return settings;
    }

    static boolean isLocal(SparkSession spark) {
        return spark.sparkContext().isLocal();
    }
}
