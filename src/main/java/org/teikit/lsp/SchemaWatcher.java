package org.teikit.lsp;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Looks at the schema files the open documents use once a second and recompiles when one changed: editors that
 * do not send workspace/didChangeWatchedFiles (or not for files outside the workspace, such as tei_all) still get
 * new diagnostics when a schema is edited. Only modification time and size are read.
 */
final class SchemaWatcher {
    private final Session session;
    private final Map<Path, String> seen = new HashMap<>();
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(task -> {
        Thread t = new Thread(task, "teikit-lsp-schema-watcher");
        t.setDaemon(true);
        return t;
    });

    SchemaWatcher(Session session) {
        this.session = session;
    }

    void start(long periodMillis) {
        timer.scheduleWithFixedDelay(this::check, periodMillis, periodMillis, TimeUnit.MILLISECONDS);
    }

    void stop() {
        timer.shutdownNow();
    }

    synchronized void check() {
        Set<Path> files = new LinkedHashSet<>();
        for (OpenDocument d : session.documents.values()) {
            for (URI u : d.schemaFiles()) if ("file".equals(u.getScheme())) files.add(Path.of(u));
            files.addAll(SchemaReferences.named(d));
        }
        Settings s = session.schemas.settings();
        files.addAll(s.catalogs());
        if (s.defaultSchema() != null && !s.defaultSchema().contains("://")) files.add(Path.of(s.defaultSchema()).toAbsolutePath());
        boolean changed = false;
        for (Path f : files) {
            String stamp = stamp(f);
            String before = seen.put(f, stamp);
            if (before != null && !before.equals(stamp)) changed = true;
        }
        if (changed) {
            session.schemas.rebuild();
            session.revalidateAll();
        }
    }

    private static String stamp(Path f) {
        try {
            BasicFileAttributes a = Files.readAttributes(f, BasicFileAttributes.class);
            return a.lastModifiedTime().toMillis() + ":" + a.size();
        } catch (IOException e) {
            return "missing";
        }
    }
}
