package org.teikit.lsp;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.function.BiConsumer;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.teikit.validate.FileResult;
import org.teikit.validate.SchemaException;
import org.teikit.validate.Schemas;
import org.teikit.validate.Severity;
import org.teikit.validate.Validator;

/**
 * Validates open documents from their buffers, one at a time on a thread of its own, and publishes the diagnostics:
 * the grammar's first, then with Schematron's. An edit schedules a validation after a short quiet time (the
 * debounce); an edit arriving meanwhile makes the scheduled or running one stale, and a stale one stops at its next
 * read of the buffer, so a burst of edits costs one validation of the last text.
 */
final class LiveValidation {
    /** Deep enough for Saxon's Schematron templates on deeply nested documents; only reserved, not committed. */
    private static final long STACK_BYTES = 512L * 1024 * 1024;

    private final SchemaService schemas;
    private final BiConsumer<PublishDiagnosticsParams, Boolean> publish;   // (diagnostics, final?)
    private final ScheduledThreadPoolExecutor worker = new ScheduledThreadPoolExecutor(1, task -> {
        Thread t = new Thread(null, task, "teikit-lsp-validation", STACK_BYTES);
        t.setDaemon(true);
        return t;
    });
    private volatile boolean stopped;
    private Schemas validatorSchemas;   // the worker thread's own
    private Validator validator;

    LiveValidation(SchemaService schemas, BiConsumer<PublishDiagnosticsParams, Boolean> publish) {
        this.schemas = schemas;
        this.publish = (params, complete) -> {
            if (!stopped) publish.accept(params, complete);
        };
        worker.setExecuteExistingDelayedTasksAfterShutdownPolicy(false);
    }

    /** Validates the document's current text after {@code delayMillis}, unless it changes again before. */
    void schedule(OpenDocument doc, long delayMillis) {
        if (stopped) return;   // an edit that raced the shutdown
        long generation = doc.generation.get();
        worker.schedule(() -> run(doc, generation), delayMillis, TimeUnit.MILLISECONDS);
    }

    /**
     * After an edit: the first edit after a quiet spell is validated at once (a stale run is called off when the next
     * edit comes); edits that follow each other within {@code debounceMillis} wait that long, so a burst costs one
     * validation of its last text.
     */
    void edited(OpenDocument doc, long debounceMillis) {
        long now = System.nanoTime();
        long previous = doc.lastEdit.getAndSet(now);
        schedule(doc, now - previous > debounceMillis * 1_000_000 ? 0 : debounceMillis);
    }

    void clear(OpenDocument doc) {
        doc.generation.incrementAndGet();   // a validation still pending for it is now stale
        if (stopped) return;
        worker.execute(() -> publish.accept(new PublishDiagnosticsParams(doc.uri, List.of()), true));
    }

    /**
     * Stops without interrupting: the worker may be writing diagnostics to the client, and an interrupt there closes
     * an interruptible channel (a pipe or socket) under the whole connection, shutdown response included. A running
     * validation stops at its next read of the buffer instead, and nothing is published after this.
     */
    void shutdown() {
        stopped = true;
        worker.shutdown();
    }

    private void run(OpenDocument doc, long generation) {
        if (stopped || doc.generation.get() != generation) return;   // a newer edit has its own validation scheduled
        String text = doc.text();
        int version = doc.version();
        if (text == null) {
            publishOne(doc, version, "document too large for live validation (more than " + OpenDocument.MAX_CHARS
                    + " characters): run teikit validate on the file", Severity.WARNING);
            return;
        }
        Schemas current = schemas.schemas();
        if (current == null) {
            publishOne(doc, version, "no schema can be used: " + schemas.problem(), Severity.ERROR);
            return;
        }
        if (current != validatorSchemas) {
            validatorSchemas = current;
            validator = current.newValidator();
        }
        String name = doc.path != null ? doc.path.toString() : doc.uri;
        URI base = doc.path != null ? doc.path.toAbsolutePath().toUri() : null;
        try {
            FileResult result = validator.validate(text, name, base, new Validator.BufferProgress() {
                @Override
                public boolean cancelled() {
                    return stopped || doc.generation.get() != generation;
                }

                @Override
                public void grammarChecked(FileResult grammar) {
                    doc.usedSchemas(validator.lastGrammars(), validator.lastRules());
                    publish.accept(params(doc, version, Diagnostics.of(grammar, text)), false);
                }
            });
            doc.usedSchemas(validator.lastGrammars(), validator.lastRules());
            if (doc.generation.get() != generation) return;
            publish.accept(params(doc, version, Diagnostics.of(result, text)), true);
        } catch (CancellationException stale) {
            // the newer edit's validation follows
        } catch (SchemaException e) {
            publishAtSchemaModel(doc, version, text, e.getMessage());
        } catch (StackOverflowError e) {
            validator = validatorSchemas.newValidator();   // its state is unknown after the overflow
            publishOne(doc, version, "elements nested too deeply to check (the checks overflowed their stack)",
                    Severity.ERROR);
        } catch (RuntimeException e) {
            validator = validatorSchemas.newValidator();
            publishOne(doc, version, "teikit could not check this document: " + e, Severity.ERROR);
        }
    }

    /** A problem with the schema itself: one diagnostic, on the xml-model PI that names it (else the first line). */
    private void publishAtSchemaModel(OpenDocument doc, int version, String text, String problem) {
        Lines lines = new Lines(text);
        for (Markup.Token t : Markup.prolog(text)) {
            if (t.kind() == Markup.Kind.PI && t.name().equals("xml-model")) {
                publish.accept(params(doc, version, List.of(Diagnostics.diagnostic("schema not usable: " + problem,
                        Severity.ERROR, "schema", lines.range(t.start(), t.end())))), true);
                return;
            }
        }
        publishOne(doc, version, "schema not usable: " + problem, Severity.ERROR);
    }

    private void publishOne(OpenDocument doc, int version, String message, Severity severity) {
        Lines lines = new Lines(doc.text() == null ? "" : doc.text());
        List<Diagnostic> one = new ArrayList<>();
        one.add(Diagnostics.diagnostic(message, severity, "teikit", lines.range(0, lines.offset(0, Integer.MAX_VALUE))));
        publish.accept(params(doc, version, one), true);
    }

    private static PublishDiagnosticsParams params(OpenDocument doc, int version, List<Diagnostic> diagnostics) {
        return new PublishDiagnosticsParams(doc.uri, diagnostics, version);
    }
}
