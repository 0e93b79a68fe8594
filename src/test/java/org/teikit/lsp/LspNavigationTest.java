package org.teikit.lsp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.teikit.testing.TeiAssert.assertXPath;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.eclipse.lsp4j.CodeAction;
import org.eclipse.lsp4j.CodeActionContext;
import org.eclipse.lsp4j.CodeActionParams;
import org.eclipse.lsp4j.DefinitionParams;
import org.eclipse.lsp4j.DocumentSymbol;
import org.eclipse.lsp4j.DocumentSymbolParams;
import org.eclipse.lsp4j.ExecuteCommandParams;
import org.eclipse.lsp4j.Hover;
import org.eclipse.lsp4j.HoverParams;
import org.eclipse.lsp4j.Location;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.TextEdit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Hover, outline, go-to-definition and code actions. */
class LspNavigationTest {
    @TempDir
    static Path root;
    static LspTestClient client;

    static final String DOC = """
            <TEI xmlns="http://www.tei-c.org/ns/1.0">
              <teiHeader>
                <fileDesc>
                  <titleStmt><title>T</title></titleStmt>
                  <publicationStmt><p>P</p></publicationStmt>
                  <sourceDesc><p>S</p></sourceDesc>
                </fileDesc>
                <profileDesc><particDesc><listPerson>
                  <person xml:id="smith"><persName>Smith</persName></person>
                </listPerson></particDesc></profileDesc>
              </teiHeader>
              <text>
                <body>
                  <div type="transcript"><head>The first meeting</head>
                    <sp who="#smith"><speaker>MR. SMITH</speaker><p>Good day, <date>Monday</date> it is.</p></sp>
                    <div><head>A smaller part</head><p>x <measure>3</measure></p></div>
                  </div>
                </body>
              </text>
            </TEI>
            """;

    static String uri;
    static final List<String> LINES = DOC.lines().toList();

    @BeforeAll
    static void start() throws Exception {
        LspFixtures.edition(root);
        client = new LspTestClient(null);
        String text = LspFixtures.teiAllModel() + DOC;
        Path file = LspFixtures.write(root.resolve("tei/nav.xml"), text);
        uri = LspFixtures.uri(file);
        client.open(uri, text);
        client.diagnosticsOfCurrentVersion(uri, 60_000, 2_000);
    }

    @AfterAll
    static void stop() throws Exception {
        client.close();
    }

    /** Line and character of the first {@code needle} in DOC, plus {@code shift} characters (lines +1 for the PI). */
    static Position at(String needle, int shift) {
        for (int i = 0; i < LINES.size(); i++) {
            int c = LINES.get(i).indexOf(needle);
            if (c >= 0) return new Position(i + 1, c + shift);
        }
        throw new AssertionError(needle);
    }

    @Test
    void hoverShowsTheSchemasDocumentationOfElementsAndAttributes() throws Exception {
        Hover h = client.server.getTextDocumentService().hover(new HoverParams(new TextDocumentIdentifier(uri),
                at("<speaker>", 2))).get(30, TimeUnit.SECONDS);
        assertNotNull(h, "tei_all documents speaker");
        assertTrue(h.getContents().getRight().getValue().contains("giving the name of one or more speakers in a dramatic text"),
                h.toString());
        Hover a = client.server.getTextDocumentService().hover(new HoverParams(new TextDocumentIdentifier(uri),
                at("who=", 1))).get(30, TimeUnit.SECONDS);
        assertNotNull(a, "tei_all documents @who");
        assertTrue(a.getContents().getRight().getValue().contains("to whom the element content is ascribed"), a.toString());
    }

    @Test
    void outlineHasTheDivisionsByTheirHeadAndTheSpeechesByTheirSpeaker() throws Exception {
        List<DocumentSymbol> symbols = client.server.getTextDocumentService()
                .documentSymbol(new DocumentSymbolParams(new TextDocumentIdentifier(uri))).get(30, TimeUnit.SECONDS)
                .stream().map(e -> e.getRight()).toList();
        DocumentSymbol body = symbols.stream().filter(s -> s.getName().equals("body")).findFirst()
                .orElseThrow(() -> new AssertionError(symbols.toString()));
        DocumentSymbol div = body.getChildren().get(0);
        assertEquals("The first meeting", div.getName());
        assertEquals(List.of("MR. SMITH", "A smaller part"), div.getChildren().stream().map(DocumentSymbol::getName).toList());
        assertEquals(at("<div type", 0).getLine(), div.getRange().getStart().getLine());
    }

    @Test
    void definitionOfAWhoPointerIsThePerson() throws Exception {
        var result = client.server.getTextDocumentService().definition(new DefinitionParams(
                new TextDocumentIdentifier(uri), at("who=\"#smith", 8))).get(30, TimeUnit.SECONDS);
        List<? extends Location> locations = result.getLeft();
        assertEquals(1, locations.size(), locations.toString());
        assertEquals(uri, locations.get(0).getUri());
        assertEquals(at("<person xml:id=\"smith\"", 0), locations.get(0).getRange().getStart());
    }

    private static List<CodeAction> actions(Range range) throws Exception {
        return client.server.getTextDocumentService().codeAction(new CodeActionParams(new TextDocumentIdentifier(uri),
                range, new CodeActionContext(List.of()))).get(30, TimeUnit.SECONDS).stream().map(e -> e.getRight()).toList();
    }

    @Test
    void codeActionAddsTheAttributeTheElementRequires() throws Exception {
        Position inMeasure = at("<measure>", 2);
        List<CodeAction> none = actions(new Range(inMeasure, inMeasure));
        assertTrue(none.stream().noneMatch(a -> a.getTitle().startsWith("Add the required")), "tei_all requires none: " + none);

        // the project schema requires @who on sp
        String text = LspFixtures.read(Path.of("tei/003_087891b04bf76bde.xml")).replaceFirst("<sp who=\"[^\"]*\"", "<sp");
        Path file = LspFixtures.write(root.resolve("tei/nowho.xml"), text);
        String projectUri = LspFixtures.uri(file);
        client.open(projectUri, text);
        var diagnostics = client.diagnosticsOfCurrentVersion(projectUri, 60_000, 2_000).getDiagnostics();
        assertTrue(diagnostics.stream().anyMatch(d -> d.getMessage().equals("element \"sp\" missing required attribute \"who\"")),
                diagnostics.toString());
        int offset = text.indexOf("<sp xml:id=\"sp-1\">");
        Lines lines = new Lines(text);
        Position p = lines.position(offset + 1);
        List<CodeAction> fixes = client.server.getTextDocumentService().codeAction(new CodeActionParams(
                new TextDocumentIdentifier(projectUri), new Range(p, p), new CodeActionContext(diagnostics)))
                .get(30, TimeUnit.SECONDS).stream().map(e -> e.getRight()).toList();
        CodeAction fix = fixes.stream().filter(a -> a.getTitle().equals("Add the required attribute who to <sp>"))
                .findFirst().orElseThrow(() -> new AssertionError(fixes.toString()));
        TextEdit edit = fix.getEdit().getChanges().get(projectUri).get(0);
        assertEquals(" who=\"\"", edit.getNewText());
        assertEquals(lines.position(text.indexOf('>', offset)), edit.getRange().getStart());
    }

    @Test
    void codeActionWrapsTheSelectionInAnElementAllowedThere() throws Exception {
        Position from = at("Good day", 0);
        Position to = at("Good day", 4);
        List<CodeAction> actions = actions(new Range(from, to));
        List<String> titles = actions.stream().map(CodeAction::getTitle).toList();
        // the elements the document already uses come first
        assertEquals(List.of("Wrap in <date>", "Wrap in <measure>", "Wrap in <persName>"), titles.subList(0, 3));
        assertTrue(titles.stream().noneMatch(t -> t.equals("Wrap in <div>") || t.equals("Wrap in <p>")), titles.toString());
        CodeAction wrap = actions.get(2);
        List<TextEdit> edits = wrap.getEdit().getChanges().get(uri);
        assertEquals(List.of("<persName>", "</persName>"), edits.stream().map(TextEdit::getNewText).toList());
        assertEquals(from, edits.get(0).getRange().getStart());
        assertEquals(to, edits.get(1).getRange().getStart());
    }

    @Test
    void previewTeiConvertsTheTranscriptionsBuffer() throws Exception {
        Path source = LspFixtures.write(root.resolve("sources/play.txt"), "on disk: not this\n");
        String sourceUri = LspFixtures.uri(source);
        client.open(sourceUri, "# A Short Play\n\nHANS. Good morning.\n\nGRETE. Good morning, Hans.\n\nHANS. Shall we go?\n\nGRETE. Let us go.\n");
        List<CodeAction> actions = client.server.getTextDocumentService().codeAction(new CodeActionParams(
                new TextDocumentIdentifier(sourceUri), new Range(new Position(0, 0), new Position(0, 0)),
                new CodeActionContext(List.of()))).get(30, TimeUnit.SECONDS).stream().map(e -> e.getRight()).toList();
        CodeAction preview = actions.stream().filter(a -> a.getTitle().equals("Preview TEI")).findFirst().orElseThrow();
        Object result = client.server.getWorkspaceService().executeCommand(new ExecuteCommandParams(
                preview.getCommand().getCommand(), preview.getCommand().getArguments())).get(60, TimeUnit.SECONDS);
        assertNotNull(result, "the preview's URI");
        String tei = LspFixtures.read(Path.of(java.net.URI.create(String.valueOf(result).replace("\"", ""))));
        assertXPath(tei, "//tei:sp[contains(., 'Good morning, Hans.')]");
        assertEquals(String.valueOf(result).replace("\"", ""), client.shown.poll(10, TimeUnit.SECONDS).getUri());
    }
}
