package org.teikit.render;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import net.sf.saxon.s9api.Processor;
import net.sf.saxon.s9api.QName;
import net.sf.saxon.s9api.SaxonApiException;
import net.sf.saxon.s9api.XdmAtomicValue;
import net.sf.saxon.s9api.XdmValue;
import net.sf.saxon.s9api.Xslt30Transformer;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The claim the long-text path of the HTML view stands on: Saxon's own {@code tk:typographic}
 * (common/typography.xsl) gives for a text cut at {@link TypographicCuts} what it gives for the whole,
 * each piece set after the character before it. A new rule that reached across such a cut fails here.
 */
class TypographicCutsTest {
    private static final Xslt30Transformer FUNCTIONS;

    static {
        try {
            Processor processor = new Processor(false);
            var compiler = processor.newXsltCompiler();
            compiler.setResourceResolver(new ClasspathStylesheets());
            FUNCTIONS = compiler.compile(ClasspathStylesheets.open("common/typography.xsl")).load30();
        } catch (Exception e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    private static synchronized String typographic(String s, String before) throws SaxonApiException {
        return FUNCTIONS.callFunction(new QName("urn:teikit:views", "typographic"),
                new XdmValue[] {new XdmAtomicValue(s), new XdmAtomicValue(before)}).itemAt(0).getStringValue();
    }

    @Property(tries = 400)
    void textCutBetweenSpaceAndLetterIsSetAsTheWhole(@ForAll("texts") String s, @ForAll("befores") String before) throws Exception {
        String whole = typographic(s, before);
        int cuts = 0;
        for (int i = 0; i <= s.length(); i++) {
            if (!TypographicCuts.at(s, i)) continue;
            cuts++;
            String head = s.substring(0, i), rest = s.substring(i);
            assertEquals(whole, typographic(head, before) + typographic(rest, head), "cut at " + i + " of " + s);
        }
        Statistics.label("has a cut").collect(cuts > 0);
        Statistics.label("has a cut").coverage(c -> c.check(true).percentage(p -> p > 50));
    }

    @Property(tries = 200)
    void textWithoutTheCharactersTheRulesStartFromComesBackAsItIs(@ForAll("texts") String s, @ForAll("befores") String before) throws Exception {
        String without = s.replaceAll("[\"'-]", "");
        assertTrue(LongTextTypography.untouched(without, 0, without.length()));
        assertEquals(without, typographic(without, before));
    }

    @Property(tries = 200)
    void aRunSetInStretchesIsSetAsTheWhole(@ForAll("texts") String first, @ForAll("texts") String second) throws Exception {
        // two pieces as Views hands them over: the first ends at a cut (white space before a letter); in the
        // second, stretches to set far apart
        String a = first + " ", b = "w" + second + " filler".repeat(80) + " v" + first;
        LongTextTypography typography = new LongTextTypography(FUNCTIONS);
        String set;
        synchronized (TypographicCutsTest.class) { set = typography.set(a) + typography.set(b); }
        assertEquals(typographic(a + b, " "), set);
    }

    /** The property test's find: a hyphen after the text before's hyphen stays (it was dropped when a quote followed). */
    @Test
    void aHyphenAfterTheHyphenBeforeIsKeptWhetherOrNotAQuoteFollows() throws Exception {
        assertEquals("-a ", typographic("-a ", "-"));
        assertEquals("-a the”", typographic("-a the\"", "-"));
        assertEquals("a—b “c”", typographic("a--b \"c\"", "-"));
    }

    @Test
    void theRulesAreAtWorkInTheGeneratedText() throws Exception {
        // the property above means something only if the rules fire near the cuts: here they do, both sides
        assertEquals("“He said ‘don’t’ in ’49 — and 1–2 – see” x", typographic("\"He said 'don't' in '49 -- and 1--2 - see\" x", ""));
        assertEquals("”x", typographic("\"x", "a"), "after a letter, a quotation mark closes");
    }

    @Test
    void aCutIsBetweenWhiteSpaceAndALetterOnly() {
        assertTrue(TypographicCuts.at("a b", 2));
        assertTrue(TypographicCuts.at("a\n\uD835\uDD04", 2), "a letter outside the BMP");
        assertFalse(TypographicCuts.at("a \uD835", 2), "half a pair: not known yet");
        assertFalse(TypographicCuts.at("a \"b", 2));
        assertFalse(TypographicCuts.at("a 1", 2));
        assertFalse(TypographicCuts.at("ab", 1));
        assertFalse(TypographicCuts.at(" b", 0), "not before the start");
        assertEquals(5, TypographicCuts.first("x 'a b c", 0), "not before the quotation mark nor the letter after it");
        assertEquals(7, TypographicCuts.last("x 'a b c", 0));
        assertEquals(-1, TypographicCuts.first("x 'a b c", 8));
    }

    @Provide
    Arbitrary<String> texts() {
        Arbitrary<String> piece = Arbitraries.of("\"", "'", "-", "--", "---", " ", "\n", "\t", "a", "Zé", "𝔄", "1", "49",
                "(", "[", "/", "—", "–", "“", "‘", "”", ".", ",", "!", ")", "s", "'49", " - ", "1--2",
                " the", " x", "\nword", " 𝔄");
        return piece.list().ofMaxSize(40).map(l -> String.join("", l));
    }

    @Provide
    Arbitrary<String> befores() {
        return Arbitraries.of("", " ", "a", "\"", "'", "-", "1", "(", "“", "words then \"");
    }
}
