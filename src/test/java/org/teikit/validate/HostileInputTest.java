package org.teikit.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.teikit.testing.TeiAll;

class HostileInputTest {
    @TempDir
    static Path dir;

    private static Schemas schemas;

    @BeforeAll
    static void compile() throws SchemaException {
        schemas = Schemas.builder().schema(NoteSchemas.write(dir).resolve("note.rnc")).build();
    }

    @Test
    void externalEntityToALocalFileDoesNotLeakItsContentAndIsAnError() throws SchemaException {
        Path secret = TestFiles.write(dir, "secret.txt", "TOP-SECRET-PASSWORD");
        Path doc = TestFiles.write(dir, "xxe.xml", "<?xml version='1.0'?>\n"
                + "<!DOCTYPE note [ <!ENTITY xxe SYSTEM '" + secret.toUri() + "'> ]>\n"
                + "<note xmlns='urn:teikit:test' to='a'>&xxe;</note>\n");

        FileResult r = schemas.newValidator(10).validate(doc);

        assertFalse(r.valid());
        assertTrue(r.messages().stream().noneMatch(m -> m.text().contains("TOP-SECRET")), r.messages().toString());
        assertTrue(r.messages().stream().anyMatch(m -> m.severity().failsFile()
                && m.text().contains("xxe") && m.source() == MessageSource.WELLFORMEDNESS), r.messages().toString());
    }

    @Test
    void billionLaughsStopsFastWithAFatalError() {
        StringBuilder dtd = new StringBuilder("<!DOCTYPE note [\n <!ENTITY l0 'ha'>\n");
        for (int i = 1; i <= 10; i++) {
            dtd.append(" <!ENTITY l").append(i).append(" '").append(("&l" + (i - 1) + ";").repeat(10)).append("'>\n");
        }
        Path doc = TestFiles.write(dir, "laughs.xml", "<?xml version='1.0'?>\n" + dtd
                + "]>\n<note xmlns='urn:teikit:test' to='a'>&l10;</note>\n");

        FileResult r = assertTimeoutPreemptively(Duration.ofSeconds(10), () -> schemas.newValidator().validate(doc));

        assertFalse(r.valid());
        assertEquals(Severity.FATAL, r.messages().get(0).severity(), r.messages().toString());
    }

    @Test
    void malformedDocumentGetsAFatalErrorWithItsPosition() throws SchemaException {
        Path doc = TestFiles.write(dir, "malformed.xml", "<note xmlns='urn:teikit:test' to='a'>\n  <b>text</note>\n");
        FileResult r = schemas.newValidator().validate(doc);
        assertFalse(r.valid());
        Message fatal = r.messages().stream().filter(m -> m.severity() == Severity.FATAL).findFirst().orElseThrow();
        assertEquals(2, fatal.line());
        assertTrue(fatal.toString().startsWith(doc + ":2:"), fatal.toString());
        assertTrue(fatal.toString().contains(": fatal: "), fatal.toString());
    }

    @Test
    void aValidatorIsReusableAfterAMalformedDocument() throws SchemaException {
        Validator v = schemas.newValidator();
        v.validate(TestFiles.write(dir, "broken.xml", "<note xmlns='urn:teikit:test' to='a'><"));
        FileResult next = v.validate(TestFiles.write(dir, "fine.xml", NoteSchemas.note("", " to='a'", "x")));
        assertTrue(next.valid(), next.messages().toString());
    }

    @Test
    void messagesPerFileAreCappedAndTheCapIsReported() throws SchemaException {
        Schemas tei = TeiAll.teikitGrammar();
        Path doc = TestFiles.write(dir, "many.xml", TestFiles.tei("    <p>x</p>\n" + "    <bogus/>\n".repeat(50)));

        FileResult capped = tei.newValidator(5).validate(doc);
        FileResult full = tei.newValidator(1000).validate(doc);

        assertEquals(5, capped.messages().size());
        assertTrue(capped.truncated());
        assertFalse(capped.valid());
        assertEquals(full.messages().subList(0, 5), capped.messages(), "the first messages are the same");
        assertFalse(full.truncated());
        assertTrue(full.messages().size() >= 50, full.messages().size() + " messages");
    }

    /** The cap ends checking inside the start tag that reached it; the validator is whole again for the next file. */
    @Test
    void aStartTagWithThousandsOfBadAttributesIsCappedAndTheNextFileIsCheckedAsUsual() throws SchemaException {
        Schemas tei = TeiAll.teikitGrammar();
        StringBuilder attributes = new StringBuilder();
        for (int i = 0; i < 20_000; i++) attributes.append(" a").append(i).append("='v'");
        Path hostile = TestFiles.write(dir, "attributes.xml", TestFiles.tei("    <p" + attributes + ">x</p>\n    <p>y</p>\n"));
        Path fine = TestFiles.write(dir, "after.xml", TestFiles.tei("    <p>x</p>\n"));
        Validator v = tei.newValidator(5);

        FileResult capped = v.validate(hostile);
        assertEquals(5, capped.messages().size(), capped.messages().toString());
        assertTrue(capped.truncated());
        assertTrue(capped.messages().get(4).text().startsWith("attribute \"a4\" not allowed here"), capped.messages().toString());
        assertTrue(v.validate(fine).valid(), "the validator starts the next file afresh");
    }

    @Test
    void aFatalErrorPastTheCapIsStillShown() throws SchemaException {
        Schemas tei = TeiAll.teikitGrammar();
        Path doc = TestFiles.write(dir, "broken-late.xml", TestFiles.tei("    <bogus/>\n".repeat(10) + "    <p>unclosed\n"));
        FileResult r = tei.newValidator(3).validate(doc);
        assertEquals(4, r.messages().size(), r.messages().toString());
        assertTrue(r.truncated());
        Message last = r.messages().get(3);
        assertEquals(Severity.FATAL, last.severity(), "why the file has no verdict: " + last);
        assertTrue(last.line() > 10, last.toString());
    }
}
