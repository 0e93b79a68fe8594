package org.teikit.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * tei_all's Schematron (tei_all.isosch) as teikit runs it (SchXslt's output cached, the stylesheet narrowed to the
 * run's documents, the tree built from the validator's SAX) against SchXslt2's plain pipeline on the same schema: on every document of the corpus (drama, letters, prose, manuscripts, dictionaries, apparatus, in
 * several languages and encodings, valid and broken) every failed assertion and successful report is the same, at
 * the same node, with the same text and severity, in the same order.
 */
class SchematronSamenessTest {
    @TempDir
    static Path cache;

    private static List<Path> documents;
    private static PlainSchxslt schxslt;

    @BeforeAll
    static void corpus() throws IOException {
        documents = new ArrayList<>();
        for (String folder : List.of("/corpus/valid", "/corpus/invalid", "/schematron")) {
            try (Stream<Path> files = Files.list(TestFiles.resource(folder))) {
                files.filter(p -> p.toString().endsWith(".xml")).sorted().forEach(documents::add);
            }
        }
        schxslt = new PlainSchxslt(TestFiles.shared("tei/tei_all.isosch"));
    }

    private static Schemas teikit(boolean narrowed) throws SchemaException {
        Schemas.Builder b = Schemas.builder().schema(TestFiles.shared("tei/tei_all.isosch")).schematronCache(cache);
        if (narrowed) b.documents(documents, 2);
        return b.build();
    }

    @Test
    void everyFailedAssertionAndSuccessfulReportIsSchxsltsOwn() throws SchemaException {
        Validator whole = teikit(false).newValidator(100_000);
        Schemas narrowedSchemas = teikit(true);   // the first build filled the cache
        // tei:*[@when], tei:*[@subtype], … and the unions (msContents|physDesc|…) copied per element name
        assertEquals(true, narrowedSchemas.explicit().rules().get(0).narrowed().copiedRules() >= 8,
                "rules copied per element: " + narrowedSchemas.explicit().rules().get(0).narrowed().copiedRules());
        Validator narrowed = narrowedSchemas.newValidator(100_000);
        int results = 0;
        for (Path doc : documents) {
            List<PlainSchxslt.Result> expected = schxslt.validate(doc);
            assertEquals(expected, schematron(whole.validate(doc)), doc.getFileName() + ", whole stylesheet");
            assertEquals(expected, schematron(narrowed.validate(doc)), doc.getFileName() + ", narrowed stylesheet");
            if (doc.getParent().endsWith("schematron")) assertFalse(expected.isEmpty(), doc + " breaks no rule");
            results += expected.size();
        }
        assertEquals(true, results > 100, "the corpus exercises the rules: " + results + " results");
    }

    private static List<PlainSchxslt.Result> schematron(FileResult r) {
        return r.messages().stream().filter(m -> m.source() == MessageSource.SCHEMATRON).map(PlainSchxslt.Result::of).toList();
    }
}
