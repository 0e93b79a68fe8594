package org.teikit.lsp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Diagnostics: the buffer's, with teikit validate's schema choice, messages and positions. */
class LspDiagnosticsTest {
    @TempDir
    static Path root;
    static LspTestClient client;

    @BeforeAll
    static void start() throws Exception {
        LspFixtures.edition(root);
        client = new LspTestClient(null);
    }

    @AfterAll
    static void stop() throws Exception {
        client.close();
    }

    @Test
    void diagnosticsOnOpenAreValidatesMessagesAtValidatesPositions() throws Exception {
        String text = LspFixtures.read(Path.of("tei/003_087891b04bf76bde.xml"))
                .replaceFirst("<p>", "<p rend=\"bogus\">")
                .replaceFirst("</head>", "</head><persName>loose</persName>");
        Path file = LspFixtures.write(root.resolve("tei/broken.xml"), text);
        String uri = LspFixtures.uri(file);
        client.open(uri, text);
        PublishDiagnosticsParams p = client.diagnosticsOfCurrentVersion(uri, 60_000, 3_000);
        List<String> expected = LspFixtures.validateMessages(file);
        assertFalse(expected.isEmpty(), "the fixture has errors");
        assertEquals(expected, LspFixtures.asValidateMessages(p.getDiagnostics()));
        Lines lines = new Lines(text);
        for (Diagnostic d : p.getDiagnostics()) {
            assertEquals("teikit", d.getSource());
            // a grammar error's range is the markup it is about: from its '<' to where validate points
            if (d.getCode().getLeft().equals("grammar")) {
                assertEquals('<', text.charAt(lines.offset(d.getRange().getStart())), d.toString());
                assertEquals('>', text.charAt(lines.offset(d.getRange().getEnd()) - 1), d.toString());
            }
        }
    }

    @Test
    void aDocumentNamingNoSchemaGetsTheProjectSchemaAsWithValidate() throws Exception {
        String text = "<TEI xmlns=\"http://www.tei-c.org/ns/1.0\"><text><body><p>no header</p></body></text></TEI>\n";
        Path file = LspFixtures.write(root.resolve("plain.xml"), text);
        String uri = LspFixtures.uri(file);
        client.open(uri, text);
        List<String> expected = LspFixtures.validateMessages(file);
        assertFalse(expected.isEmpty(), "the project schema requires a teiHeader");
        assertEquals(expected, LspFixtures.asValidateMessages(client.diagnosticsOfCurrentVersion(uri, 60_000, 2_000).getDiagnostics()));
    }

    @Test
    void noDtdOrExternalEntityIsLoaded() throws Exception {
        Path secret = LspFixtures.write(root.resolve("secret.txt"), "TOP-SECRET");
        String text = "<?xml version=\"1.0\"?>\n<!DOCTYPE TEI [ <!ENTITY s SYSTEM \"" + secret.toUri() + "\"> ]>\n"
                + "<TEI xmlns=\"http://www.tei-c.org/ns/1.0\"><text><body><p>&s;</p></body></text></TEI>\n";
        Path file = LspFixtures.write(root.resolve("xxe.xml"), text);
        String uri = LspFixtures.uri(file);
        client.open(uri, text);
        List<Diagnostic> d = client.diagnosticsOfCurrentVersion(uri, 60_000, 2_000).getDiagnostics();
        assertTrue(d.stream().noneMatch(x -> x.getMessage().contains("TOP-SECRET")), d.toString());
        assertTrue(d.stream().anyMatch(x -> x.getMessage().contains("not expanded") || x.getMessage().contains("refused")),
                d.toString());
        assertEquals(LspFixtures.validateMessages(file), LspFixtures.asValidateMessages(d));
    }
}
