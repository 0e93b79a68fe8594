package org.teikit.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.teikit.validate.report.ReportFormat;
import org.teikit.validate.report.ReportWriter;

class BatchTest {
    @TempDir
    static Path dir;

    private static Schemas schemas;
    private static List<Path> files = new ArrayList<>();

    @BeforeAll
    static void corpus() throws SchemaException {
        schemas = Schemas.builder().schema(NoteSchemas.write(dir).resolve("note.rnc")).build();
        for (int i = 0; i < 30; i++) {
            String content = switch (i % 3) {
                case 0 -> NoteSchemas.note("", " to='a'", "fine " + i);
                case 1 -> NoteSchemas.note("", "", "no addressee " + i);
                default -> "<note xmlns='urn:teikit:test' to='a'>unclosed " + i;
            };
            files.add(TestFiles.write(dir, String.format("docs/d%02d.xml", i), content));
        }
    }

    /** Collects what a report would be given. */
    private static final class Recorder implements ReportWriter {
        final List<FileResult> results = new ArrayList<>();
        Summary summary;
        @Override public void begin() {}
        @Override public void file(FileResult r) { results.add(r); }
        @Override public void end(Summary s) { summary = s; }
    }

    @Test
    void resultsArriveInInputOrderAndDoNotDependOnTheNumberOfJobs() throws Exception {
        Recorder one = new Recorder();
        Recorder two = new Recorder();
        new Batch(schemas, 1, 100).run(files, one, null);
        new Batch(schemas, 2, 100).run(files, two, null);

        assertEquals(files.stream().map(Path::toString).toList(), two.results.stream().map(FileResult::file).toList());
        assertEquals(one.results, two.results);
    }

    @Test
    void malformedFilesDoNotStopTheBatch() throws Exception {
        Recorder r = new Recorder();
        List<Integer> progress = new ArrayList<>();
        Summary s = new Batch(schemas, 2, 100).run(files, r, (done, total) -> progress.add(done));

        assertEquals(30, s.files());
        assertEquals(10, s.valid());
        assertEquals(20, s.invalid());
        assertEquals(20, s.errors(), "one grammar error or one fatal error per invalid file");
        assertEquals(s, r.summary);
        FileResult last = r.results.get(28);
        assertEquals(MessageSource.GRAMMAR, last.messages().get(0).source(), "checked after earlier malformed files");
        assertEquals(30, progress.size());
        assertEquals(30, progress.get(29));
    }

    @Test
    void foldersAreWalkedRecursivelyForXmlFilesInSortedOrder() throws IOException {
        TestFiles.write(dir, "tree/b/z.xml", "<a/>");
        TestFiles.write(dir, "tree/a.xml", "<a/>");
        TestFiles.write(dir, "tree/b/notes.txt", "not xml");
        TestFiles.write(dir, "tree/b/c.XML", "<a/>");
        Path single = TestFiles.write(dir, "single.xml", "<a/>");

        List<Path> found = Batch.collect(List.of(single, dir.resolve("tree")));

        assertEquals(List.of(single, dir.resolve("tree/a.xml"), dir.resolve("tree/b/c.XML"), dir.resolve("tree/b/z.xml")),
                found);
        assertThrows(NoSuchFileException.class, () -> Batch.collect(List.of(dir.resolve("absent.xml"))));
    }

    @Test
    void aDanglingLinkInAFolderIsReportedNotSkippedAndLinkedFoldersAreNotFollowed() throws Exception {
        Path tree = dir.resolve("links");
        Path good = TestFiles.write(tree, "good.xml", "<a/>");
        Path dangling = Files.createSymbolicLink(tree.resolve("gone.xml"), dir.resolve("nowhere.xml"));
        Files.createSymbolicLink(tree.resolve("loop"), tree);

        List<Path> found = Batch.collect(List.of(tree));
        assertEquals(List.of(dangling, good), found);

        StringWriter report = new StringWriter();
        Summary s = new Batch(Schemas.wellFormednessOnly(), 1, 100).run(found, ReportWriter.of(ReportFormat.TEXT, report), null);
        assertEquals(1, s.invalid(), "the dangling link is a file that cannot be read");
        assertEquals(1, s.valid());
        assertTrue(report.toString().contains(dangling + ": fatal: cannot read file: no such file"), report.toString());
    }

    @Test
    void emptyBatchIsAllValid() throws Exception {
        Summary s = new Batch(schemas, 2, 100).run(List.of(), new Recorder(), null);
        assertTrue(s.allValid());
        assertEquals(0, s.files());
        assertFalse(s.toString().isEmpty());
    }
}
