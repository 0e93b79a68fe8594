package org.teikit.lsp;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.eclipse.lsp4j.ClientCapabilities;
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
import org.eclipse.lsp4j.ShowMessageRequestParams;
import org.eclipse.lsp4j.TextDocumentContentChangeEvent;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.TextDocumentItem;
import org.eclipse.lsp4j.VersionedTextDocumentIdentifier;
import org.eclipse.lsp4j.launch.LSPLauncher;
import org.eclipse.lsp4j.services.LanguageClient;
import org.eclipse.lsp4j.services.LanguageServer;

/**
 * bench/lsp-latency's client: starts {@code teikit lsp} as the editor would (a process on stdio), then measures
 * didChange → publishDiagnostics after one-character edits (the first publication, the grammar's, and the second,
 * with Schematron), completion round trips, and the server's resident memory with 20 documents open.
 *
 * <p>Usage: {@code LspLatencyBench WORK TEI_ALL DOC EDITS BIG_EDITS -- SERVER-COMMAND...}; prints Markdown rows.
 */
public final class LspLatencyBench implements LanguageClient {
    private final Map<String, BlockingQueue<Long>> arrivals = new ConcurrentHashMap<>();   // nanoTime per publication
    private final Map<String, Integer> lastVersion = new ConcurrentHashMap<>();

    public static void main(String[] args) throws Exception {
        int dash = Arrays.asList(args).indexOf("--");
        Path work = Path.of(args[0]);
        Path teiAll = Path.of(args[1]).toAbsolutePath();
        Path doc = Path.of(args[2]);
        int edits = Integer.parseInt(args[3]);
        int bigEdits = Integer.parseInt(args[4]);
        List<String> command = Arrays.asList(args).subList(dash + 1, args.length);
        new LspLatencyBench().run(work, teiAll, doc, edits, bigEdits, command);
    }

    private void run(Path work, Path teiAll, Path doc, int edits, int bigEdits, List<String> command) throws Exception {
        Files.createDirectories(work.resolve("tei"));
        String model = "<?xml-model href=\"" + teiAll.toUri() + "\" type=\"application/xml\" schematypens=\"http://relaxng.org/ns/structure/1.0\"?>\n";
        String original = Files.readString(doc);
        String body = original.replaceAll("<\\?xml-model[^>]*\\?>\\s*", "");
        String withTeiAll = body.replaceFirst("(<\\?xml [^>]*\\?>\\s*)", "$1" + model.replace("$", "\\$"));
        Path small = write(work.resolve("tei/doc-tei_all.xml"), withTeiAll);
        Path big = write(work.resolve("tei/big-tei_all.xml"), twoMegabytes(withTeiAll));

        Process server = new ProcessBuilder(command).redirectError(work.resolve("server.log").toFile()).start();
        var launcher = LSPLauncher.createClientLauncher(this, server.getInputStream(), server.getOutputStream());
        launcher.startListening();
        LanguageServer ls = launcher.getRemoteProxy();
        InitializeParams init = new InitializeParams();
        init.setCapabilities(new ClientCapabilities());
        ls.initialize(init).get(120, TimeUnit.SECONDS);
        ls.initialized(new InitializedParams());

        System.out.println("| measure | n | p50 ms | p95 ms | max ms | target | met? |");
        System.out.println("|---|---:|---:|---:|---:|---|---|");
        long[][] small200 = edits(ls, small, withTeiAll, 20, edits);
        row("didChange → first publishDiagnostics (grammar), " + kb(small) + " kB, tei_all", small200[0], 50);
        row("didChange → second publishDiagnostics (with tei_all's Schematron), " + kb(small) + " kB", small200[1], -1);
        long[] completion = completions(ls, small, withTeiAll, 20, edits);
        row("completion round trip, " + kb(small) + " kB, tei_all (element names in a <p>)", completion, 20);
        long[][] big100 = edits(ls, big, Files.readString(big), 5, bigEdits);
        row("didChange → first publishDiagnostics (grammar), " + kb(big) + " kB, tei_all", big100[0], 250);
        row("didChange → second publishDiagnostics (with Schematron), " + kb(big) + " kB", big100[1], -1);

        // resident memory with tei_all compiled and 20 documents open (each validated, Schematron included)
        for (int i = 0; i < 18; i++) {
            Path copy = write(work.resolve("tei/copy-" + i + ".xml"), withTeiAll);
            open(ls, copy, withTeiAll);
            awaitSecond(copy);
        }
        Thread.sleep(2000);
        String status = Files.readString(Path.of("/proc/" + server.pid() + "/status"));
        System.out.println();
        System.out.println("server RSS with 20 documents open (" + kb(small) + " kB ×19 and " + kb(big)
                + " kB ×1): VmRSS " + mib(status, "VmRSS") + " MiB, peak VmHWM " + mib(status, "VmHWM") + " MiB"
                + " (target ≤ 400 MB: " + (mib(status, "VmRSS") * 1.048576 <= 400 ? "yes" : "**no**") + ")");
        ls.shutdown().get(30, TimeUnit.SECONDS);
        ls.exit();
        System.out.println("server exit status after shutdown and exit: " + server.waitFor());
    }

    /** One-character edits in a text node, alternately typed and deleted, each waited for: [first, second] latencies. */
    private long[][] edits(LanguageServer ls, Path file, String text, int warmup, int measured) throws Exception {
        String uri = open(ls, file, text);
        awaitSecond(file);
        Lines lines = new Lines(text);
        Position at = lines.position(text.indexOf("<p>", text.indexOf("<body")) + 3);
        long[] first = new long[measured], second = new long[measured];
        for (int i = 0; i < warmup + measured; i++) {
            int v = lastVersion.merge(uri, 1, Integer::sum);
            var change = i % 2 == 0
                    ? new TextDocumentContentChangeEvent(new Range(at, at), "x")
                    : new TextDocumentContentChangeEvent(new Range(at, new Position(at.getLine(), at.getCharacter() + 1)), "");
            BlockingQueue<Long> q = arrivals.get(uri);
            q.clear();
            long t0 = System.nanoTime();
            ls.getTextDocumentService().didChange(new DidChangeTextDocumentParams(
                    new VersionedTextDocumentIdentifier(uri, v), List.of(change)));
            long a = take(q), b = take(q);
            if (i >= warmup) {
                first[i - warmup] = a - t0;
                second[i - warmup] = b - t0;
            }
        }
        return new long[][] {first, second};
    }

    private long[] completions(LanguageServer ls, Path file, String text, int warmup, int measured) throws Exception {
        String uri = file.toUri().toString();
        Lines lines = new Lines(text);
        List<Position> positions = new ArrayList<>();
        for (int at = text.indexOf("<p>", text.indexOf("<body")); at >= 0 && positions.size() < 50; at = text.indexOf("<p>", at + 3)) {
            positions.add(lines.position(at + 3));
        }
        long[] times = new long[measured];
        for (int i = 0; i < warmup + measured; i++) {
            Position p = positions.get(i % positions.size());
            long t0 = System.nanoTime();
            var r = ls.getTextDocumentService().completion(new CompletionParams(new TextDocumentIdentifier(uri), p))
                    .get(30, TimeUnit.SECONDS);
            long t = System.nanoTime() - t0;
            if (r.getRight().getItems().isEmpty()) throw new IllegalStateException("no completion at " + p);
            if (i >= warmup) times[i - warmup] = t;
        }
        return times;
    }

    private String open(LanguageServer ls, Path file, String text) {
        String uri = file.toUri().toString();
        arrivals.put(uri, new LinkedBlockingQueue<>());
        lastVersion.put(uri, 1);
        ls.getTextDocumentService().didOpen(new DidOpenTextDocumentParams(new TextDocumentItem(uri, "xml", 1, text)));
        return uri;
    }

    private void awaitSecond(Path file) throws InterruptedException {
        BlockingQueue<Long> q = arrivals.get(file.toUri().toString());
        take(q);
        take(q);
    }

    private static long take(BlockingQueue<Long> q) throws InterruptedException {
        Long t = q.poll(120, TimeUnit.SECONDS);
        if (t == null) throw new IllegalStateException("no diagnostics within 120 s");
        return t;
    }

    /** The document with its body's divisions repeated (their ids dropped) up to about 2 MB. */
    private static String twoMegabytes(String doc) {
        int from = doc.indexOf("<body>") + 6, to = doc.lastIndexOf("</body>");
        String inner = doc.substring(from, to).replaceAll(" xml:id=\"[^\"]*\"", "");
        StringBuilder b = new StringBuilder(doc.substring(0, to));
        while (b.length() < 2_000_000) b.append(inner);
        return b.append(doc.substring(to)).toString();
    }

    private static void row(String what, long[] nanos, int targetMillis) {
        long[] s = nanos.clone();
        Arrays.sort(s);
        double p50 = s[(int) Math.floor(0.50 * (s.length - 1))] / 1e6;
        double p95 = s[(int) Math.ceil(0.95 * (s.length - 1))] / 1e6;
        double max = s[s.length - 1] / 1e6;
        String target = targetMillis < 0 ? "" : "p95 ≤ " + targetMillis + " ms";
        String met = targetMillis < 0 ? "" : p95 <= targetMillis ? "yes" : "**no**";
        System.out.printf("| %s | %d | %.1f | %.1f | %.1f | %s | %s |%n", what, s.length, p50, p95, max, target, met);
    }

    private static long kb(Path p) throws IOException {
        return Files.size(p) / 1000;
    }

    private static long mib(String status, String field) {
        for (String line : status.split("\n")) {
            if (line.startsWith(field + ":")) return Long.parseLong(line.replaceAll("\\D", "")) / 1024;
        }
        return -1;
    }

    private static Path write(Path p, String s) throws IOException {
        Files.writeString(p, s);
        return p;
    }

    // ---- LanguageClient ----

    @Override
    public void publishDiagnostics(PublishDiagnosticsParams params) {
        long now = System.nanoTime();
        Integer expected = lastVersion.get(params.getUri());
        if (expected != null && params.getVersion() != null && params.getVersion().equals(expected)) {
            arrivals.get(params.getUri()).add(now);
        }
    }

    @Override public void telemetryEvent(Object object) {}
    @Override public void showMessage(MessageParams messageParams) {}
    @Override public CompletableFuture<MessageActionItem> showMessageRequest(ShowMessageRequestParams requestParams) {
        return CompletableFuture.completedFuture(null);
    }
    @Override public void logMessage(MessageParams message) {}
}
