package org.teikit.lsp;

import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.eclipse.lsp4j.jsonrpc.Launcher;
import org.eclipse.lsp4j.launch.LSPLauncher;
import org.eclipse.lsp4j.services.LanguageClient;

/**
 * {@code teikit lsp}: a Language Server for TEI over a pair of streams (stdio for editors). Runs until the client
 * sends exit or closes the input stream; returns the exit status.
 */
public final class LspServer {
    private final Optional<Path> schematronCache;
    private final Path previewFolder;

    /**
     * @param schematronCache where compiled Schematron is kept between runs (as {@code teikit validate} keeps it)
     * @param previewFolder   where "preview TEI" writes the TEI of a transcription
     */
    public LspServer(Optional<Path> schematronCache, Path previewFolder) {
        this.schematronCache = schematronCache;
        this.previewFolder = previewFolder;
    }

    /** Serves one client on these streams; 0 after shutdown and exit, 1 on exit without shutdown or a closed input. */
    public int serve(InputStream in, OutputStream out) throws InterruptedException {
        Session session = new Session(schematronCache, previewFolder);
        TeiLanguageServer server = new TeiLanguageServer(session);
        ExecutorService protocol = Executors.newCachedThreadPool(task -> {
            Thread t = new Thread(task, "teikit-lsp-protocol");
            t.setDaemon(true);
            return t;
        });
        Launcher<LanguageClient> launcher = new LSPLauncher.Builder<LanguageClient>()
                .setLocalService(server)
                .setRemoteInterface(LanguageClient.class)
                .setInput(in)
                .setOutput(out)
                .setExecutorService(protocol)
                .create();
        server.connect(launcher.getRemoteProxy());
        Future<Void> listening = launcher.startListening();
        CompletableFuture<Object> inputClosed = CompletableFuture.supplyAsync(() -> {
            try {
                listening.get();
            } catch (InterruptedException | ExecutionException e) {
                // the stream ended badly: the same as closed
            }
            return 1;
        }, protocol);
        try {
            Object status = CompletableFuture.anyOf(server.exited(), inputClosed).get();
            return (Integer) status;
        } catch (ExecutionException e) {
            return 1;
        } finally {
            session.shutdown();
            listening.cancel(true);
            protocol.shutdownNow();
        }
    }
}
