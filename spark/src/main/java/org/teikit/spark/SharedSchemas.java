package org.teikit.spark;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import org.teikit.validate.SchemaException;
import org.teikit.validate.Schemas;

/**
 * The compiled schemas of this JVM, one {@link Schemas} per {@link SchemaOptions}: the first task on an executor
 * compiles them (seconds for tei_all), every later task and every task thread shares them, as the threads of
 * {@code teikit validate} do. In local mode the driver's early compilation is the one the tasks use.
 */
final class SharedSchemas {
    private static final ConcurrentMap<SchemaOptions, Schemas> COMPILED = new ConcurrentHashMap<>();

    private SharedSchemas() {}

    static Schemas get(SchemaOptions options) throws SchemaException {
        Schemas s = COMPILED.get(options);
        if (s != null) return s;
        synchronized (SharedSchemas.class) {   // one compilation at a time: the others wait for it, not redo it
            s = COMPILED.get(options);
            if (s == null) {
                s = options.compile();   // a failure is not kept: a later task tries again
                COMPILED.put(options, s);
            }
            return s;
        }
    }
}
