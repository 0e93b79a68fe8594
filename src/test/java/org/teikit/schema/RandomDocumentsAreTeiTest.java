package org.teikit.schema;

import org.teikit.testing.RelaxNg;
import org.teikit.testing.TeiAll;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Whatever teikit.rnc admits, tei_all admits: hundreds of random documents generated from the
 * grammar (every choice, repetition and option exercised at random, leaning towards elements not
 * generated yet) are valid against both. This probes content models beyond the hand-written
 * fixtures.
 */
class RandomDocumentsAreTeiTest {
    private static final int DOCUMENTS = 1000;

    @Test
    void randomDocumentsOfTheGrammarAreValidAgainstTeikitAndTeiAll() {
        RelaxNg teikit = RelaxNg.load(SchemaFiles.rnc());
        RandomDocuments generator = RandomDocuments.of(teikit);
        List<String> failures = new ArrayList<>();
        Set<String> elementsSeen = new HashSet<>();
        Matcher tag = Pattern.compile("<([A-Za-z]+)").matcher("");
        for (long seed = 1; seed <= DOCUMENTS && failures.size() < 3; seed++) {
            String xml = generator.generate(seed, 9 + (int) (seed % 3));
            tag.reset(xml);
            while (tag.find()) elementsSeen.add(tag.group(1));
            List<String> own = teikit.errorsInText(xml);
            assertEquals(List.of(), own, "the generator made a document its own grammar rejects (seed " + seed + "):\n" + xml);
            List<String> tei = TeiAll.grammar().errorsInText(xml);
            if (!tei.isEmpty()) {
                failures.add("seed " + seed + ": " + tei.stream().map(e -> e.replaceAll("; expected .*", "")).toList()
                        + "\n" + xml);
            }
        }
        assertEquals(List.of(), failures);
        Set<String> unseen = new HashSet<>(GrammarFacts.of(teikit).elements());
        unseen.removeAll(elementsSeen);
        assertTrue(unseen.isEmpty(), "random documents never used " + unseen + "; raise DOCUMENTS or depth");
    }
}
