package org.teikit.validate.fast;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Documents with elements TEI, p, note and attributes id, when: which patterns can match their nodes. */
class MatchPatternsTest {
    private static final Vocabulary NAMES = new Vocabulary(Set.of("TEI", "p", "note"), Set.of("id", "when"));

    @ParameterizedTest
    @ValueSource(strings = {
            "tei:div",                         // an element they lack
            "div",
            "tei:body/tei:div",                // the last step decides
            "tei:text//tei:div",
            "tei:div[@type = 'letter']",
            "tei:div | tei:span",              // every branch must fail
            "tei:*[@calendar]",                // any element, but with an attribute they lack
            "tei:*[ @calendar ][not(self::tei:date)]",
            "*[@tei:calendar]",
            "tei:rt/@to",                      // an attribute they lack
            "@calendar",
            "attribute::calendar",
            "child::tei:div",
            "*:div",
            "Q{http://www.tei-c.org/ns/1.0}div",
            "tei:div[contains(., 'p | note')]",   // a bar inside a literal does not split
    })
    void cannotMatch(String pattern) {
        assertFalse(MatchPatterns.mayMatch(pattern, NAMES), pattern);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "tei:p",
            "tei:div | tei:p",
            "tei:body//tei:note[@place]",      // predicates other than a lone [@name] are not read
            "tei:*[@when]",
            "tei:*",
            "*",
            "@*",
            "@xml:id",
            "@when",
            "tei:*[not(self::tei:p)][@calendar]",   // only a first [@name] predicate is read
            "node()",
            "text()",
            "/",
            ".",                               // any item, not an element named "."
            ".[@when]",
            "element(tei:div)",                // shapes not read: may match
            "document-node(element(tei:div))",
            "(tei:div | tei:span)",
            "tei:div union tei:span",
            "tei:* except tei:div",
            "$nodes",
            "id('x')",
            "self::tei:div",
            "tei:div[@type = 'x]",           // an unclosed literal: not read
            "tei:état",                        // non-ASCII names are not read
    })
    void mayMatch(String pattern) {
        assertTrue(MatchPatterns.mayMatch(pattern, NAMES), pattern);
    }

    @ParameterizedTest
    @ValueSource(strings = {"tei:rt/@to", "tei:p/@to", "child::tei:p/@to", "tei:p[@n]/@to"})
    void anAttributeOfANamedParentThatNeverCarriesItCannotMatch(String pattern) {
        Vocabulary pairs = new Vocabulary(java.util.Map.of("p", Set.of("n"), "span", Set.of("to")));
        assertFalse(MatchPatterns.mayMatch(pattern, pairs), pattern);
    }

    @ParameterizedTest
    @ValueSource(strings = {"tei:span/@to", "tei:p//@to", "@to", "tei:*/@to", "descendant::tei:p/@to", "tei:p/@n"})
    void anAttributeOfAnElementThatMayCarryItMayMatch(String pattern) {
        Vocabulary pairs = new Vocabulary(java.util.Map.of("p", Set.of("n"), "span", Set.of("to")));
        assertTrue(MatchPatterns.mayMatch(pattern, pairs), pattern);
    }
}
