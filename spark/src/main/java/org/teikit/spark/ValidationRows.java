package org.teikit.spark;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.teikit.validate.FileResult;
import org.teikit.validate.Message;
import org.teikit.validate.MessageSource;
import org.teikit.validate.Severity;

/**
 * The rows of a validation job, one per input file, and their conversion to and from teikit's {@link FileResult}.
 * {@code verdict} is {@code valid}, {@code invalid} (as {@code teikit validate} says), or {@code failed}: no verdict
 * could be given (the file is too large to read, or the validator failed on it); its one fatal message says why.
 */
public final class ValidationRows {
    public static final String VALID = "valid", INVALID = "invalid", FAILED = "failed";

    public static final StructType MESSAGE = new StructType()
            .add("line", DataTypes.IntegerType, false)
            .add("column", DataTypes.IntegerType, false)
            .add("severity", DataTypes.StringType, false)
            .add("source", DataTypes.StringType, false)
            .add("text", DataTypes.StringType, false);

    public static final StructType SCHEMA = new StructType()
            .add("index", DataTypes.LongType, false)
            .add("path", DataTypes.StringType, false)
            .add("bytes", DataTypes.LongType, false)
            .add("sha256", DataTypes.StringType, true)   // null when the file was not read
            .add("verdict", DataTypes.StringType, false)
            .add("truncated", DataTypes.BooleanType, false)
            .add("errors", DataTypes.LongType, false)
            .add("warnings", DataTypes.LongType, false)
            .add("messages", DataTypes.createArrayType(MESSAGE, false), false);

    private ValidationRows() {}

    static Row of(InputFile file, long bytes, String sha256, FileResult r) {
        return row(file, bytes, sha256, r.valid() ? VALID : INVALID, r);
    }

    /** A file without a verdict: {@code why} is its one (fatal) message. */
    static Row failed(InputFile file, long bytes, String sha256, MessageSource source, String why) {
        FileResult r = new FileResult(file.name(), false,
                List.of(new Message(file.name(), -1, -1, Severity.FATAL, why, source)), false);
        return row(file, bytes, sha256, FAILED, r);
    }

    private static Row row(InputFile file, long bytes, String sha256, String verdict, FileResult r) {
        List<Row> messages = new ArrayList<>(r.messages().size());
        for (Message m : r.messages()) {
            messages.add(RowFactory.create(m.line(), m.column(), m.severity().label(), m.source().label(), m.text()));
        }
        return RowFactory.create(file.index(), file.name(), bytes, sha256, verdict, r.truncated(), r.errorCount(),
                r.warningCount(), messages.toArray(Row[]::new));
    }

    /** The result {@code teikit validate} reports for the file of this row. */
    public static FileResult toResult(Row row) {
        String file = row.getAs("path");
        List<Row> rows = row.getList(row.fieldIndex("messages"));
        List<Message> messages = new ArrayList<>(rows.size());
        for (Row m : rows) {
            messages.add(new Message(file, m.getInt(0), m.getInt(1), upper(Severity.class, m.getString(2)),
                    m.getString(4), upper(MessageSource.class, m.getString(3))));
        }
        return new FileResult(file, VALID.equals(row.getAs("verdict")), messages, row.getAs("truncated"));
    }

    private static <E extends Enum<E>> E upper(Class<E> type, String label) {
        return Enum.valueOf(type, label.toUpperCase(Locale.ROOT));
    }
}
