package org.teikit.lsp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DidCloseTextDocumentParams;
import org.eclipse.lsp4j.DidSaveTextDocumentParams;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Diagnostics follow the editor's buffer through open, change (debounced, stale runs dropped), save and close. */
class LspEditingTest {
    @TempDir
    static Path root;
    static LspTestClient client;
    static String valid;

    @BeforeAll
    static void start() throws Exception {
        LspFixtures.edition(root);
        valid = LspFixtures.read(Path.of("tei/003_087891b04bf76bde.xml"));
        client = new LspTestClient(null);
    }

    @AfterAll
    static void stop() throws Exception {
        client.close();
    }

    @Test
    void theBufferIsValidatedNotTheFileOnDisk() throws Exception {
        Path file = LspFixtures.write(root.resolve("tei/disk.xml"), valid);
        String uri = LspFixtures.uri(file);
        String buffer = valid.replaceFirst("<p>", "<p><bogus/>");
        client.open(uri, buffer);
        List<Diagnostic> d = client.diagnosticsOfCurrentVersion(uri, 60_000, 2_000).getDiagnostics();
        assertEquals(LspFixtures.validateMessages(LspFixtures.write(root.resolve("tei/disk-copy.xml"), buffer)),
                LspFixtures.asValidateMessages(d));
        assertTrue(LspFixtures.validateMessages(file).isEmpty(), "the file on disk is valid");
    }

    @Test
    void anEditIsValidatedAndSavingValidatesAgain() throws Exception {
        Path file = LspFixtures.write(root.resolve("tei/edit.xml"), valid);
        String uri = LspFixtures.uri(file);
        client.open(uri, valid);
        assertEquals(List.of(), client.diagnosticsOfCurrentVersion(uri, 60_000, 2_000).getDiagnostics());
        int line = (int) valid.substring(0, valid.indexOf("<sp ")).chars().filter(c -> c == '\n').count();
        int column = valid.lines().toList().get(line).indexOf("<sp ") + 1;
        client.edit(uri, line, column, column + 2, "spx");   // <sp → <spx ... </sp>: not well-formed
        PublishDiagnosticsParams p = client.diagnosticsOfCurrentVersion(uri, 60_000, 2_000);
        String edited = valid.replaceFirst("<sp ", "<spx ");
        assertEquals(LspFixtures.validateMessages(LspFixtures.write(root.resolve("tei/edit-copy.xml"), edited)),
                LspFixtures.asValidateMessages(p.getDiagnostics()));
        assertEquals("wellformedness", p.getDiagnostics().get(p.getDiagnostics().size() - 1).getCode().getLeft());

        client.server.getTextDocumentService().didSave(new DidSaveTextDocumentParams(new TextDocumentIdentifier(uri)));
        PublishDiagnosticsParams again = client.nextDiagnostics(uri, 30_000);
        assertEquals(p.getDiagnostics(), again.getDiagnostics());

        client.server.getTextDocumentService().didClose(new DidCloseTextDocumentParams(new TextDocumentIdentifier(uri)));
        assertEquals(List.of(), client.nextDiagnostics(uri, 30_000).getDiagnostics(), "closing clears them");
    }

    @Test
    void anUnfinishedTagIsAWellFormednessErrorAndCompletionStillAnswers() throws Exception {
        String unfinished = valid.substring(0, valid.indexOf("<sp ")) + "<sp who=\"#stalin\"><speaker>S</speaker><p>Half <per";
        Path file = LspFixtures.write(root.resolve("tei/unfinished.xml"), unfinished);
        String uri = LspFixtures.uri(file);
        client.open(uri, unfinished);
        List<Diagnostic> d = client.diagnosticsOfCurrentVersion(uri, 60_000, 2_000).getDiagnostics();
        assertEquals(LspFixtures.validateMessages(file), LspFixtures.asValidateMessages(d));
        assertEquals("wellformedness", d.get(d.size() - 1).getCode().getLeft());
        Lines lines = new Lines(unfinished);
        var end = lines.position(unfinished.length());
        List<String> labels = client.completionLabels(uri, end.getLine(), end.getCharacter());
        assertTrue(labels.contains("persName") && labels.contains("hi"), labels.toString());
        assertFalse(labels.contains("div"), labels.toString());
    }

    @Test
    void aBurstOfTenThousandEditsEndsInTheLastVersionsDiagnosticsAfterFewValidations() throws Exception {
        Path file = LspFixtures.write(root.resolve("tei/burst.xml"), valid);
        String uri = LspFixtures.uri(file);
        client.open(uri, valid);
        client.diagnosticsOfCurrentVersion(uri, 60_000, 2_000);
        client.drainDiagnostics();
        int line = (int) valid.substring(0, valid.indexOf("<p>")).chars().filter(c -> c == '\n').count();
        int column = valid.lines().toList().get(line).indexOf("<p>") + 3;
        int edits = 10_000;
        for (int i = 0; i < edits; i++) {
            if (i % 2 == 0) client.edit(uri, line, column, column, "x");
            else client.edit(uri, line, column, column + 1, "");
        }
        client.edit(uri, line, column, column, "<bogus/>");
        int published = 0;
        PublishDiagnosticsParams p;
        do {
            p = client.nextDiagnostics(uri, 120_000);
            published++;
        } while (p.getVersion() != client.version(uri) || p.getDiagnostics().isEmpty());
        assertTrue(p.getDiagnostics().stream().anyMatch(x -> x.getMessage().contains("\"bogus\"")), p.toString());
        assertTrue(published < edits / 10, "stale validations are called off: " + published + " publications for "
                + edits + " edits");
    }
}
