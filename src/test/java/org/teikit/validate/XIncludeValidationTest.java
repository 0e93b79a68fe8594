package org.teikit.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@link Schemas.Builder#xinclude}: a modular document validated as the one it assembles, each message named by the
 * file it stands in, an include that cannot be followed a message of its own source (no verdict). The fixtures in
 * src/test/resources/xinclude are checked against teikit's own schema (they name none).
 */
class XIncludeValidationTest {
    static final Path FIXTURES = Path.of("src/test/resources/xinclude");

    @TempDir
    Path dir;

    private static Schemas schemas(boolean xinclude, boolean exact) throws SchemaException {
        Schemas.Builder b = Schemas.builder().xinclude(xinclude);
        if (exact) b.exact();
        return b.build();
    }

    @Test
    void aBookOfValidChaptersIsValid() throws Exception {
        FileResult r = schemas(true, false).newValidator().validate(FIXTURES.resolve("book.xml"));
        assertTrue(r.valid(), r.messages().toString());
        assertEquals(FIXTURES.resolve("book.xml").toString(), r.file());
    }

    @Test
    void aGrammarErrorInAChapterIsNamedByTheChapterOnTheFastPathAndThePlainOne() throws Exception {
        for (boolean exact : new boolean[] {false, true}) {
            FileResult r = schemas(true, exact).newValidator().validate(FIXTURES.resolve("book-with-error.xml"));
            assertFalse(r.valid());
            assertFalse(r.unchecked());
            assertEquals(1, r.messages().size(), r.messages().toString());
            Message m = r.messages().get(0);
            // chapters/bad.xml line 5: <p colour="grey">, the error after its start tag as Jing places it
            assertEquals(FIXTURES.resolve("chapters/bad.xml").toString(), m.file());
            assertEquals(5, m.line());
            assertEquals(20, m.column());
            assertEquals(MessageSource.GRAMMAR, m.source());
            assertTrue(m.text().startsWith("attribute \"colour\" not allowed here"), m.text());
        }
    }

    @Test
    void aValueWordedByTheFastPathsSecondPassInsideAChapterIsWordedAsThePlainPathWordsIt() throws Exception {
        // the quick pass leaves the two dates unworded; the second pass, which stops once it has their wording
        // (inside the included file), must line up with it message for message
        Files.writeString(dir.resolve("dates.xml"), "<div xmlns='http://www.tei-c.org/ns/1.0' type='section'>\n"
                + "  <p><date when='1945-13-40'>never</date></p>\n  <p colour='x'>later</p>\n"
                + "  <p><date when='yesterday'>then</date></p>\n</div>\n");
        Path book = Files.writeString(dir.resolve("book.xml"), Files.readString(FIXTURES.resolve("book.xml"))
                .replace("chapters/one.xml", "dates.xml").replace("<xi:include href=\"chapters/two.xml\"/>", ""));
        FileResult fast = schemas(true, false).newValidator().validate(book);
        FileResult exact = schemas(true, true).newValidator().validate(book);
        assertEquals(exact.messages(), fast.messages());
        // the grammar's three, then teikit.sch's two calendar checks
        assertEquals(List.of("2 grammar", "3 grammar", "4 grammar", "2 schematron", "4 schematron"), fast.messages().stream()
                .map(m -> m.line() + " " + m.source().label()).toList(), fast.messages().toString());
        assertTrue(fast.messages().stream().allMatch(m -> m.file().equals(dir.resolve("dates.xml").toString())));
        assertTrue(fast.messages().get(0).text().startsWith("value of attribute \"when\" is invalid; must be"),
                fast.messages().get(0).text());
        assertTrue(fast.messages().stream().noneMatch(m -> org.teikit.validate.fast.FastPath.unworded(m.text())));
    }

    @Test
    void aSchematronErrorInAChapterIsNamedByTheChapter() throws Exception {
        FileResult r = schemas(true, false).newValidator().validate(FIXTURES.resolve("book-with-dangling-pointer.xml"));
        assertEquals(1, r.messages().size(), r.messages().toString());
        Message m = r.messages().get(0);
        assertEquals(FIXTURES.resolve("chapters/pointer.xml").toString(), m.file());
        assertEquals(MessageSource.SCHEMATRON, m.source());
        assertEquals(4, m.line());   // <ref target="#ch9"> in chapters/pointer.xml, not line 4 of the book
        assertEquals(32, m.column());
        assertTrue(m.text().contains("#ch9"), m.text());
    }

    @Test
    void aPointerAcrossChaptersResolvesInTheAssembledBook() throws Exception {
        // chapters/two.xml points at #ch1, the xml:id of chapters/one.xml: valid only when both are one document
        assertTrue(Files.readString(FIXTURES.resolve("chapters/two.xml")).contains("target=\"#ch1\""));
        assertTrue(schemas(true, false).newValidator().validate(FIXTURES.resolve("book.xml")).valid());
    }

    @Test
    void aLoopAMissingFileAndARemoteHrefGiveNoVerdict() throws Exception {
        Validator v = schemas(true, false).newValidator();
        FileResult loop = v.validate(FIXTURES.resolve("loop/a.xml"));
        assertTrue(loop.unchecked(), loop.messages().toString());
        Message m = loop.messages().get(0);
        assertEquals(MessageSource.INCLUDE, m.source());
        assertEquals(FIXTURES.resolve("loop/b.xml").toString(), m.file());
        assertEquals(4, m.line());
        assertTrue(m.text().contains("a.xml includes b.xml, which includes a.xml"), m.text());

        FileResult missing = v.validate(FIXTURES.resolve("missing.xml"));
        assertTrue(missing.unchecked());
        assertEquals(List.of(FIXTURES.resolve("missing.xml") + ":20:45: fatal: cannot include \"chapters/four.xml\": no"
                + " such file, and the xi:include has no xi:fallback"), missing.messages().stream().map(Message::toString).toList());

        Files.createDirectories(dir.resolve("chapters"));
        Files.copy(FIXTURES.resolve("chapters/one.xml"), dir.resolve("chapters/one.xml"));
        Files.copy(FIXTURES.resolve("chapters/motto.txt"), dir.resolve("chapters/motto.txt"));
        Path remote = Files.writeString(dir.resolve("remote.xml"), Files.readString(FIXTURES.resolve("remote.xml"))
                .replace("PORT", "9"));   // no connection is tried (XIncludeInputTest and XIncludeCommandTest count them)
        FileResult r = v.validate(remote);
        assertTrue(r.unchecked());
        assertEquals(List.of(remote + ":20:62: fatal: xi:include of \"http://127.0.0.1:9/chapters/two.xml\" refused:"
                + " teikit includes local files only (file: URIs or paths relative to the including file), never http:"),
                r.messages().stream().map(Message::toString).toList());
    }

    @Test
    void aMissingFileWithAFallbackIsValidWithAWarning() throws Exception {
        FileResult r = schemas(true, false).newValidator().validate(FIXTURES.resolve("fallback.xml"));
        assertTrue(r.valid(), r.messages().toString());
        assertEquals(1, r.warningCount());
        assertEquals(20, r.messages().get(0).line());
    }

    @Test
    void withoutXIncludeTheIncludeElementIsWhatIsValidated() throws Exception {
        FileResult r = schemas(false, false).newValidator().validate(FIXTURES.resolve("book.xml"));
        assertFalse(r.valid());
        assertTrue(r.messages().get(0).text().startsWith("element \"xi:include\" not allowed"), r.messages().toString());
        assertTrue(r.messages().stream().allMatch(m -> m.file().equals(FIXTURES.resolve("book.xml").toString())));
        assertFalse(schemas(false, false).xinclude());
    }

    @Test
    void aValidatorStopsAtItsMessageCapInsideAChapterAsInAnyDocument() throws Exception {
        StringBuilder bad = new StringBuilder("<div xmlns='http://www.tei-c.org/ns/1.0'>\n");
        for (int i = 0; i < 50; i++) bad.append("  <p colour='x").append(i).append("'>p</p>\n");
        Files.writeString(dir.resolve("many.xml"), bad.append("</div>\n").toString());
        Path book = Files.writeString(dir.resolve("book.xml"), Files.readString(FIXTURES.resolve("book.xml"))
                .replace("chapters/one.xml", "many.xml").replace("<xi:include href=\"chapters/two.xml\"/>", ""));
        FileResult r = schemas(true, false).newValidator(5).validate(book);
        assertEquals(5, r.messages().size(), r.messages().toString());
        assertTrue(r.truncated());
        assertTrue(r.messages().stream().allMatch(m -> m.source() == MessageSource.GRAMMAR), r.messages().toString());
        assertTrue(r.messages().stream().allMatch(m -> m.file().equals(dir.resolve("many.xml").toString())));
    }
}
