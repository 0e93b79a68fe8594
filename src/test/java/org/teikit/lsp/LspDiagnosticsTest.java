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
        for (Diagnostic d : p.getDiagnostics()) {
            assertEquals("teikit", d.getSource());
            assertTrue(d.getRange().getStart().getLine() <= d.getRange().getEnd().getLine(), d.toString());
        }
    }
}
