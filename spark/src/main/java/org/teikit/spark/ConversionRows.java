package org.teikit.spark;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.teikit.convert.Conversion;
import org.teikit.fidelity.Counts;
import org.teikit.fidelity.FidelityReport;

/**
 * The rows of a conversion job, one per source: the TEI {@code teikit convert} writes for it (with its provenance
 * stamp), the family chosen and why, and the fidelity check's word counts (what {@code teikit diff} prints).
 * {@code status} is {@code converted} or {@code failed}, with {@code error} saying why (position included).
 */
public final class ConversionRows {
    public static final String CONVERTED = "converted", FAILED = "failed";

    static final StructType WORDS = new StructType()
            .add("text", DataTypes.IntegerType, false)
            .add("notes", DataTypes.IntegerType, false)
            .add("furniture", DataTypes.IntegerType, false)
            .add("editorial", DataTypes.IntegerType, false);

    public static final StructType SCHEMA = new StructType()
            .add("index", DataTypes.LongType, false)
            .add("path", DataTypes.StringType, false)
            .add("bytes", DataTypes.LongType, false)
            .add("sha256", DataTypes.StringType, true)
            .add("status", DataTypes.StringType, false)
            .add("family", DataTypes.StringType, true)
            .add("reason", DataTypes.StringType, true)
            .add("tei", DataTypes.StringType, true)
            .add("source_words", WORDS, true)
            .add("tei_words", WORDS, true)
            .add("lost_words", DataTypes.IntegerType, true)
            .add("added_words", DataTypes.IntegerType, true)
            .add("moved_runs", DataTypes.IntegerType, true)
            .add("warnings", DataTypes.createArrayType(DataTypes.StringType, false), false)
            .add("error", DataTypes.StringType, true);

    private ConversionRows() {}

    static Row converted(InputFile file, long bytes, String sha256, Conversion c, byte[] tei, FidelityReport f,
                         List<String> warnings) {
        return RowFactory.create(file.index(), file.name(), bytes, sha256, CONVERTED, c.family(), c.reason(),
                new String(tei, StandardCharsets.UTF_8), words(f.source()), words(f.tei()), f.lostWords(),
                f.addedWords(), f.moved().size(), warnings.toArray(String[]::new), null);
    }

    static Row failed(InputFile file, long bytes, String sha256, String error) {
        return RowFactory.create(file.index(), file.name(), bytes, sha256, FAILED, null, null, null, null, null, null,
                null, null, new String[0], error);
    }

    private static Row words(Counts c) {
        return RowFactory.create(c.text(), c.notes(), c.furniture(), c.editorial());
    }
}
