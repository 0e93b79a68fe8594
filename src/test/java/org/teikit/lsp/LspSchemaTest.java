package org.teikit.lsp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DidChangeConfigurationParams;
import org.eclipse.lsp4j.DidChangeWatchedFilesParams;
import org.eclipse.lsp4j.FileChangeType;
import org.eclipse.lsp4j.FileEvent;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Schema choice as validate makes it, tei_all with its Schematron, schema problems, schema changes, settings. */
class LspSchemaTest {
    @TempDir
    static Path root;
    static LspTestClient client;

    static final String NOTE_RNC = "default namespace = \"urn:teikit:note\"\nstart = element note { attribute to { text }?, text }\n";
    static final String NOTE_RNC_STRICT = "default namespace = \"urn:teikit:note\"\nstart = element note { attribute to { text }, text }\n";

    @BeforeAll
    static void start() throws Exception {
        LspFixtures.edition(root);
        LspFixtures.write(root.resolve("schemas/default.rnc"), NOTE_RNC_STRICT);
        LspFixtures.write(root.resolve("schemas/catalog.xml"), "<catalog xmlns=\"urn:oasis:names:tc:entity:xmlns:xml:catalog\">\n"
                + "  <uri name=\"https://example.org/note.rnc\" uri=\"default.rnc\"/>\n"
                + "  <system systemId=\"https://example.org/note.rnc\" uri=\"default.rnc\"/>\n</catalog>\n");
        JsonObject options = JsonParser.parseString("{\"teikit\": {\"schema\": \""
                + root.resolve("schemas/default.rnc") + "\", \"catalogs\": [\"" + root.resolve("schemas/catalog.xml")
                + "\"]}}").getAsJsonObject();
        client = new LspTestClient(options);
    }

    @AfterAll
    static void stop() throws Exception {
        client.close();
    }

    private static String open(String name, String text) {
        Path file = LspFixtures.write(root.resolve(name), text);
        String uri = LspFixtures.uri(file);
        client.open(uri, text);
        return uri;
    }

    private static List<Diagnostic> settled(String uri) throws InterruptedException {
        return client.diagnosticsOfCurrentVersion(uri, 60_000, 2_500).getDiagnostics();
    }

    private static String model(String href) {
        return "<?xml-model href=\"" + href + "\" type=\"application/relax-ng-compact-syntax\" schematypens=\"http://relaxng.org/ns/structure/1.0\"?>\n";
    }

    @Test
    void teiAllGrammarErrorsFirstThenSchematronAssertionsAtTheirNodes() throws Exception {
        String text = LspFixtures.teiAllModel() + """
                <TEI xmlns="http://www.tei-c.org/ns/1.0">
                  <teiHeader><fileDesc><titleStmt><title>T</title></titleStmt>
                    <publicationStmt><p>P</p></publicationStmt><sourceDesc><p>S</p></sourceDesc></fileDesc></teiHeader>
                  <text><body>
                    <div subtype="minor"><p>One</p></div>
                    <p>Two <bogus/></p>
                  </body></text>
                </TEI>
                """;
        String uri = open("tei/all.xml", text);
        PublishDiagnosticsParams first = client.nextDiagnostics(uri, 60_000);
        PublishDiagnosticsParams last = client.diagnosticsOfCurrentVersion(uri, 60_000, 2_500);
        List<String> expected = LspFixtures.validateMessages(root.resolve("tei/all.xml"));
        assertEquals(expected, LspFixtures.asValidateMessages(last.getDiagnostics()));
        assertTrue(expected.stream().anyMatch(m -> m.contains("The div element should not be categorized in detail with @subtype")), expected.toString());
        assertTrue(expected.stream().anyMatch(m -> m.contains("element \"bogus\" not allowed")), expected.toString());
        assertEquals(List.of("grammar"), first.getDiagnostics().stream().map(d -> d.getCode().getLeft()).distinct().toList(),
                "the grammar's diagnostics are published before Schematron's");
        Diagnostic assertion = last.getDiagnostics().stream().filter(d -> "schematron".equals(d.getCode().getLeft()))
                .findFirst().orElseThrow();
        assertEquals(5, assertion.getRange().getStart().getLine(), "at the div: " + assertion);
        assertEquals(4, assertion.getRange().getStart().getCharacter(), "from the div's '<': " + assertion);
    }

    @Test
    void aMissingSchemaIsOneDiagnosticOnTheXmlModel() throws Exception {
        String uri = open("doc/missing.xml", model("nothere.rnc") + "<note xmlns=\"urn:teikit:note\">x</note>\n");
        List<Diagnostic> d = settled(uri);
        assertEquals(1, d.size(), d.toString());
        assertTrue(d.get(0).getMessage().contains("not usable") && d.get(0).getMessage().contains("nothere.rnc"), d.toString());
        assertEquals(0, d.get(0).getRange().getStart().getLine());
    }

    @Test
    void aBrokenSchemaIsOneDiagnosticOnTheXmlModel() throws Exception {
        LspFixtures.write(root.resolve("doc/broken.rnc"), "start = element note { oops\n");
        String uri = open("doc/broken.xml", model("broken.rnc") + "<note xmlns=\"urn:teikit:note\">x</note>\n");
        List<Diagnostic> d = settled(uri);
        assertEquals(1, d.size(), d.toString());
        assertTrue(d.get(0).getMessage().contains("broken schema"), d.toString());
        assertEquals(0, d.get(0).getRange().getStart().getLine());
    }

    @Test
    void aRemoteSchemaWithoutCatalogEntryIsOneDiagnosticAndOneWithAnEntryIsUsed() throws Exception {
        String uri = open("doc/remote.xml", model("https://example.com/tei.rnc") + "<note xmlns=\"urn:teikit:note\">x</note>\n");
        List<Diagnostic> d = settled(uri);
        assertEquals(1, d.size(), d.toString());
        assertTrue(d.get(0).getMessage().contains("never fetches"), d.toString());

        String mapped = open("doc/mapped.xml", model("https://example.org/note.rnc") + "<note xmlns=\"urn:teikit:note\">x</note>\n");
        List<Diagnostic> m = settled(mapped);
        assertEquals(List.of("element \"note\" missing required attribute \"to\""), m.stream().map(Diagnostic::getMessage).toList(),
                "the catalog of the settings maps it to default.rnc");
    }

    @Test
    void theWorkspaceDefaultSchemaChecksDocumentsThatNameNone() throws Exception {
        String uri = open("doc/plain.xml", "<note xmlns=\"urn:teikit:note\">x</note>\n");
        assertEquals(List.of("element \"note\" missing required attribute \"to\""),
                settled(uri).stream().map(Diagnostic::getMessage).toList());
        // a TEI document naming its schema keeps it
        String tei = open("tei/named.xml", LspFixtures.read(Path.of("tei/003_087891b04bf76bde.xml")));
        assertEquals(List.of(), settled(tei));
    }

    @Test
    void aSchemaEditedOnDiskIsRecompiledAndTheDocumentsRevalidated() throws Exception {
        Path schema = LspFixtures.write(root.resolve("watch/note.rnc"), NOTE_RNC);
        String uri = open("watch/doc.xml", model("note.rnc") + "<note xmlns=\"urn:teikit:note\">x</note>\n");
        assertEquals(List.of(), settled(uri));
        Files.writeString(schema, NOTE_RNC_STRICT);
        Files.setLastModifiedTime(schema, FileTime.fromMillis(System.currentTimeMillis() + 5_000));
        // no notification: the server's own watcher sees it
        PublishDiagnosticsParams p = client.nextDiagnostics(uri, 30_000);
        while (p.getDiagnostics().isEmpty()) p = client.nextDiagnostics(uri, 30_000);
        assertEquals(List.of("element \"note\" missing required attribute \"to\""),
                p.getDiagnostics().stream().map(Diagnostic::getMessage).toList());

        // and the editor's notification does it too
        Files.writeString(schema, NOTE_RNC);
        client.server.getWorkspaceService().didChangeWatchedFiles(new DidChangeWatchedFilesParams(
                List.of(new FileEvent(LspFixtures.uri(schema), FileChangeType.Changed))));
        p = client.nextDiagnostics(uri, 30_000);
        while (!p.getDiagnostics().isEmpty()) p = client.nextDiagnostics(uri, 30_000);
        assertTrue(p.getDiagnostics().isEmpty());
    }

    @Test
    void changingTheSettingsRevalidatesWithTheNewDefaultSchema() throws Exception {
        Path lax = LspFixtures.write(root.resolve("schemas/lax.rnc"), NOTE_RNC);
        String uri = open("doc/settings.xml", "<note xmlns=\"urn:teikit:note\">y</note>\n");
        assertFalse(settled(uri).isEmpty(), "the strict default schema applies first");
        client.server.getWorkspaceService().didChangeConfiguration(new DidChangeConfigurationParams(
                JsonParser.parseString("{\"teikit\": {\"schema\": \"" + lax + "\"}}")));
        PublishDiagnosticsParams p = client.nextDiagnostics(uri, 30_000);
        while (!p.getDiagnostics().isEmpty()) p = client.nextDiagnostics(uri, 30_000);
        assertTrue(p.getDiagnostics().isEmpty());
        client.server.getWorkspaceService().didChangeConfiguration(new DidChangeConfigurationParams(
                JsonParser.parseString("{\"teikit\": {\"schema\": \"" + root.resolve("schemas/default.rnc") + "\"}}")));
        p = client.nextDiagnostics(uri, 30_000);
        while (p.getDiagnostics().isEmpty()) p = client.nextDiagnostics(uri, 30_000);
    }
}
