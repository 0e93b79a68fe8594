package org.teikit.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Which schemas check a document: explicit, else its xml-model PIs, else the project schema; each compiled once. */
class SchemaChoiceTest {
    @TempDir
    static Path dir;

    @BeforeAll
    static void schemas() {
        NoteSchemas.write(dir);
    }

    private static Path note(String name, String prolog, String attributes) {
        return TestFiles.write(dir, name, NoteSchemas.note(prolog, attributes, "text"));
    }

    private static FileResult validate(Schemas schemas, Path doc) throws SchemaException {
        return schemas.newValidator().validate(doc);
    }

    @Test
    void xmlModelRelaxNgIsResolvedRelativeToTheDocument() throws SchemaException {
        Path doc = TestFiles.write(dir, "sub/doc.xml", NoteSchemas.note(
                NoteSchemas.xmlModel("../note.rnc", NoteSchemas.RNG_NS), "", "text"));
        FileResult r = validate(Schemas.builder().build(), doc);
        assertFalse(r.valid(), "note.rnc requires @to");
        assertEquals("element \"note\" missing required attribute \"to\"", r.messages().get(0).text());
        assertEquals(MessageSource.GRAMMAR, r.messages().get(0).source());
    }

    @Test
    void xmlModelSchematronIsRun() throws SchemaException {
        Path doc = TestFiles.write(dir, "sch.xml", NoteSchemas.note(
                NoteSchemas.xmlModel("note.sch", NoteSchemas.SCH_NS), " to='nobody'", "text"));
        FileResult r = validate(Schemas.builder().build(), doc);
        assertTrue(r.valid());
        assertEquals(List.of("Addressed to nobody."), r.messages().stream().map(Message::text).toList());
    }

    @Test
    void explicitSchemasOverrideXmlModel() throws SchemaException {
        Path doc = note("explicit.xml", NoteSchemas.xmlModel("missing.rnc", NoteSchemas.RNG_NS), " to='a'");
        FileResult r = validate(Schemas.builder().schema(dir.resolve("note.rng")).build(), doc);
        assertTrue(r.valid(), r.messages().toString());
    }

    @Test
    void withoutXmlModelTheProjectSchemaApplies() throws SchemaException {
        Path doc = note("plain.xml", "", " to='a'");
        FileResult r = validate(Schemas.builder().build(), doc);
        assertFalse(r.valid(), "a note is no TEI");
        assertTrue(r.messages().get(0).text().startsWith("element \"note\" not allowed anywhere"),
                r.messages().toString());
    }

    @Test
    void projectSchemaAcceptsTheSchemaTeamsValidFixtures() throws SchemaException {
        Path fixture = Path.of("src/test/resources/schema/valid/letters.xml");
        assertTrue(fixture.toFile().isFile(), "fixture of the schema branch");
        FileResult r = validate(Schemas.builder().build(), fixture);
        assertTrue(r.valid(), r.messages().toString());
    }

    @Test
    void eachSchemaIsCompiledOnceForAllDocumentsThatNameIt() throws SchemaException {
        Schemas schemas = Schemas.builder().build();
        List<XmlModel> models = List.of(XmlModel.parse("href='note-with-rules.rng' schematypens='" + NoteSchemas.RNG_NS
                + "'", 1, 1));
        MessageCollector sink = new MessageCollector("x", 10);
        DocumentSchemas first = schemas.fromXmlModels(models, dir.resolve("a.xml").toUri(), sink);
        DocumentSchemas second = schemas.fromXmlModels(models, dir.resolve("b/../c.xml").toUri(), sink);
        assertSame(first.grammars().get(0).quiet(), second.grammars().get(0).quiet());
        assertSame(first.grammars().get(0).worded(), second.grammars().get(0).worded());
        assertSame(first.rules().get(0).stylesheet(), second.rules().get(0).stylesheet());
    }

    @Test
    void theDefaultCatalogMapsTeikitsCanonicalUrlsToTheBundledSchema() throws SchemaException {
        Path doc = note("canonical.xml", NoteSchemas.xmlModel("https://teikit.org/schema/teikit.rnc",
                NoteSchemas.RNG_NS), " to='a'");
        FileResult r = validate(Schemas.builder().build(), doc);
        assertFalse(r.valid());
        assertEquals(MessageSource.GRAMMAR, r.messages().get(0).source(), "the bundled teikit.rnc ran, offline");
        assertTrue(r.messages().get(0).text().startsWith("element \"note\" not allowed anywhere"));
    }

    @Test
    void aUserCatalogMapsRemoteSchemaUrlsToLocalFiles() throws SchemaException {
        Path catalog = TestFiles.write(dir, "catalog.xml", """
                <catalog xmlns="urn:oasis:names:tc:entity:xmlns:xml:catalog">
                  <uri name="http://www.example.org/schema/note.rnc" uri="note.rnc"/>
                </catalog>
                """);
        Path doc = note("remote.xml", NoteSchemas.xmlModel("http://www.example.org/schema/note.rnc",
                NoteSchemas.RNG_NS), "");
        FileResult r = validate(Schemas.builder().catalog(catalog).build(), doc);
        assertEquals(List.of("element \"note\" missing required attribute \"to\""),
                r.messages().stream().map(Message::text).toList());

        Schemas explicitUrl = Schemas.builder().catalog(catalog).schema("http://www.example.org/schema/note.rnc")
                .build();
        assertFalse(validate(explicitUrl, doc).valid());
    }

    @Test
    void anUnusableXmlModelSchemaIsAnErrorOnTheDocumentAtThePi() throws SchemaException {
        Path doc = note("missing.xml", "\n" + NoteSchemas.xmlModel("missing.rnc", NoteSchemas.RNG_NS), " to='a'");
        FileResult r = validate(Schemas.builder().build(), doc);
        assertFalse(r.valid());
        assertEquals(1, r.messages().size(), "one failure, not one for the grammar and one for its embedded rules: " + r.messages());
        Message m = r.messages().get(0);
        assertEquals(3, m.line());
        assertTrue(m.text().contains("missing.rnc"), m.text());
    }

    @Test
    void missingOrBrokenExplicitSchemasFailTheBuild() {
        assertThrows(SchemaException.class, () -> Schemas.builder().schema(dir.resolve("nope.rng")).build());
        Path broken = TestFiles.write(dir, "broken.rnc", "start = element x { ");
        SchemaException e = assertThrows(SchemaException.class, () -> Schemas.builder().schema(broken).build());
        assertTrue(e.getMessage().contains("broken.rnc"), e.getMessage());
        Path notAGrammar = TestFiles.write(dir, "not-a-grammar.rng", "<grammar xmlns='urn:other'/>");
        assertThrows(SchemaException.class, () -> Schemas.builder().schema(notAGrammar).build());
        assertThrows(SchemaException.class, () -> Schemas.builder().catalog(dir.resolve("nope.xml")).build());
    }
}
