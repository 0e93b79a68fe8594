package org.teikit.convert.family.bulletin;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.teikit.source.SourceDocument;
import org.teikit.source.SourceText;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.teikit.testing.TeiAssert.assertXPath;

/** Odd or partial bulletin sections still convert to well-formed TEI without losing their words. */
class BulletinRobustnessTest {
    @ParameterizedTest
    @ValueSource(strings = {
            "",
            "ONLY A TITLE",
            "I. Conversation between Stalin and Mao, 1 May 1950",
            "I. Conversation between Stalin and Mao, 1 May 1950\n\nStalin. Yes.\n\ncontinued on page 4\n\nfrom nowhere",
            "Title\n\nby Vladislav Zubok\n\nText.\n\n- a bullet\n\n- another",
            "Title\n\nby Vladislav Zubok\n\nText.⁷\n\n1. A note.\n\n1. A second note with the same number.",
            "I: Talk between Mao and Stalin, Moscow, 2 January 1950\n\nComrade Stalin: Send a list of works which\n\nA Sidebar Never Resumed\n\nIntroduction by Odd Arne Westad\n\nIt began in\n\nwhich could be done.",
            "Stalin to Mao Zedong, 10 January 1949\n\nFilippov [Stalin]",
    })
    void convertsWithoutLosingWords(String source) {
        String xml = assertDoesNotThrow(() -> new BulletinSection().convert(SourceDocument.parse(SourceText.of("odd.txt", source))).toXml());
        for (String word : source.replaceAll("[^\\p{L}\\p{N}]", " ").split("\\s+")) {
            if (word.length() > 3) assertXPath(xml, "contains(string(/), '" + word + "')");
        }
    }
}
