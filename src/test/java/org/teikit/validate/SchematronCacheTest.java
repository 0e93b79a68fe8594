package org.teikit.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SchematronCacheTest {
    @TempDir
    Path dir;

    private Path cache;
    private Path empty;

    @BeforeEach
    void write() {
        NoteSchemas.write(dir);
        cache = dir.resolve("cache");
        empty = TestFiles.write(dir, "empty.xml", NoteSchemas.note("", "\n  to='nobody'", " "));
    }

    private List<Message> validate(Path schema, Path cacheDir) throws SchemaException {
        Schemas.Builder b = Schemas.builder().schema(schema);
        if (cacheDir != null) b.schematronCache(cacheDir);
        return b.build().newValidator().validate(empty).messages();
    }

    private List<Path> entries(String suffix) throws IOException {
        if (!Files.isDirectory(cache)) return List.of();
        try (Stream<Path> files = Files.list(cache)) {
            return files.filter(p -> p.toString().endsWith(suffix)).sorted().toList();
        }
    }

    @Test
    void aSecondRunReadsTheStylesheetTheFirstRunKept() throws Exception {
        Path sch = dir.resolve("note.sch");
        List<Message> uncached = validate(sch, null);
        assertEquals(uncached, validate(sch, cache), "the first run, which fills the cache, reports the same");
        List<Path> kept = entries(".xsl");
        assertEquals(1, kept.size(), "one entry for one schema");
        assertEquals(uncached, validate(sch, cache), "the run that reads the cache reports the same");

        // proof that the entry is what the second run compiles: change its message text, see it reported
        String xslt = Files.readString(kept.get(0), StandardCharsets.UTF_8);
        assertTrue(xslt.contains("A note must not be empty."), "the entry is SchXslt's output for this schema");
        Files.writeString(kept.get(0), xslt.replace("A note must not be empty.", "Read from the cache."));
        assertTrue(validate(sch, cache).stream().anyMatch(m -> m.text().equals("Read from the cache.")));
    }

    @Test
    void anEditedSchemaNeverMeetsTheEntryOfItsFormerSelf() throws Exception {
        Path sch = dir.resolve("note.sch");
        validate(sch, cache);
        Files.writeString(sch, NoteSchemas.SCH.replace("A note must not be empty.", "Say something."));
        List<Message> messages = validate(sch, cache);
        assertTrue(messages.stream().anyMatch(m -> m.text().equals("Say something.")), messages.toString());
        assertEquals(2, entries(".xsl").size(), "a new entry beside the old one");
    }

    @Test
    void embeddedRulesAreCachedAndAGrammarWithoutRulesIsRememberedAsHavingNone() throws Exception {
        assertEquals(validate(dir.resolve("note-with-rules.rng"), null), validate(dir.resolve("note-with-rules.rng"), cache));
        assertEquals(1, entries(".xsl").size());
        validate(dir.resolve("note.rng"), cache);
        assertEquals(1, entries(".none").size(), "note.rng embeds no Schematron");
        assertEquals(validate(dir.resolve("note.rng"), null), validate(dir.resolve("note.rng"), cache));
    }

    @Test
    void aSchemaThatIncludesOtherFilesIsNotCached() throws Exception {
        TestFiles.write(dir, "rules.sch", """
                <pattern xmlns="http://purl.oclc.org/dsdl/schematron">
                  <rule context="n:note"><assert test="normalize-space(.) != ''">From the included file.</assert></rule>
                </pattern>
                """);
        Path main = TestFiles.write(dir, "main.sch", """
                <schema xmlns="http://purl.oclc.org/dsdl/schematron" queryBinding="xslt2">
                  <ns prefix="n" uri="urn:teikit:test"/>
                  <include href="rules.sch"/>
                </schema>
                """);
        List<Message> first = validate(main, cache);
        assertTrue(first.stream().anyMatch(m -> m.text().equals("From the included file.")), first.toString());
        assertEquals(List.of(), entries(".xsl"), "its bytes alone do not say what it compiles to");
    }

    @Test
    void anUnusableCacheFolderOnlyMeansNoCaching() throws Exception {
        Path file = Files.writeString(dir.resolve("not-a-folder"), "x");
        Path sch = dir.resolve("note.sch");
        assertEquals(validate(sch, null), validate(sch, file.resolve("sub")));
        assertEquals("x", Files.readString(file));
    }

    @Test
    void keysDependOnTheSchemaAndOnTheRecipe() {
        SchematronCache c = SchematronCache.in(dir);
        byte[] a = "<schema/>".getBytes(StandardCharsets.UTF_8);
        byte[] b = "<schema />".getBytes(StandardCharsets.UTF_8);
        assertEquals(c.key(a, "r1"), c.key(a.clone(), "r1"));
        assertNotEquals(c.key(a, "r1"), c.key(b, "r1"));
        assertNotEquals(c.key(a, "r1"), c.key(a, "r2"));
        assertEquals(null, SchematronCache.OFF.key(a, "r1"), "off: no key, nothing stored");
        assertFalse(SchematronCache.OFF.get(null).isPresent());
    }
}
