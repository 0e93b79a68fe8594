package org.teikit.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Schematron compiled for the names of a run's documents: fewer rules compiled, the same messages for every document. */
class SchematronNarrowingTest {
    private static final String TEI = "http://www.tei-c.org/ns/1.0";

    /** Three rules in three patterns: on p, on any element with @when, on note. */
    private static final String SCH = """
            <schema xmlns="http://purl.oclc.org/dsdl/schematron" queryBinding="xslt2">
              <ns prefix="t" uri="http://www.tei-c.org/ns/1.0"/>
              <pattern><rule context="t:p"><assert test="normalize-space(.)">A paragraph must not be empty.</assert></rule></pattern>
              <pattern><rule context="t:*[@when]"><assert test="matches(@when, '^\\d{4}')">@when must start with a year.</assert></rule></pattern>
              <pattern><rule context="t:note"><report test="true()">A note.</report></rule></pattern>
            </schema>
            """;

    @TempDir
    Path dir;
    private Path sch, cache, plain, rich;

    @BeforeEach
    void write() {
        sch = TestFiles.write(dir, "rules.sch", SCH);
        cache = dir.resolve("cache");
        plain = TestFiles.write(dir, "plain.xml", "<TEI xmlns='" + TEI + "'><p/></TEI>");
        rich = TestFiles.write(dir, "rich.xml", "<TEI xmlns='" + TEI + "'><p>x</p><note>n</note><date when='May'/></TEI>");
    }

    private Schemas schemas(List<Path> documents) throws SchemaException {
        Schemas.Builder b = Schemas.builder().schema(sch).schematronCache(cache);
        if (documents != null) b.documents(documents, 2);
        return b.build();
    }

    private static List<String> texts(FileResult r) {
        return r.messages().stream().map(Message::text).toList();
    }

    @Test
    void aRunNarrowedToItsDocumentsReportsWhatTheWholeRulesReport() throws Exception {
        Schemas whole = schemas(null);   // fills the cache: narrowing reads only stylesheets known to compile whole
        Schemas narrowed = schemas(List.of(plain));
        assertNull(whole.explicit().rules().get(0).narrowed());
        assertNotNull(narrowed.explicit().rules().get(0).narrowed(), "rules for note and @when were left out");

        assertEquals(List.of("A paragraph must not be empty."), texts(narrowed.newValidator().validate(plain)));
        for (Path doc : List.of(plain, rich)) {
            assertEquals(texts(whole.newValidator().validate(doc)), texts(narrowed.newValidator().validate(doc)), doc.toString());
        }
        // the rules left out for plain.xml fire on a document with other names: it is checked with the whole stylesheet
        assertEquals(List.of("A note.", "@when must start with a year."), texts(narrowed.newValidator().validate(rich)));
    }

    @Test
    void aValidatorSwitchesBackToTheNarrowedRulesForTheNextDocument() throws Exception {
        schemas(null);
        Validator v = schemas(List.of(plain)).newValidator();
        assertEquals(2, texts(v.validate(rich)).size());
        assertEquals(List.of("A paragraph must not be empty."), texts(v.validate(plain)));
        assertEquals(2, texts(v.validate(rich)).size());
    }

    @Test
    void withoutACacheEntryNothingIsLeftOut() throws Exception {
        // a first compilation must prove the whole schema compiles: a broken rule is never hidden by narrowing
        assertNull(schemas(List.of(plain)).explicit().rules().get(0).narrowed());
    }

    @Test
    void documentsThatUseEveryRuleLeaveNothingOutButTheRuleOnAnyElementIsCopiedForTheElementsWithTheAttribute() throws Exception {
        Schemas whole = schemas(null);
        Schemas indexed = schemas(List.of(plain, rich));   // only date carries @when: t:*[@when] becomes t:date[@when]
        assertNotNull(indexed.explicit().rules().get(0).narrowed());
        for (Path doc : List.of(plain, rich)) {
            assertEquals(texts(whole.newValidator().validate(doc)), texts(indexed.newValidator().validate(doc)), doc.toString());
        }
        // every name is the run's, but no note of the run carries @when: the rule has no copy for note, and the
        // document is checked with the whole stylesheet
        Path other = TestFiles.write(dir, "other.xml", "<TEI xmlns='" + TEI + "'><p>x</p><note when='June'>n</note></TEI>");
        List<String> expected = texts(whole.newValidator().validate(other));
        assertTrue(expected.contains("@when must start with a year.") && expected.contains("A note."), expected.toString());
        assertEquals(expected, texts(indexed.newValidator().validate(other)));
    }

    @Test
    void teiAllsEmbeddedRulesNarrowedToEachDocumentReportWhatTheyReportWhole() throws Exception {
        Path corpus = Path.of("src/test/resources/corpus");
        List<Path> docs;
        try (var files = java.nio.file.Files.walk(corpus)) {
            docs = files.filter(f -> f.toString().endsWith(".xml")).sorted().toList();
        }
        Schemas whole = Schemas.builder().schema(TestFiles.teiAll()).schematronCache(cache).build();
        Validator wholeValidator = whole.newValidator();
        int narrowed = 0, reported = 0;
        for (int i = 0; i < docs.size(); i++) {
            Path doc = docs.get(i);
            // every 6th of the 73 fixtures (prose, drama, letters, invalid ones), and the two that break tei_all's rules
            if (i % 6 != 0 && !doc.getFileName().toString().matches("(apparatus-l-inside-l|lite-p-inside-p)\\.xml")) continue;
            Schemas forDoc = Schemas.builder().schema(TestFiles.teiAll()).schematronCache(cache).documents(List.of(doc), 1).build();
            if (forDoc.explicit().rules().get(0).narrowed() != null) narrowed++;
            // (grammar messages may list a datatype's alternatives in another order: Jing's hash order per compilation)
            List<Message> expected = schematronOnly(wholeValidator.validate(doc));
            assertEquals(expected, schematronOnly(forDoc.newValidator().validate(doc)), doc.toString());
            reported += expected.size();
        }
        assertTrue(narrowed >= 10, "tei_all's rules were narrowed for " + narrowed + " documents only");
        assertTrue(reported > 0, "no fixture of the sample triggers a Schematron rule: the comparison proves nothing");
    }

    private static List<Message> schematronOnly(FileResult r) {
        return r.messages().stream().filter(m -> m.source() == MessageSource.SCHEMATRON).toList();
    }
}
