package org.teikit.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An editor's buffer is validated as its file would be; grammar messages come before Schematron's; stale runs stop. */
class BufferValidationTest {
    @TempDir
    static Path dir;

    @BeforeAll
    static void schemas() {
        NoteSchemas.write(dir);
    }

    /** Collects what a buffer validation hands out on the way. */
    private static final class Progress implements Validator.BufferProgress {
        final List<FileResult> grammar = new ArrayList<>();
        boolean cancel;

        @Override public boolean cancelled() { return cancel; }
        @Override public void grammarChecked(FileResult r) { grammar.add(r); }
    }

    @Test
    void aBufferGetsTheMessagesItsFileWouldGetAndTheGrammarsFirst() throws SchemaException {
        String text = NoteSchemas.note(NoteSchemas.xmlModel("note-with-rules.rng", NoteSchemas.RNG_NS)
                + NoteSchemas.xmlModel("note.sch", NoteSchemas.SCH_NS), " to='nobody' when='x'", "");
        Path file = TestFiles.write(dir, "buffer.xml", text);
        Schemas schemas = Schemas.builder().build();
        Validator v = schemas.newValidator();
        FileResult fromFile = v.validate(file);
        Progress progress = new Progress();
        FileResult fromBuffer = v.validate(text, file.toString(), file.toUri(), progress);
        assertEquals(fromFile, fromBuffer);
        assertEquals(1, progress.grammar.size());
        List<Message> grammar = progress.grammar.get(0).messages();
        assertTrue(grammar.stream().allMatch(m -> m.source() != MessageSource.SCHEMATRON), grammar.toString());
        assertEquals(fromFile.messages().stream().filter(m -> m.source() != MessageSource.SCHEMATRON).toList(), grammar);
        assertTrue(fromBuffer.messages().stream().anyMatch(m -> m.text().equals("A note must not be empty.")));
        assertEquals(List.of(dir.resolve("note-with-rules.rng").toUri()), v.lastGrammars());
        assertEquals(List.of(dir.resolve("note-with-rules.rng").toUri(), dir.resolve("note.sch").toUri()), v.lastRules());
    }

    @Test
    void aCancelledValidationStopsWithCancellationException() {
        Progress progress = new Progress();
        progress.cancel = true;
        Validator v = Schemas.wellFormednessOnly().newValidator();
        assertThrows(CancellationException.class, () -> v.validate("<a/>", "a.xml", null, progress));
    }

    @Test
    void theDefaultSchemaReplacesTheProjectSchemaForDocumentsThatNameNone() throws SchemaException {
        Schemas schemas = Schemas.builder().defaultSchema(dir.resolve("note.rnc").toString()).build();
        FileResult r = schemas.newValidator().validate(NoteSchemas.note("", "", "text"), "plain.xml", null, new Progress());
        assertEquals(List.of("element \"note\" missing required attribute \"to\""),
                r.messages().stream().map(Message::text).toList());
    }
}
