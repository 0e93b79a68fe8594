package org.teikit.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
import org.teikit.convert.Conversion;
import org.teikit.convert.Converter;
import org.teikit.fidelity.Fidelity;
import org.teikit.fidelity.FidelityReport;
import org.teikit.source.SourceDocument;
import org.teikit.source.SourceText;

class ConvertJobTest {
    private final SparkSession spark = LocalSpark.session();

    @TempDir
    Path dir;

    @Test
    void eachSourceGetsTheTeiTeikitConvertWritesItsFamilyAndItsFidelityCounts() throws Exception {
        Path sources = LocalSpark.root().resolve("sources");
        Path broken = Files.write(dir.resolve("binary.txt"), new byte[] {'a', 'b', 0, 'c', '\n'});
        String out = dir.resolve("rows").toString();

        ConvertJob.Totals t = new ConvertJob(spark, new ConvertJob.Options(null, StandardCharsets.UTF_8, 0))
                .run(List.of(sources.toString(), broken.toString()), out);

        Map<String, Row> rows = ConvertJob.read(spark, out).collectAsList().stream()
                .collect(Collectors.toMap(r -> r.getAs("path"), r -> r));
        List<Path> expected;
        try (var list = Files.list(sources)) {
            expected = list.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        }
        assertEquals(expected.size() + 1, rows.size());
        assertEquals(expected.size(), t.converted());
        assertEquals(1, t.failed());
        for (Path source : expected) {
            Row row = rows.get(source.toString());
            LocalSpark.Cli cli = LocalSpark.teikit(List.of("convert", "--stdout", source.toString()));
            assertEquals(0, cli.status(), cli.err());
            assertEquals(cli.out(), row.getAs("tei"), source + ": the TEI of teikit convert");

            SourceDocument doc = SourceDocument.parse(SourceText.read(source));
            Conversion c = Converter.standard().convert(doc);
            FidelityReport f = Fidelity.compare(doc, Path.of("x.xml"), cli.out().getBytes(StandardCharsets.UTF_8));
            assertEquals("converted", row.getAs("status"));
            assertEquals(c.family(), row.getAs("family"));
            Row words = row.getAs("source_words"), teiWords = row.getAs("tei_words");
            assertEquals(f.source().text(), words.getInt(0));
            assertEquals(f.source().notes(), words.getInt(1));
            assertEquals(f.tei().text(), teiWords.getInt(0));
            assertEquals(f.lostWords(), (int) row.getAs("lost_words"));
            assertTrue(words.getInt(0) > 100, "a real transcription has words");
        }
        Row failed = rows.get(broken.toString());
        assertEquals("failed", failed.getAs("status"));
        assertNull(failed.getAs("tei"));
        assertTrue(((String) failed.getAs("error")).startsWith(broken + ":1:3:"), (String) failed.getAs("error"));
    }
}
