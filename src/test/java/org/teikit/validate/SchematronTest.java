package org.teikit.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.teikit.testing.TeiAll;

class SchematronTest {
    @TempDir
    static Path dir;

    private static Schemas teiAll;

    @BeforeAll
    static void compile() throws SchemaException {
        NoteSchemas.write(dir);
        teiAll = Schemas.builder().schema(TestFiles.teiAll()).build();
    }

    private static final String DATE = TestFiles.tei("    <p>Written <date when=\"2020\" notBefore=\"2019\">in 2020</date>.</p>");

    @Test
    void schematronEmbeddedInTeiAllGivesTheSameMessagesAsTeiAllIsosch() throws SchemaException {
        Path doc = TestFiles.write(dir, "date.xml", DATE);
        Schemas isosch = Schemas.builder().schema(TestFiles.shared("tei/tei_all.isosch")).build();

        List<Message> embedded = teiAll.newValidator().validate(doc).messages();
        List<Message> standalone = isosch.newValidator().validate(doc).messages();

        assertEquals(standalone, embedded);
        assertEquals(1, embedded.size(), embedded.toString());
        Message m = embedded.get(0);
        assertEquals("The @when attribute cannot be used with any other att.datable.w3c attributes.", m.text());
        assertEquals(Severity.WARNING, m.severity(), "role=nonfatal is a warning");
        assertEquals(MessageSource.SCHEMATRON, m.source());
        assertEquals(5, m.line(), "the line of the date element");
        assertEquals(DATE.lines().toList().get(4).indexOf("in 2020") + 1, m.column(), "just after the start tag");
    }

    @Test
    void nonfatalSchematronMessagesLeaveTheFileValid() throws SchemaException {
        Path doc = TestFiles.write(dir, "date-valid.xml", DATE);
        FileResult r = teiAll.newValidator().validate(doc);
        assertTrue(r.valid());
        assertEquals(1, r.warningCount());
    }

    @Test
    void noSchematronSkipsTheRulesEmbeddedInRelaxNg() throws SchemaException {
        Path doc = TestFiles.write(dir, "date-quiet.xml", DATE);
        Schemas grammarOnly = TeiAll.teikitGrammar();
        assertEquals(List.of(), grammarOnly.newValidator().validate(doc).messages());
    }

    @Test
    void failedAssertionIsAnErrorAtItsNodeAndSuccessfulNonfatalReportAWarning() throws SchemaException {
        Schemas sch = Schemas.builder().schema(dir.resolve("note.sch")).build();
        Path empty = TestFiles.write(dir, "empty.xml", NoteSchemas.note("<!-- x -->\n", "\n  to='nobody'", "  "));

        FileResult r = sch.newValidator().validate(empty);

        assertFalse(r.valid());
        // the element's position is just after its start tag ("  to='nobody'>" ends at column 14), as Jing's
        assertEquals(List.of(
                new Message(empty.toString(), 4, 15, Severity.ERROR, "A note must not be empty.", MessageSource.SCHEMATRON),
                new Message(empty.toString(), 4, 15, Severity.WARNING, "Addressed to nobody.", MessageSource.SCHEMATRON)),
                r.messages());
    }

    @Test
    void rulesEmbeddedInAnyRelaxNgSchemaAreRunAfterTheGrammar() throws SchemaException {
        Schemas rng = Schemas.builder().schema(dir.resolve("note-with-rules.rng")).build();
        Path doc = TestFiles.write(dir, "empty-no-to.xml", NoteSchemas.note("", "", " "));

        List<Message> messages = rng.newValidator().validate(doc).messages();

        assertEquals(List.of(MessageSource.GRAMMAR, MessageSource.SCHEMATRON),
                messages.stream().map(Message::source).toList(), messages.toString());
        assertEquals("A note must not be empty.", messages.get(1).text());
    }

    @Test
    void rulesEmbeddedInTheCompactSyntaxGiveTheSameMessagesAsInTheXmlSyntax() throws SchemaException {
        Path doc = TestFiles.write(dir, "empty-no-to-rnc.xml", NoteSchemas.note("", "", " "));
        List<Message> fromRng = Schemas.builder().schema(dir.resolve("note-with-rules.rng")).build()
                .newValidator().validate(doc).messages();

        List<Message> fromRnc = Schemas.builder().schema(dir.resolve("note-with-rules.rnc")).build()
                .newValidator().validate(doc).messages();

        assertEquals(List.of(MessageSource.GRAMMAR, MessageSource.SCHEMATRON),
                fromRnc.stream().map(Message::source).toList(), fromRnc.toString());
        assertEquals(fromRng.get(1), fromRnc.get(1), "the same rule, the same message at the same place");
        assertEquals(List.of(), Schemas.builder().schema(dir.resolve("note-with-rules.rnc")).schematron(false).build()
                .newValidator().validate(TestFiles.write(dir, "has-to.xml", NoteSchemas.note("", " to='x'", " "))).messages(),
                "--no-schematron leaves the compact syntax's rules out too");
    }

    @Test
    void aCompactSchemaNamedByXmlModelBringsItsRules() throws SchemaException {
        String prolog = "<?xml-model href=\"note-with-rules.rnc\" type=\"application/relax-ng-compact-syntax\"?>\n";
        Path doc = TestFiles.write(dir, "pi-rnc.xml", NoteSchemas.note(prolog, " to='x'", ""));

        List<Message> messages = Schemas.builder().build().newValidator().validate(doc).messages();

        assertEquals(1, messages.size(), messages.toString());
        assertEquals("A note must not be empty.", messages.get(0).text());
        assertEquals(MessageSource.SCHEMATRON, messages.get(0).source());
    }

    @Test
    void aRelaxNgSchemaNamedTwiceByXmlModelRunsItsRulesOnce() throws SchemaException {
        Schemas fromDocuments = Schemas.builder().build();
        String prolog = NoteSchemas.xmlModel("note-with-rules.rng", NoteSchemas.RNG_NS)
                + NoteSchemas.xmlModel("note-with-rules.rng", NoteSchemas.SCH_NS);
        Path doc = TestFiles.write(dir, "twice.xml", NoteSchemas.note(prolog, " to='x'", ""));

        List<Message> messages = fromDocuments.newValidator().validate(doc).messages();

        assertEquals(1, messages.size(), messages.toString());
        assertEquals("A note must not be empty.", messages.get(0).text());
    }

    @Test
    void brokenSchematronIsRefusedAtCompileTime() {
        Path broken = TestFiles.write(dir, "broken.sch", NoteSchemas.SCH.replace("normalize-space(.) != ''", "((("));
        SchemaException e = org.junit.jupiter.api.Assertions.assertThrows(SchemaException.class,
                () -> Schemas.builder().schema(broken).build());
        assertTrue(e.getMessage().contains("broken.sch"), e.getMessage());
    }
}
