package org.teikit.lsp;

import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/**
 * One document the editor has open: its buffer as the editor holds it (never the file on disk), the grammars its
 * last validation used, and a generation that every edit advances so a validation of an older text can be called off.
 * Written by the protocol thread, read by the validation and request threads: fields are volatile, texts immutable.
 */
final class OpenDocument {
    /** Buffers above this are not kept: the editor is told once, and nothing else is done with them. */
    static final int MAX_CHARS = 16 * 1024 * 1024;

    final String uri;
    final Path path;   // null when the URI is not a file
    final AtomicLong generation = new AtomicLong();
    final AtomicLong lastEdit = new AtomicLong(System.nanoTime());   // for the debounce
    private volatile String text;
    private volatile int version;
    private volatile List<URI> grammars = List.of();
    private volatile List<URI> schemaFiles = List.of();
    private volatile ElementTree tree;   // of the current text, made when first asked for
    final WalkCheckpoints walks = new WalkCheckpoints();

    OpenDocument(String uri, String text, int version) {
        this.uri = uri;
        this.path = pathOf(uri);
        update(text, version);
    }

    /** Replaces the buffer; a buffer too large to keep is kept as null (see {@link #tooLarge()}). */
    void update(String newText, int newVersion) {
        update(newText, newVersion, 0);
    }

    /** Replaces the buffer, which is unchanged before {@code changedFrom}. */
    void update(String newText, int newVersion, int changedFrom) {
        walks.changedFrom(changedFrom);
        text = newText != null && newText.length() > MAX_CHARS ? null : newText;
        version = newVersion;
        tree = null;
        generation.incrementAndGet();
    }

    /** The buffer, or null when it is too large to keep. */
    String text() {
        return text;
    }

    boolean tooLarge() {
        return text == null;
    }

    int version() {
        return version;
    }

    ElementTree tree() {
        String t = text;
        ElementTree current = tree;
        if (current == null || !current.text().equals(t)) {   // equals: same String instance in the usual case
            current = ElementTree.of(t == null ? "" : t);
            tree = current;
        }
        return current;
    }

    List<URI> grammars() {
        return grammars;
    }

    /** The schema files (grammars and Schematron) its last validation was checked against, to watch for changes. */
    List<URI> schemaFiles() {
        return schemaFiles;
    }

    void usedSchemas(List<URI> grammarUris, List<URI> ruleUris) {
        grammars = List.copyOf(grammarUris);
        java.util.LinkedHashSet<URI> all = new java.util.LinkedHashSet<>(grammarUris);
        all.addAll(ruleUris);
        schemaFiles = List.copyOf(all);
    }

    boolean isTranscription() {
        return path != null && path.getFileName() != null && path.getFileName().toString().endsWith(".txt");
    }

    static Path pathOf(String uri) {
        try {
            URI u = URI.create(uri);
            return "file".equals(u.getScheme()) ? Path.of(u) : null;
        } catch (IllegalArgumentException | java.nio.file.FileSystemNotFoundException e) {
            return null;
        }
    }
}
