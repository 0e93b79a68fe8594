package org.teikit.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.LongStream;
import org.apache.hadoop.conf.Configuration;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicOutputTest {
    private static final StructType NUMBERS = new StructType().add("n", DataTypes.LongType, false);
    private final SparkSession spark = LocalSpark.session();
    private final Configuration hadoop = spark.sparkContext().hadoopConfiguration();

    @TempDir
    Path dir;

    /** Ten tasks of ten rows; the task holding {@code failAt} (if any) throws after its other rows are written. */
    private Dataset<Row> numbers(long failAt) {
        List<Long> values = LongStream.range(0, 100).boxed().toList();
        var rows = JavaSparkContext.fromSparkContext(spark.sparkContext()).parallelize(values, 10).map(n -> {
            if (n == failAt) throw new IllegalStateException("task fails on " + n);
            return RowFactory.create(n);
        });
        return spark.createDataFrame(rows, NUMBERS);
    }

    @Test
    void aJobThatFailsLeavesNoOutputAndNothingBesideIt() throws Exception {
        Path out = dir.resolve("out");

        assertThrows(Exception.class, () -> AtomicOutput.writeParquet(numbers(95), out.toString(), hadoop));

        assertFalse(Files.exists(out), "no output folder");
        try (var left = Files.list(dir)) {
            assertEquals(List.of(), left.toList(), "no hidden partial folder beside it");
        }
    }

    @Test
    void aJobThatSucceedsLeavesTheOutputWithSuccessAndEveryRowOnce() throws Exception {
        Path out = dir.resolve("out");

        AtomicOutput.writeParquet(numbers(-1), out.toString(), hadoop);

        assertTrue(Files.exists(out.resolve(AtomicOutput.SUCCESS)));
        assertEquals(100, spark.read().parquet(out.toString()).distinct().count());
        try (var left = Files.list(dir)) {
            assertEquals(List.of(out), left.toList());
        }
    }

    @Test
    void readersRefuseAFolderWhoseJobDidNotCommit() throws Exception {
        Path out = dir.resolve("out");
        AtomicOutput.writeParquet(numbers(-1), out.toString(), hadoop);
        Files.delete(out.resolve(AtomicOutput.SUCCESS));

        IOException e = assertThrows(IOException.class, () -> ValidateJob.read(spark, out.toString()));
        assertTrue(e.getMessage().contains("not a complete job output"), e.getMessage());
        assertThrows(IOException.class, () -> ConvertJob.read(spark, out.toString()));
    }

    @Test
    void neverWritesOverAnExistingFolder() throws Exception {
        Path out = Files.createDirectory(dir.resolve("out"));
        Path kept = Files.writeString(out.resolve("kept.txt"), "mine");

        IOException e = assertThrows(IOException.class, () -> AtomicOutput.writeParquet(numbers(-1), out.toString(), hadoop));

        assertTrue(e.getMessage().contains("already exists"), e.getMessage());
        assertEquals("mine", Files.readString(kept));
    }
}
