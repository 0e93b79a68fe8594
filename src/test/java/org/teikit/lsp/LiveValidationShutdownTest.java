package org.teikit.lsp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Shutting down while the validation thread is publishing: LSP4J writes diagnostics on that thread, and an interrupt
 * during the write closes an interruptible channel (a pipe, a socket) under the whole connection, so the shutdown
 * response is never delivered. The thread must not be interrupted, and nothing more may be published.
 */
class LiveValidationShutdownTest {
    @TempDir
    Path root;

    @Test
    void shutdownDuringAPublishNeitherInterruptsTheWriterNorPublishesAgain() throws Exception {
        LspFixtures.edition(root);
        String text = LspFixtures.read(Path.of("tei/003_087891b04bf76bde.xml"));
        Path file = LspFixtures.write(root.resolve("tei/doc.xml"), text);
        CountDownLatch writing = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        AtomicBoolean interrupted = new AtomicBoolean();
        List<Boolean> published = new CopyOnWriteArrayList<>();
        LiveValidation validation = new LiveValidation(new SchemaService(Optional.empty()), (params, complete) -> {
            published.add(complete);
            if (complete) return;
            writing.countDown();   // the grammar's diagnostics, "being written" until released
            try {
                release.await();
            } catch (InterruptedException e) {
                interrupted.set(true);
            }
            if (Thread.currentThread().isInterrupted()) interrupted.set(true);
        });
        validation.schedule(new OpenDocument(LspFixtures.uri(file), text, 1), 0);
        assertTrue(writing.await(120, TimeUnit.SECONDS), "the grammar's diagnostics were published");

        validation.shutdown();
        Thread.sleep(200);   // an interrupt, if shutdown sent one, has arrived by now
        release.countDown();
        Thread.sleep(3_000);   // Schematron would have finished and published by now

        assertFalse(interrupted.get(), "the thread writing to the client was interrupted");
        assertEquals(List.of(false), published, "only the grammar's publish, none after shutdown");
    }
}
