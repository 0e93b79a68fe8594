package org.teikit.spark;

import java.io.IOException;
import java.net.URI;
import java.util.Iterator;
import org.apache.spark.TaskContext;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.sql.Row;
import org.teikit.digest.Sha256;
import org.teikit.validate.FileResult;
import org.teikit.validate.MessageSource;
import org.teikit.validate.SchemaException;
import org.teikit.validate.Schemas;
import org.teikit.validate.Validator;

/**
 * Validates the files of one partition on an executor: one row per file, whatever happens to the file, so that a
 * malformed file, one the validator fails on, or one too large to read is a row with its reason and the job goes on.
 * Rows are made as they are asked for; one file's bytes are held at a time per task.
 */
final class ValidatePartition implements FlatMapFunction<Iterator<InputFile>, Row> {
    private final SchemaOptions schemas;
    private final int maxMessages;
    private final BoundedReader reader;
    private final PartitionTotals totals;

    ValidatePartition(SchemaOptions schemas, int maxMessages, BoundedReader reader, PartitionTotals totals) {
        this.schemas = schemas;
        this.maxMessages = maxMessages;
        this.reader = reader;
        this.totals = totals;
    }

    @Override
    public Iterator<Row> call(Iterator<InputFile> files) throws SchemaException {
        Schemas compiled = SharedSchemas.get(schemas);
        int partition = TaskContext.getPartitionId();
        return new Iterator<>() {
            private Validator validator = compiled.newValidator(maxMessages);
            private final PartitionTotals.Counter counter = new PartitionTotals.Counter();
            private boolean counted;

            @Override
            public boolean hasNext() {
                boolean more = files.hasNext();
                if (!more && !counted) {   // every row of the partition made: its tally goes back with the task
                    counted = true;
                    totals.add(partition, counter);
                }
                return more;
            }

            @Override
            public Row next() {
                return counter.count(row(files.next()));
            }

            private Row row(InputFile file) {
                byte[] bytes;
                try {
                    bytes = reader.read(file);
                } catch (BoundedReader.TooLarge e) {
                    return ValidationRows.failed(file, e.size, null, MessageSource.WELLFORMEDNESS, "file is " + e.size
                            + " bytes; teikit-spark validates files of up to " + reader.limit() + " bytes"
                            + " (--max-file-size): validate it with teikit validate, which streams it");
                } catch (IOException e) {
                    return ValidationRows.failed(file, file.size(), null, MessageSource.WELLFORMEDNESS,
                            "cannot read file: " + e);
                }
                String sha256 = Sha256.hex(bytes);
                try {
                    FileResult r = validator.validate(bytes, file.name(), URI.create(file.uri()));
                    return ValidationRows.of(file, bytes.length, sha256, r);
                } catch (SchemaException | RuntimeException | StackOverflowError e) {
                    // the validator may be left mid-document: the next file gets a fresh one
                    validator = compiled.newValidator(maxMessages);
                    return ValidationRows.failed(file, bytes.length, sha256, MessageSource.GRAMMAR,
                            "no verdict: the validator failed on this file: " + e.getMessage());
                }
            }
        };
    }
}
