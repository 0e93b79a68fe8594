package org.teikit.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Duration;
import java.util.List;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;
import org.teikit.validate.FileResult;
import org.teikit.validate.Message;
import org.teikit.validate.MessageSource;
import org.teikit.validate.Severity;
import org.teikit.validate.Summary;

class PartitionTotalsTest {
    private final PartitionTotals totals = new PartitionTotals(LocalSpark.session().sparkContext());

    private static InputFile file(int i) {
        return new InputFile(i, "f" + i + ".xml", "file:/f" + i + ".xml", 10);
    }

    private static Row valid(int i) {
        return ValidationRows.of(file(i), 10, "00", new FileResult(file(i).name(), true, List.of(), false));
    }

    /** Invalid with two errors and a warning. */
    private static Row invalid(int i) {
        String name = file(i).name();
        List<Message> messages = List.of(new Message(name, 1, 1, Severity.ERROR, "a", MessageSource.GRAMMAR),
                new Message(name, 2, 1, Severity.ERROR, "b", MessageSource.GRAMMAR),
                new Message(name, 3, 1, Severity.WARNING, "c", MessageSource.SCHEMATRON));
        return ValidationRows.of(file(i), 10, "00", new FileResult(name, false, messages, false));
    }

    private static PartitionTotals.Counter counted(Row... rows) {
        PartitionTotals.Counter c = new PartitionTotals.Counter();
        for (Row r : rows) c.count(r);
        return c;
    }

    @Test
    void theTalliesOfAllPartitionsAreTheSummaryOfTheirRows() {
        totals.add(0, counted(valid(0), invalid(1)));
        totals.add(1, counted(invalid(2), ValidationRows.failed(file(3), 10, null, MessageSource.GRAMMAR, "why")));
        totals.add(2, counted());   // an empty partition

        Summary s = totals.summary(4, Duration.ofSeconds(2));

        assertEquals(new Summary(4, 1, 3, 5, 2, Duration.ofSeconds(2)), s);
    }

    @Test
    void aPartitionComputedTwiceCountsOnce() {
        totals.add(0, counted(valid(0), invalid(1)));
        totals.add(1, counted(invalid(2)));
        totals.add(0, counted(valid(0), invalid(1)));

        assertEquals(new Summary(3, 1, 2, 4, 2, Duration.ZERO), totals.summary(3, Duration.ZERO));
    }

    @Test
    void talliesThatMissAFileGiveNoSummary() {
        totals.add(0, counted(valid(0), invalid(1)));

        assertNull(totals.summary(3, Duration.ZERO), "a partition's tally is missing: the caller counts the rows");
    }
}
