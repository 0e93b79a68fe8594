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

    private Jobs() {}

    /**
     * A session on {@code master}; with none, the master {@code spark-submit} gave, else {@code local[*]}. Output is
     * committed with FileOutputCommitter's algorithm 1, under which nothing reaches the output folder before the job
     * commits (see {@link AtomicOutput}); the web UI is off unless asked for.
     */
    public static SparkSession session(String master, String appName) {
        SparkConf given = new SparkConf();
        SparkSession.Builder b = SparkSession.builder().appName(appName);
        if (master != null) b.master(master);
        else if (!given.contains("spark.master")) b.master("local[*]");
        if (!given.contains("spark.ui.enabled")) b.config("spark.ui.enabled", "false");
        b.config("spark.hadoop.mapreduce.fileoutputcommitter.algorithm.version", "1");
        return b.getOrCreate();
    }

    /**
     * The input in partitions of consecutive files (so rows come back in input order) holding about the same number
     * of bytes, so that a run of large files does not leave one core working while the others wait.
     */
    static JavaRDD<InputFile> partitioned(SparkSession spark, List<InputFile> files, int partitions) {
        JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
        int n = partitions > 0 ? partitions : Math.max(jsc.defaultParallelism() * 4,
                (files.size() + FILES_PER_TASK - 1) / FILES_PER_TASK);
        List<List<InputFile>> chunks = chunks(files, Math.max(1, Math.min(n, files.size())));
        return jsc.parallelize(chunks, Math.max(1, chunks.size())).flatMap(List::iterator);
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
