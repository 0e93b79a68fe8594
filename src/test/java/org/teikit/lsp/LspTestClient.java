package org.teikit.lsp;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.Pipe;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.eclipse.lsp4j.ClientCapabilities;
import org.eclipse.lsp4j.CompletionItem;
import org.eclipse.lsp4j.CompletionParams;
import org.eclipse.lsp4j.DidChangeTextDocumentParams;
import org.eclipse.lsp4j.DidOpenTextDocumentParams;
import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.InitializedParams;
import org.eclipse.lsp4j.MessageActionItem;
import org.eclipse.lsp4j.MessageParams;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.ShowDocumentParams;
import org.eclipse.lsp4j.ShowDocumentResult;
import org.eclipse.lsp4j.ShowMessageRequestParams;
import org.eclipse.lsp4j.TextDocumentContentChangeEvent;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.TextDocumentItem;
import org.eclipse.lsp4j.VersionedTextDocumentIdentifier;
import org.eclipse.lsp4j.jsonrpc.Launcher;
import org.eclipse.lsp4j.launch.LSPLauncher;
import org.eclipse.lsp4j.services.LanguageClient;
import org.eclipse.lsp4j.services.LanguageServer;

/**
 * A protocol-level client for tests and the latency benchmark: LSP4J's own launcher as the client, talking to
 * {@link LspServer} over piped streams in this JVM (the bytes are the real JSON-RPC messages).
 */
public final class LspTestClient implements LanguageClient, AutoCloseable {
    public final LanguageServer server;
    public final CompletableFuture<Integer> serverExit = new CompletableFuture<>();
    private final BlockingQueue<PublishDiagnosticsParams> diagnostics = new LinkedBlockingQueue<>();
    public final BlockingQueue<ShowDocumentParams> shown = new LinkedBlockingQueue<>();
    private final Map<String, Integer> versions = new ConcurrentHashMap<>();
    private final OutputStream toServer;
    private final Process process;

    public LspTestClient(Object initializationOptions) throws Exception {
        this(initializationOptions, Optional.empty());
    }

    public LspTestClient(Object initializationOptions, Optional<Path> cache) throws Exception {
        // NIO pipes, not java.io's Piped streams: those fail when a thread that once wrote has ended
        Pipe up = Pipe.open(), down = Pipe.open();
        InputStream serverIn = Channels.newInputStream(up.source());
        toServer = Channels.newOutputStream(up.sink());
        InputStream clientIn = Channels.newInputStream(down.source());
        OutputStream serverOut = Channels.newOutputStream(down.sink());
        Path previews = Path.of(System.getProperty("java.io.tmpdir"), "teikit-test-previews");
        Thread t = new Thread(() -> {
            try {
                serverExit.complete(new LspServer(cache, previews).serve(serverIn, serverOut));
            } catch (Throwable e) {
                serverExit.completeExceptionally(e);
            } finally {
                try {
                    serverOut.close();
                } catch (IOException ignored) {
                    // the client is gone too
                }
            }
        }, "test-lsp-server");
        t.setDaemon(true);
        t.start();
        process = null;
        server = connect(clientIn, initializationOptions);
    }

    /**
     * {@code teikit lsp} in a JVM of its own (this build's classes, with {@code javaOptions} such as a heap limit),
     * on its stdin and stdout: what an editor starts.
     */
    public LspTestClient(List<String> javaOptions, Path log) throws Exception {
        this(javaCommand(javaOptions), log, true);
    }

    /** A server started by {@code command} (the ./teikit launcher, say), on its stdin and stdout. */
    public LspTestClient(List<String> command, Path log, boolean subprocess) throws Exception {
        process = new ProcessBuilder(command).redirectError(log.toFile()).start();
        process.onExit().thenAccept(p -> serverExit.complete(p.exitValue()));
        toServer = process.getOutputStream();
        server = connect(process.getInputStream(), null);
    }

    private static List<String> javaCommand(List<String> javaOptions) {
        List<String> command = new java.util.ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(javaOptions);
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), "org.teikit.cli.TeikitCommand", "lsp"));
        return command;
    }

    /** The server's process (null when it runs in this JVM). */
    public Process process() {
        return process;
    }

    private LanguageServer connect(InputStream fromServer, Object initializationOptions) throws Exception {
        Launcher<LanguageServer> launcher = LSPLauncher.createClientLauncher(this, fromServer, toServer);
        launcher.startListening();
        LanguageServer proxy = launcher.getRemoteProxy();
        InitializeParams init = new InitializeParams();
        init.setCapabilities(new ClientCapabilities());
        init.setInitializationOptions(initializationOptions);
        proxy.initialize(init).get(120, TimeUnit.SECONDS);
        proxy.initialized(new InitializedParams());
        return proxy;
    }

    public void open(String uri, String text) {
        versions.put(uri, 1);
        server.getTextDocumentService().didOpen(new DidOpenTextDocumentParams(new TextDocumentItem(uri, "xml", 1, text)));
    }

    /** Replaces a range (0-based line/character) with text, as an editor's incremental sync sends it. */
    public void edit(String uri, int line, int from, int to, String text) {
        int v = versions.merge(uri, 1, Integer::sum);
        var change = new TextDocumentContentChangeEvent(new Range(new Position(line, from), new Position(line, to)), text);
        server.getTextDocumentService().didChange(new DidChangeTextDocumentParams(
                new VersionedTextDocumentIdentifier(uri, v), List.of(change)));
    }

    public void replaceAll(String uri, String text) {
        int v = versions.merge(uri, 1, Integer::sum);
        server.getTextDocumentService().didChange(new DidChangeTextDocumentParams(
                new VersionedTextDocumentIdentifier(uri, v), List.of(new TextDocumentContentChangeEvent(text))));
    }

    public int version(String uri) {
        return versions.getOrDefault(uri, 0);
    }

    /** The next diagnostics published for {@code uri} (others are dropped), or fails after the timeout. */
    public PublishDiagnosticsParams nextDiagnostics(String uri, long timeoutMillis) throws InterruptedException {
        long deadline = System.nanoTime() + timeoutMillis * 1_000_000;
        while (true) {
            long left = deadline - System.nanoTime();
            PublishDiagnosticsParams p = diagnostics.poll(Math.max(0, left), TimeUnit.NANOSECONDS);
            if (p == null) throw new AssertionError("no diagnostics for " + uri + " within " + timeoutMillis + " ms");
            if (p.getUri().equals(uri)) return p;
        }
    }

    /** Diagnostics for {@code uri}'s current version: waits past the earlier ones (and past the grammar-only ones until {@code settled}). */
    public PublishDiagnosticsParams diagnosticsOfCurrentVersion(String uri, long timeoutMillis, long settleMillis)
            throws InterruptedException {
        long deadline = System.nanoTime() + timeoutMillis * 1_000_000;
        PublishDiagnosticsParams last = null;
        while (true) {
            long left = (deadline - System.nanoTime()) / 1_000_000;
            if (left <= 0) {
                if (last != null) return last;
                throw new AssertionError("no diagnostics for version " + version(uri) + " of " + uri);
            }
            PublishDiagnosticsParams p = diagnostics.poll(last == null ? left : Math.min(left, settleMillis), TimeUnit.MILLISECONDS);
            if (p == null) {
                if (last != null) return last;
                continue;
            }
            if (p.getUri().equals(uri) && p.getVersion() != null && p.getVersion() == version(uri)) last = p;
        }
    }

    public void drainDiagnostics() {
        diagnostics.clear();
    }

    public List<CompletionItem> complete(String uri, int line, int character) throws Exception {
        var result = server.getTextDocumentService()
                .completion(new CompletionParams(new TextDocumentIdentifier(uri), new Position(line, character)))
                .get(60, TimeUnit.SECONDS);
        return result.isLeft() ? result.getLeft() : result.getRight().getItems();
    }

    public List<String> completionLabels(String uri, int line, int character) throws Exception {
        return complete(uri, line, character).stream().map(CompletionItem::getLabel).toList();
    }

    @Override
    public void close() throws Exception {
        try {
            if (!serverExit.isDone()) {   // a test may have ended it already
                // generous: shutdown waits for a validation still running, which a loaded machine slows many times
                server.shutdown().get(60, TimeUnit.SECONDS);
                server.exit();
                serverExit.get(60, TimeUnit.SECONDS);
            }
        } finally {
            toServer.close();
            if (process != null && process.isAlive()) process.destroyForcibly();
        }
    }

    /** Closes the connection without shutdown: the server must notice and end. */
    public void disconnect() throws IOException {
        toServer.close();
    }

    // ---- LanguageClient ----

    @Override
    public void publishDiagnostics(PublishDiagnosticsParams params) {
        diagnostics.add(params);
    }

    @Override
    public CompletableFuture<ShowDocumentResult> showDocument(ShowDocumentParams params) {
        shown.add(params);
        return CompletableFuture.completedFuture(new ShowDocumentResult(true));
    }

    @Override public void telemetryEvent(Object object) {}
    @Override public void showMessage(MessageParams messageParams) {}
    @Override public CompletableFuture<MessageActionItem> showMessageRequest(ShowMessageRequestParams requestParams) {
        return CompletableFuture.completedFuture(null);
    }
    @Override public void logMessage(MessageParams message) {}
}
