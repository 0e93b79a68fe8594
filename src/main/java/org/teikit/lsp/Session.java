package org.teikit.lsp;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.services.LanguageClient;

/** What the services of one connection share: the open documents, the schemas, the threads, the client. */
final class Session {
    final Map<String, OpenDocument> documents = new ConcurrentHashMap<>();
    final SchemaService schemas;
    final LiveValidation validation;
    final IdIndex.PersonsFiles persons = new IdIndex.PersonsFiles();
    final TeiPreview preview;
    /** Completion, hover and the rest run here, one at a time: Jing's matchers are not thread-safe. */
    final ExecutorService requests = Executors.newSingleThreadExecutor(task -> {
        Thread t = new Thread(null, task, "teikit-lsp-requests", 64L * 1024 * 1024);
        t.setDaemon(true);
        return t;
    });
    volatile LanguageClient client;

    Session(Optional<Path> schematronCache, Path previewFolder) {
        this.schemas = new SchemaService(schematronCache);
        this.preview = new TeiPreview(previewFolder);
        this.validation = new LiveValidation(schemas, this::publish);
    }

    private void publish(PublishDiagnosticsParams params, Boolean complete) {
        LanguageClient c = client;
        if (c == null) return;
        try {
            c.publishDiagnostics(params);
        } catch (RuntimeException disconnected) {
            // the client is gone (its stream closed): the server ends when its input does
            return;
        }
        if (complete) warmGuide(params.getUri());
    }

    /** Compiles the document's grammar for completion while the user reads the diagnostics (tei_all: about a second). */
    private void warmGuide(String uri) {
        try {
            requests.execute(() -> {
                OpenDocument doc = documents.get(uri);
                GrammarGuides guides = schemas.guides();
                if (doc != null && guides != null) guides.of(doc);
            });
        } catch (java.util.concurrent.RejectedExecutionException shuttingDown) {
            // no more requests will come
        }
    }

    OpenDocument document(String uri) {
        return documents.get(uri);
    }

    /** Every open document validated again (its schemas changed). */
    void revalidateAll() {
        for (OpenDocument d : documents.values()) {
            d.generation.incrementAndGet();
            validation.schedule(d, 0);
        }
    }

    /** No interrupts: a request thread may be writing its response, and an interrupt would close the channel. */
    void shutdown() {
        validation.shutdown();
        requests.shutdown();
    }
}
