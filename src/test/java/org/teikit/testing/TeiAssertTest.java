package org.teikit.testing;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.teikit.testing.TeiAssert.assertNoXPath;
import static org.teikit.testing.TeiAssert.assertNodeSimilar;
import static org.teikit.testing.TeiAssert.assertSameNode;
import static org.teikit.testing.TeiAssert.assertSimilarIgnoringWhitespace;
import static org.teikit.testing.TeiAssert.assertXPath;
import static org.teikit.testing.TeiAssert.assertXPathValue;
import static org.teikit.testing.TeiAssert.tei;

import org.junit.jupiter.api.Test;
import org.opentest4j.AssertionFailedError;

/** The XML assertions fail when the fact they check is false, and only then. */
class TeiAssertTest {
    private static final String DOC = tei("<TEI><text><body><p n=\"1\">XIX <supplied reason=\"omitted\">Party</supplied>"
            + " Congress</p></body></text></TEI>");

    @Test
    void anXPathAssertionFailsWhenItsExpressionIsFalse() {
        assertDoesNotThrow(() -> assertXPath(DOC, "//tei:supplied[ends-with(preceding-sibling::node()[1], 'XIX ')]"));
        assertThrows(AssertionFailedError.class, () -> assertXPath(DOC, "//tei:supplied[. = 'party']"));
        assertThrows(AssertionFailedError.class, () -> assertXPath(DOC, "//supplied"), "no TEI namespace, no match");
        assertThrows(AssertionFailedError.class, () -> assertNoXPath(DOC, "//tei:supplied"));
        assertThrows(AssertionFailedError.class, () -> assertXPathValue("Party ", DOC, "//tei:supplied"));
        assertEquals(1, TeiAssert.count(DOC, "//tei:p"));
    }

    @Test
    void aNodeComparisonSeesTextSpacesAndAttributesButNotAttributeOrder() {
        assertDoesNotThrow(() -> assertNodeSimilar(tei("<supplied reason='omitted'>Party</supplied>"), DOC, "//tei:supplied"));
        assertThrows(AssertionFailedError.class,
                () -> assertNodeSimilar(tei("<p n=\"1\">XIX<supplied reason=\"omitted\">Party</supplied> Congress</p>"), DOC, "//tei:p"));
        assertThrows(AssertionFailedError.class,
                () -> assertNodeSimilar(tei("<supplied reason=\"illegible\">Party</supplied>"), DOC, "//tei:supplied"));
        assertThrows(AssertionFailedError.class, () -> assertNodeSimilar(tei("<p/>"), DOC, "//tei:p | //tei:body"));
    }

    @Test
    void anIdenticalNodeComparisonSeesOneSpace() {
        assertDoesNotThrow(() -> assertSameNode(DOC, DOC.replace("<TEI>", "<TEI  >"), "//tei:body"));
        assertThrows(AssertionFailedError.class, () -> assertSameNode(DOC, DOC.replace("XIX ", "XIX  "), "//tei:body"));
    }

    @Test
    void aWhitespaceInsensitiveComparisonStillSeesWords() {
        assertDoesNotThrow(() -> assertSimilarIgnoringWhitespace(tei("<a>\n  <b>x</b>\n</a>"), tei("<a><b> x </b></a>")));
        assertThrows(AssertionFailedError.class, () -> assertSimilarIgnoringWhitespace(tei("<a><b>x</b></a>"), tei("<a><b>y</b></a>")));
    }
}
