package org.teikit.spark;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import org.teikit.validate.SchemaException;
import org.teikit.validate.Schemas;

/**
 * The compiled schemas of this JVM, one {@link Schemas} per {@link SchemaOptions}: the first task on an executor
 * compiles them (seconds for tei_all), every later task and every task thread shares them, as the threads of
 * {@code teikit validate} do. In local mode the driver's compilation, started before the session ({@link #startCompiling}),
 * is the one the tasks use. A failed compilation is not kept: the next caller tries again and sees the error.
 */
final class SharedSchemas {
    /** Compiles schemas for given options (a SchemaException is the answer). */
    interface Compilation {
        Schemas compile() throws SchemaException;
    }

    private static final ConcurrentMap<SchemaOptions, CompletableFuture<Schemas>> COMPILED = new ConcurrentHashMap<>();

    private SharedSchemas() {}

    static Schemas get(SchemaOptions options) throws SchemaException {
        CompletableFuture<Schemas> mine = new CompletableFuture<>();
        CompletableFuture<Schemas> f = COMPILED.putIfAbsent(options, mine);
        if (f == null) {   // this thread compiles; the others wait for it, not redo it
            complete(options, mine, options::compile);
            f = mine;
        }
        try {
            return f.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof SchemaException s) throw s;
            if (e.getCause() instanceof RuntimeException r) throw r;
            throw e;
        }
    }

    /** Compiles on a thread of its own, unless these options are compiled or compiling already. */
    static void startCompiling(SchemaOptions options, Compilation compilation) {
        CompletableFuture<Schemas> mine = new CompletableFuture<>();
        if (COMPILED.putIfAbsent(options, mine) != null) return;
        Thread t = new Thread(() -> complete(options, mine, compilation), "teikit-schemas");
        t.setDaemon(true);
        t.start();
    }

    private static void complete(SchemaOptions options, CompletableFuture<Schemas> f, Compilation compilation) {
        try {
            f.complete(compilation.compile());
        } catch (SchemaException | RuntimeException | Error e) {
            COMPILED.remove(options, f);
            f.completeExceptionally(e);
        }
    }
}
