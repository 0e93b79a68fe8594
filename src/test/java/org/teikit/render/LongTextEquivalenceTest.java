package org.teikit.render;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.statistics.Statistics;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Long text runs (LongTexts) go around the stylesheets; the pages must not tell. With a threshold of a
 * few characters nearly every run of running prose takes that way, so every fixture and many generated
 * paragraphs (notes, hi, lb, pb, q, comments, CDATA, runs of spaces, non-BMP and combining characters
 * where the runs are cut, the straight quotes and hyphens the HTML view's typography sets) are rendered both
 * ways and compared byte for byte with the plain rendering.
 */
class LongTextEquivalenceTest {
    private static final Views PLAIN = Views.compile(0);
    private static final List<Views> MARKED = List.of(Views.compile(2), Views.compile(3), Views.compile(5), Views.compile(11));

    @Test
    void everyFixtureRendersTheSameThroughMarks() throws Exception {
        Path dir = Files.createTempDirectory("longtext");
        Views marked = Views.compile(2);
        for (Path tei : Fixtures.all()) assertSame(marked, tei, dir, 72);
        // the comparison means something only if the marks were used, and used without falling back
        assertTrue(marked.renderedThroughMarks() >= Fixtures.all().size(), "renderings through marks: " + marked.renderedThroughMarks());
        assertEquals(0, marked.renderedPlainAgain(), "renderings done again the plain way");
    }

    @Property(tries = 150)
    void generatedParagraphsRenderTheSameThroughMarks(@ForAll("documents") String document,
                                                      @ForAll("thresholds") int which,
                                                      @ForAll("widths") int width) throws Exception {
        Path dir = Files.createTempDirectory("longtext");
        Path tei = dir.resolve("doc.xml");
        Files.writeString(tei, document, StandardCharsets.UTF_8);
        Views marked = MARKED.get(which);
        int before = marked.renderedPlainAgain(), through = marked.renderedThroughMarks();
        assertSame(marked, tei, dir, width);
        assertEquals(before, marked.renderedPlainAgain(), "rendered again the plain way");
        // most documents must take the way through marks, or the comparison proves little
        Statistics.label("through marks").collect(marked.renderedThroughMarks() - through);
        Statistics.label("through marks").coverage(c -> c.check(2).percentage(p -> p > 75));
    }

    @Test
    void aDocumentHoldingAMarkCharacterIsRenderedThePlainWay() throws Exception {
        Path dir = Files.createTempDirectory("longtext");
        Path tei = dir.resolve("marks.xml");
        Files.writeString(tei, tei("<p>Noncharacters \uFDD00\uFDD1 and \uFDD2 1 \uFDD3 in a long enough paragraph.</p>"), StandardCharsets.UTF_8);
        Views marked = Views.compile(2);
        assertSame(marked, tei, dir, 40);
        assertEquals(0, marked.renderedThroughMarks(), "the marks would be ambiguous: no rendering through them");
        assertTrue(Files.readString(dir.resolve("marks-plain.txt")).contains("\uFDD00\uFDD1"), "the document's characters kept");
    }

    @Test
    void aLongParagraphComesOutWholeAndWrapped() throws Exception {
        Path dir = Files.createTempDirectory("longtext");
        Path tei = dir.resolve("long.xml");
        // straight quotes and a double hyphen: the HTML view sets them in the stored run, piece by piece
        String sentence = "Tea at the Café \"Zürich\" with 𝔄nna &amp; Jose\u0301 -- it's '49 — ";
        Files.writeString(tei, tei("<p>" + sentence.repeat(20_000) + "</p>"), StandardCharsets.UTF_8);
        Views marked = Views.compile(Views.LONG_TEXT);
        assertSame(marked, tei, dir, 72);
        assertEquals(2, marked.renderedThroughMarks(), "the HTML and the text view, through marks");
        assertEquals(20_000, Files.readString(dir.resolve("long-marked.html")).split(java.util.regex.Pattern.quote("“Zürich” with 𝔄nna &amp; Jose\u0301 — it’s ’49"), -1).length - 1,
                "every sentence set typographically in the HTML view");
        String text = Files.readString(dir.resolve("long-marked.txt"));
        assertEquals(20_000, text.split("Zürich", -1).length - 1, "every sentence in the text view");
        for (String line : text.split("\n")) assertTrue(line.codePointCount(0, line.length()) <= 72, line);
    }

    // --- the comparison --------------------------------------------------------------------------

    private static void assertSame(Views marked, Path tei, Path dir, int width) throws IOException, RenderException {
        String name = tei.getFileName().toString().replaceFirst("\\.xml$", "");
        for (String view : List.of("html", "txt")) {
            Path plainOut = dir.resolve(name + "-plain." + view), markedOut = dir.resolve(name + "-marked." + view);
            if (view.equals("html")) {
                PLAIN.html(tei, plainOut);
                marked.html(tei, markedOut);
            } else {
                PLAIN.text(tei, plainOut, width);
                marked.text(tei, markedOut, width);
            }
            String expected = Files.readString(plainOut, StandardCharsets.UTF_8), actual = Files.readString(markedOut, StandardCharsets.UTF_8);
            if (!expected.equals(actual)) {
                int at = 0;
                while (at < Math.min(expected.length(), actual.length()) && expected.charAt(at) == actual.charAt(at)) at++;
                assertEquals(around(expected, at), around(actual, at), tei + " (" + view + ", width " + width + ") differs at " + at);
            }
        }
    }

    /** The outputs where they part (whole pages would bury the difference). */
    private static String around(String s, int at) {
        return s.substring(Math.max(0, at - 120), Math.min(s.length(), at + 120));
    }

    // --- generated documents ---------------------------------------------------------------------

    @Provide
    Arbitrary<Integer> thresholds() {
        return Arbitraries.integers().between(0, MARKED.size() - 1);
    }

    @Provide
    Arbitrary<Integer> widths() {
        return Arbitraries.of(20, 33, 72);
    }

    /** Pieces of text, with the characters where cutting a run could go wrong. */
    private static Arbitrary<String> text() {
        Arbitrary<String> piece = Arbitraries.of("the", "minutes", "Zürich", "𝔄𝔅", "x𝔄", "e\u0301", "n\u0303o", "“", "”", "\"",
                "'", "&amp;", "&lt;", "&gt;", "\u00A0", "[", "]", "(", " ", "  ", "\n", "\t", " \n\t ", ",", ".", "a", "—",
                // what the HTML view's typography sets (common/typography.xsl), and what it reads around it
                "-", "--", "---", " - ", "'49", "1--2", "1", "don't", " \"", "\" ", " '", "' ",
                "verylongwordthatdoesnotfitonanylineofthetextviewbecauseitislongerthanthewidth");
        // words after white space, often: where the HTML view may cut a run (TypographicCuts)
        Arbitrary<String> spacedWord = Arbitraries.of(" the", " minutes", "\nZürich", " 𝔄nna", "\tof", " a");
        return Arbitraries.frequencyOf(Tuple.of(1, spacedWord), Tuple.of(1, piece))
                .list().ofMinSize(2).ofMaxSize(30).map(l -> String.join("", l));
    }

    private static Arbitrary<String> inline() {
        Arbitrary<String> t = text();
        return Arbitraries.oneOf(
                t, t, t,
                t.map(s -> "<hi rend=\"italic\">" + s + "</hi>"),
                t.map(s -> "<note>" + s + "</note>"),
                t.map(s -> "<note place=\"end\">" + s + "</note>"),
                t.map(s -> "<q>" + s + "</q>"),
                t.map(s -> "<supplied>" + s + "</supplied>"),
                Arbitraries.of("<lb/>", "<lb break=\"no\"/>", "<pb n=\"2\"/>", "<!-- a comment -->", "<![CDATA[a <b> & c]]>",
                        "<gap reason=\"illegible\"/>", "<persName>Anna</persName>"));
    }

    private static Arbitrary<String> paragraph() {
        // running text first, then anything
        return Combinators.combine(Arbitraries.of("p", "ab"), text(), inline().list().ofMaxSize(12))
                .as((name, first, parts) -> "<" + name + ">" + first + String.join("", parts) + "</" + name + ">");
    }

    @Provide
    Arbitrary<String> documents() {
        Arbitrary<String> loose = text();   // text directly in a division, gathered into a paragraph
        Arbitrary<String> div = Combinators.combine(Arbitraries.of("", "<head>Minutes</head>"),
                        Arbitraries.oneOf(paragraph(), paragraph(), loose).list().ofMinSize(1).ofMaxSize(4))
                .as((head, blocks) -> "<div>" + head + String.join("\n", blocks) + "</div>");
        return div.list().ofMinSize(1).ofMaxSize(3).map(divs -> tei(String.join("\n", divs)));
    }

    private static String tei(String body) {
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <TEI xmlns="http://www.tei-c.org/ns/1.0">
                  <teiHeader><fileDesc><titleStmt><title>Long text</title></titleStmt>
                    <publicationStmt><p>Test.</p></publicationStmt><sourceDesc><p>Generated.</p></sourceDesc></fileDesc></teiHeader>
                  <text><body>
                """ + body + "\n</body></text>\n</TEI>\n";
    }
}
