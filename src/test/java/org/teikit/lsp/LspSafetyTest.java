package org.teikit.lsp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.eclipse.lsp4j.CompletionParams;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DocumentSymbolParams;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Hostile buffers and clients: the server answers or refuses with a message, and ends cleanly. */
class LspSafetyTest {
    @TempDir
    static Path root;

    @Test
    void aFiftyMegabyteBufferIsRefusedWithAMessageAndTheServerAnswersOnInABoundedHeap() throws Exception {
        // its own JVM, with a heap of 384 MB: a 50 MB buffer (100 MB as Java chars, and its JSON message) fits,
        // because the server keeps nothing of a buffer it refuses
        try (LspTestClient client = new LspTestClient(List.of("-Xmx384m", "-XX:+UseSerialGC"), root.resolve("server.log"))) {
            String head = "<TEI xmlns=\"http://www.tei-c.org/ns/1.0\"><text><body>";
            StringBuilder b = new StringBuilder(52_000_000).append(head);
            while (b.length() < 50_000_000) b.append("<p>Lorem ipsum dolor sit amet, consectetur adipiscing.</p>\n");
            b.append("</body></text></TEI>\n");
            String uri = LspFixtures.uri(root.resolve("big.xml"));
            client.open(uri, b.toString());
            b = null;
            List<Diagnostic> d = client.nextDiagnostics(uri, 120_000).getDiagnostics();
            assertEquals(1, d.size(), d.toString());
            assertTrue(d.get(0).getMessage().startsWith("document too large for live validation"), d.toString());
            assertEquals(List.of(), client.completionLabels(uri, 0, 60));
            client.edit(uri, 0, 1, 1, "x");   // ranges into a buffer not kept: ignored, and said again
            assertTrue(client.nextDiagnostics(uri, 60_000).getDiagnostics().get(0).getMessage().startsWith("document too large"));
            String small = LspFixtures.uri(root.resolve("small.xml"));
            client.open(small, "<TEI xmlns=\"http://www.tei-c.org/ns/1.0\"/>");
            assertFalse(client.nextDiagnostics(small, 60_000).getDiagnostics().isEmpty());
            assertTrue(client.process().isAlive(), "the server survived");
        }
    }

    @Test
    void aBufferNestedAHundredThousandDeepGetsDiagnosticsAnOutlineAndCompletions() throws Exception {
        int depth = 100_000;
        String text = "<TEI xmlns=\"http://www.tei-c.org/ns/1.0\"><text><body>" + "<div>".repeat(depth) + "<p>deep</p>"
                + "</div>".repeat(depth) + "</body></text></TEI>\n";
        try (LspTestClient client = new LspTestClient(null)) {
            String uri = LspFixtures.uri(root.resolve("deep.xml"));
            client.open(uri, text);
            List<Diagnostic> d = client.diagnosticsOfCurrentVersion(uri, 180_000, 3_000).getDiagnostics();
            assertFalse(d.isEmpty(), "not valid TEI (no header)");
            var symbols = client.server.getTextDocumentService().documentSymbol(
                    new DocumentSymbolParams(new TextDocumentIdentifier(uri))).get(120, TimeUnit.SECONDS);
            assertEquals(1, symbols.size());
            int levels = 0;
            for (var s = symbols.get(0).getRight(); !s.getChildren().isEmpty(); s = s.getChildren().get(0)) levels++;
            assertEquals(Outline.MAX_DEPTH, levels, "nesting cut where JSON writers are still safe");
            int inside = text.indexOf("<p>") + 3;
            var items = client.complete(uri, 0, inside);
            assertTrue(items.stream().anyMatch(i -> i.getLabel().equals("hi")), items.toString());
        }
    }

    @Test
    void aClientThatDisconnectsMidRequestEndsTheServer() throws Exception {
        LspTestClient client = new LspTestClient(null);
        String uri = LspFixtures.uri(root.resolve("gone.xml"));
        client.open(uri, "<TEI xmlns=\"http://www.tei-c.org/ns/1.0\"><text><body><p>x</p></body></text></TEI>");
        client.server.getTextDocumentService().completion(new CompletionParams(new TextDocumentIdentifier(uri),
                new Position(0, 60)));
        client.disconnect();
        assertEquals(1, client.serverExit.get(30, TimeUnit.SECONDS), "input closed without shutdown: exit status 1");
    }

    @Test
    void theLspCommandEndsWhenItsStandardInputCloses() throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process p = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), "org.teikit.cli.TeikitCommand", "lsp")
                .redirectErrorStream(true).start();
        p.getOutputStream().close();
        assertTrue(p.waitFor(60, TimeUnit.SECONDS), "teikit lsp still runs after its input closed");
        assertEquals(1, p.exitValue(), "no shutdown was asked: exit status 1");
        assertEquals("", new String(p.getInputStream().readAllBytes()), "nothing but the protocol on stdout");
    }

    @Test
    void shutdownThenExitEndsTheServerWithStatusZero() throws Exception {
        LspTestClient client = new LspTestClient(null);
        client.server.shutdown().get(30, TimeUnit.SECONDS);
        client.server.exit();
        assertEquals(0, client.serverExit.get(30, TimeUnit.SECONDS));
        client.disconnect();
    }
}
