package org.teikit.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.teikit.validate.SchemaException;
import org.teikit.validate.Schemas;

class SharedSchemasTest {
    @TempDir
    Path dir;

    private SchemaOptions options(String grammar) throws Exception {
        Path schema = Files.writeString(dir.resolve("s" + grammar.hashCode() + ".rnc"), grammar);
        return new SchemaOptions(List.of(schema.toString()), List.of(), false, null);
    }

    @Test
    void tasksOfOneJvmShareOneCompilationPerSchemaOptions() throws Exception {
        SchemaOptions a = options("element a { empty }\n");
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Schemas>> got = pool.invokeAll(List.of(() -> SharedSchemas.get(a), () -> SharedSchemas.get(a),
                    () -> SharedSchemas.get(a), () -> SharedSchemas.get(a)));
            Schemas first = got.get(0).get();
            for (Future<Schemas> f : got) assertSame(first, f.get());
            assertSame(first, SharedSchemas.get(new SchemaOptions(a.schemas(), List.of(), false, null)), "equal options");
            assertNotSame(first, SharedSchemas.get(options("element b { empty }\n")), "other options, other schemas");
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void anEarlyCompilationIsTheOneTasksGet() throws Exception {
        SchemaOptions c = options("element c { empty }\n");
        AtomicInteger compilations = new AtomicInteger();

        SharedSchemas.startCompiling(c, () -> {
            compilations.incrementAndGet();
            return c.compile();
        });
        Schemas s = SharedSchemas.get(c);

        assertSame(s, SharedSchemas.get(c));
        assertEquals(1, compilations.get());
    }

    @Test
    void aFailedCompilationIsReportedAndNotKept() throws Exception {
        Path schema = dir.resolve("later.rnc");
        Files.writeString(schema, "element d { broken ");
        SchemaOptions d = new SchemaOptions(List.of(schema.toString()), List.of(), false, null);

        assertThrows(SchemaException.class, () -> SharedSchemas.get(d));
        Files.writeString(schema, "element d { empty }\n");
        SharedSchemas.get(d);   // compiles again, now fixed
    }
}
