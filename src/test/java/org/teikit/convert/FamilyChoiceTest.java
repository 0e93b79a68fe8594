package org.teikit.convert;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.teikit.source.SourceDocument;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.teikit.testing.Fixtures.*;

class FamilyChoiceTest {

    @ParameterizedTest(name = "{0} is converted as {1}")
    @CsvSource({
            "000_, wilson-center",
            "001_, wilson-center",
            "002_, memorandum",
            "004_, correspondence",
            "fixture:archive-telegram.txt, wilson-center",
            "fixture:memo-participants.txt, memorandum",
            "fixture:letters-postscript.txt, correspondence",
            "fixture:plain.txt, generic",
    })
    void standardConverterChoosesTheFamilyFromTheTextsOwnSignals(String name, String family) throws Exception {
        SourceDocument doc = name.startsWith("fixture:") ? fixture(name.substring(8)) : source(name);
        Conversion c = Converter.standard().convert(doc);
        assertEquals(family, c.family(), c.reason());
        assertFalse(c.reason().isBlank());
        // the reason is shown after the family's name ("family wilson-center: a 'Citation:' section; …")
        assertFalse(c.reason().startsWith(family), "the reason repeats the family's name: " + c.reason());
    }

    @ParameterizedTest(name = "{0} is not claimed by my families")
    @CsvSource({"003_"})
    void theBulletinIsNotClaimedByTheLetterFamilies(String name) {
        SourceDocument doc = source(name);
        for (String f : new String[] {"wilson-center", "memorandum", "correspondence"}) {
            Fit fit = Converter.standard().family(f).orElseThrow().fit(doc);
            assertFalse(fit.score() >= Converter.MIN_FIT, f + " claims the bulletin: " + fit.reason());
        }
    }
}
