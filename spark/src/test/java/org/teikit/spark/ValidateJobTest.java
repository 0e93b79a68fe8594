package org.teikit.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.teikit.digest.Sha256;
import org.teikit.validate.SchemaException;
import org.teikit.validate.Summary;
import org.teikit.validate.Validator;

class ValidateJobTest {
    private final SparkSession spark = LocalSpark.session();

    @TempDir
    Path dir;

    private ValidateJob job(List<String> schemas, boolean schematron) {
        return new ValidateJob(spark, new ValidateJob.Options(new SchemaOptions(schemas, List.of(), schematron, null),
                Validator.DEFAULT_MAX_MESSAGES, ValidateJob.Options.DEFAULT_MAX_FILE_BYTES, 0));
    }

    private Map<String, Row> rowsByPath(String out) throws Exception {
        return ValidateJob.read(spark, out).collectAsList().stream().collect(Collectors.toMap(r -> r.getAs("path"), r -> r));
    }

    @Test
    void jsonReportIsTeikitValidatesOnTheSameFilesWithTeiAllAndItsSchematron() throws Exception {
        Path malformed = Files.writeString(dir.resolve("malformed.xml"), "<TEI xmlns='http://www.tei-c.org/ns/1.0'>\n<teiHeader>\n");
        String tei = LocalSpark.teiAll().toString(), corpus = LocalSpark.corpus().toString();
        Path sparkJson = dir.resolve("spark.json"), cliJson = dir.resolve("cli.json");

        Summary summary = job(List.of(tei), true).run(List.of(corpus, malformed.toString()), null, sparkJson);
        LocalSpark.Cli cli = LocalSpark.teikit(List.of("validate", "--no-cache", "--jobs", "2", "--schema", tei,
                "--format", "json", "-o", cliJson.toString(), corpus, malformed.toString()));

        assertEquals(1, cli.status(), cli.err());
        String expected = Files.readString(cliJson);
        assertTrue(expected.contains("\"valid\":true") && expected.contains("\"valid\":false")
                && expected.contains("\"severity\":\"fatal\"") && expected.contains("\"source\":\"schematron\""),
                "the fixtures give valid files, invalid ones, a fatal error and Schematron messages");
        assertEquals(LocalSpark.withoutSeconds(expected), LocalSpark.withoutSeconds(Files.readString(sparkJson)));
        assertFalse(summary.allValid());
    }

    @Test
    void eachRowHasThePathBytesSha256VerdictAndMessagesWithTheirPositions() throws Exception {
        Path valid = LocalSpark.corpus().resolve("valid").toFile().listFiles()[0].toPath();
        Path invalid = Files.writeString(dir.resolve("invalid.xml"),
                "<TEI xmlns='http://www.tei-c.org/ns/1.0'>\n  <text/>\n</TEI>\n");
        String out = dir.resolve("rows").toString();

        job(List.of(LocalSpark.teiAll().toString()), false).run(List.of(valid.toString(), invalid.toString()), out, null);

        Map<String, Row> rows = rowsByPath(out);
        Row v = rows.get(valid.toString()), i = rows.get(invalid.toString());
        assertEquals(Files.size(valid), (long) v.getAs("bytes"));
        assertEquals(Sha256.hex(Files.readAllBytes(valid)), v.getAs("sha256"));
        assertEquals("valid", v.getAs("verdict"));
        assertEquals(0, v.getList(v.fieldIndex("messages")).size());
        assertEquals("invalid", i.getAs("verdict"));
        Row first = (Row) i.getList(i.fieldIndex("messages")).get(0);
        assertEquals(2, first.getInt(0), "line");
        assertTrue(first.getInt(1) > 0, "column");
        assertEquals("error", first.getString(2));
        assertEquals("grammar", first.getString(3));
        assertTrue(first.getString(4).contains("text"), first.getString(4));
        long errors = i.getList(i.fieldIndex("messages")).stream().filter(m -> ((Row) m).getString(2).equals("error")).count();
        assertTrue(errors > 0);
        assertEquals(errors, (long) i.getAs("errors"));
    }

    @Test
    void aFileTheValidatorFailsOnAndAMalformedOneAreRowsAndTheJobGoesOn() throws Exception {
        // Jing accepts a length facet on a year, then fails (ClassCastException) on the first value it checks
        Path schema = Files.writeString(dir.resolve("year.rng"), """
                <grammar xmlns="http://relaxng.org/ns/structure/1.0"
                         datatypeLibrary="http://www.w3.org/2001/XMLSchema-datatypes">
                  <start><element name="d"><attribute name="when">
                    <data type="gYear"><param name="maxLength">4</param></data>
                  </attribute><empty/></element></start>
                </grammar>
                """);
        Path throwing = Files.writeString(dir.resolve("a-throws.xml"), "<d\n  when='1944'/>\n");
        Path malformed = Files.writeString(dir.resolve("b-malformed.xml"), "<d when='1944'\n");
        Path invalid = Files.writeString(dir.resolve("c-invalid.xml"), "<d/>\n");
        String out = dir.resolve("rows").toString();

        Summary s = job(List.of(schema.toString()), false).run(List.of(throwing.toString(), malformed.toString(),
                invalid.toString()), out, null);

        Map<String, Row> rows = rowsByPath(out);
        assertEquals(3, s.files());
        Row failed = rows.get(throwing.toString());
        assertEquals("failed", failed.getAs("verdict"));
        Row why = (Row) failed.getList(failed.fieldIndex("messages")).get(0);
        assertEquals("fatal", why.getString(2));
        assertTrue(why.getString(4).contains("the schema cannot be applied to this document"), why.getString(4));
        Row fatal = (Row) rows.get(malformed.toString()).getList(8).get(0);
        assertEquals("invalid", rows.get(malformed.toString()).getAs("verdict"));
        assertEquals("fatal", fatal.getString(2));
        assertEquals("wellformedness", fatal.getString(3));
        assertEquals("invalid", rows.get(invalid.toString()).getAs("verdict"));
    }

    @Test
    void aTwoGigabyteFileIsARowSayingItIsTooLargeWithoutBeingRead() throws Exception {
        Path big = dir.resolve("big.xml");
        try (RandomAccessFile f = new RandomAccessFile(big.toFile(), "rw")) {
            f.setLength(2L << 30);   // sparse: no disk used; read whole, it would not fit this JVM's 1 GB heap
        }
        Path small = Files.writeString(dir.resolve("small.xml"), "<d/>\n");
        Path schema = Files.writeString(dir.resolve("d.rnc"), "element d { empty }\n");
        String out = dir.resolve("rows").toString();

        Summary s = job(List.of(schema.toString()), false).run(List.of(big.toString(), small.toString()), out, null);

        Map<String, Row> rows = rowsByPath(out);
        Row b = rows.get(big.toString());
        assertEquals("failed", b.getAs("verdict"));
        assertEquals(2L << 30, (long) b.getAs("bytes"));
        assertNull(b.getAs("sha256"));
        String why = ((Row) b.getList(b.fieldIndex("messages")).get(0)).getString(4);
        assertTrue(why.contains("file is 2147483648 bytes"), why);
        assertEquals("valid", rows.get(small.toString()).getAs("verdict"));
        assertEquals(1, s.valid());
    }

    @Test
    void aSchemaThatCannotBeCompiledEndsTheRunBeforeAnyOutput() throws Exception {
        Path broken = Files.writeString(dir.resolve("broken.rnc"), "element d { nonsense ", StandardCharsets.UTF_8);
        Path doc = Files.writeString(dir.resolve("d.xml"), "<d/>\n");
        Path out = dir.resolve("rows");

        assertThrows(SchemaException.class, () -> job(List.of(broken.toString()), false)
                .run(List.of(doc.toString()), out.toString(), null));
        assertFalse(Files.exists(out));
    }

    @Test
    void theSummaryIsTeikitValidatesAndComesFromTheWritingJobAlone() throws Exception {
        Path malformed = Files.writeString(dir.resolve("malformed.xml"), "<TEI xmlns='http://www.tei-c.org/ns/1.0'>\n");
        String tei = LocalSpark.teiAll().toString(), corpus = LocalSpark.corpus().toString();
        String out = dir.resolve("rows").toString();
        ValidateJob job = new ValidateJob(spark, new ValidateJob.Options(new SchemaOptions(List.of(tei), List.of(),
                false, null), Validator.DEFAULT_MAX_MESSAGES, ValidateJob.Options.DEFAULT_MAX_FILE_BYTES, 3));

        spark.sparkContext().setJobGroup("summary-test", "the summary's jobs", false);
        Summary s;
        try {
            s = job.run(List.of(corpus, malformed.toString()), out, null);
        } finally {
            spark.sparkContext().clearJobGroup();
        }

        assertEquals(1, spark.sparkContext().statusTracker().getJobIdsForGroup("summary-test").length,
                "the rows are counted as they are written, not read back by a second job");
        LocalSpark.Cli cli = LocalSpark.teikit(List.of("validate", "--no-schematron", "--jobs", "2", "--schema", tei,
                "--format", "json", "-o", dir.resolve("cli.json").toString(), corpus, malformed.toString()));
        // teikit validate's summary line is on standard error: "N files: V valid, I invalid; E errors, W warnings; …"
        String expected = s.withTime(java.time.Duration.ZERO).toString().replaceAll("; [0-9.]+ s$", "");
        assertTrue(cli.err().contains(expected), "teikit validate says " + cli.err() + "; the Spark job " + expected);
        Row totals = ValidateJob.read(spark, out).selectExpr("count(*)", "count_if(verdict = 'valid')",
                "sum(errors)").first();
        assertEquals(totals.getLong(0), s.files());
        assertEquals(totals.getLong(1), s.valid());
        assertEquals(totals.getLong(2), s.errors());
        assertTrue(s.invalid() > 0 && s.valid() > 0 && s.errors() > s.invalid(), s.toString());
    }
}
