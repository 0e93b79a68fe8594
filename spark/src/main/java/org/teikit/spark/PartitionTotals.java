package org.teikit.spark;

import java.io.Serializable;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.apache.spark.SparkContext;
import org.apache.spark.sql.Row;
import org.apache.spark.util.CollectionAccumulator;
import org.teikit.validate.Summary;

/**
 * A validation job's totals, counted by its tasks as they make their rows and sent back with the tasks' results (a
 * Spark accumulator), so that the summary needs no second job reading the rows back. Each task that has made all its
 * rows adds one {@link Tally} for its partition; the driver keeps one per partition (a partition computed twice, as a
 * re-run stage may, counts once) and uses the totals only when they cover every input file.
 */
final class PartitionTotals implements Serializable {
    /** One partition's rows, counted as the summary query over them would count them. */
    record Tally(int partition, long files, long valid, long errors, long warnings) implements Serializable {}

    private final CollectionAccumulator<Tally> tallies;

    PartitionTotals(SparkContext spark) {
        tallies = spark.collectionAccumulator("teikit-spark validate totals");
    }

    /** Counts the rows of one partition; {@link #add} it when the partition's last row is made. */
    static final class Counter {
        // the rows made in a task have no schema of their own: their fields by position
        private static final int VERDICT = ValidationRows.SCHEMA.fieldIndex("verdict"),
                ERRORS = ValidationRows.SCHEMA.fieldIndex("errors"), WARNINGS = ValidationRows.SCHEMA.fieldIndex("warnings");
        private long files, valid, errors, warnings;

        Row count(Row row) {
            files++;
            if (ValidationRows.VALID.equals(row.getString(VERDICT))) valid++;
            errors += row.getLong(ERRORS);
            warnings += row.getLong(WARNINGS);
            return row;
        }
    }

    void add(int partition, Counter c) {
        tallies.add(new Tally(partition, c.files, c.valid, c.errors, c.warnings));
    }

    /** The totals of a finished job of {@code files} rows, or null when its tallies do not account for every one. */
    Summary summary(long files, Duration time) {
        Map<Integer, Tally> byPartition = new HashMap<>();
        for (Tally t : tallies.value()) byPartition.putIfAbsent(t.partition(), t);   // value(): a copy
        long n = 0, valid = 0, errors = 0, warnings = 0;
        for (Tally t : byPartition.values()) {
            n += t.files();
            valid += t.valid();
            errors += t.errors();
            warnings += t.warnings();
        }
        if (n != files) return null;
        return new Summary((int) n, (int) valid, (int) (n - valid), errors, warnings, time);
    }
}
