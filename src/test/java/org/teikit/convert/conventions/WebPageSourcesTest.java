package org.teikit.convert.conventions;

import nu.xom.Document;
import org.junit.jupiter.api.Test;
import org.teikit.convert.Converter;
import org.teikit.source.SourceDocument;
import org.teikit.source.SourceException;
import org.teikit.source.SourceText;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.teikit.convert.conventions.GenericConversion.faithful;
import static org.teikit.convert.conventions.GenericConversion.values;

/**
 * Saved web pages as sources: their elements read as the transcription's blocks, a note's link as its mark and the
 * element it points to as the note, whichever program wrote the page (a static-site generator, a wiki, a word
 * processor's "save as web page"). Each page is also checked word for word.
 */
class WebPageSourcesTest {

    private static List<String> notes(Document d) {
        return GenericConversion.notesAfterWords(d, "//t:note[@n][parent::t:p or parent::t:item]");
    }

    @Test
    void aStaticSiteGeneratorsFootnotesStandAtTheirReferences() throws Exception {
        Document d = faithful("""
                <!DOCTYPE html>
                <html><head><title>Mill Lane | Local History</title></head>
                <body>
                <h1>The Mill on Mill Lane</h1>
                <p>The wheel was rebuilt in 1788<sup id="fnref:a"><a href="#fn:a" class="footnote">1</a></sup> and
                ran until the flood<sup id="fnref:b"><a href="#fn:b" class="footnote">2</a></sup>.</p>
                <div class="footnotes"><hr><ol>
                <li id="fn:a"><p>So the insurance roll of that year. <a href="#fnref:a" class="reversefootnote">&#8617;</a></p></li>
                <li id="fn:b"><p>Of March 1851. <a href="#fnref:b" class="reversefootnote">&#8617;</a></p></li>
                </ol></div>
                <footer><p>Posted by the society's secretary.</p></footer>
                </body></html>
                """);
        assertEquals(List.of("1: 1788 | So the insurance roll of that year.", "2: flood | Of March 1851."), notes(d));
        assertEquals(List.of("The Mill on Mill Lane"), values(d, "//t:titleStmt/t:title"));
        // the footer after the last note is the page's, not the note's
        assertTrue(values(d, "//t:body//t:p[not(ancestor::t:note)]").contains("Posted by the society's secretary."),
                values(d, "//t:body//t:p").toString());
        assertTrue(values(d, "//t:body").get(0).indexOf('<') < 0, "no markup left as text");
    }

    @Test
    void aWikisCitationNotesLoseTheirBackLinks() throws Exception {
        Document d = faithful("""
                <!doctype html>
                <html lang="en"><body>
                <p>The parish register begins in 1561.<sup id="cite_ref-1" class="reference"><a href="#cite_note-1">[1]</a></sup>
                Its first vicar is named in a will.<sup id="cite_ref-2" class="reference"><a href="#cite_note-2">[2]</a></sup></p>
                <h2>References</h2>
                <ol class="references">
                <li id="cite_note-1"><span class="mw-cite-backlink"><b><a href="#cite_ref-1">^</a></b></span> <span class="reference-text">County record office, PR/12/1.</span></li>
                <li id="cite_note-2"><span class="mw-cite-backlink"><b><a href="#cite_ref-2">^</a></b></span> <span class="reference-text">Proved at York, 1570.</span></li>
                </ol>
                </body></html>
                """);
        assertEquals(List.of("1: 1561. | County record office, PR/12/1.", "2: will. | Proved at York, 1570."), notes(d));
    }

    @Test
    void aWordProcessorsWebPageNotesPairByTheirAnchors() throws Exception {
        Document d = faithful("""
                <html xmlns:o="urn:schemas-microsoft-com:office:office">
                <head><meta charset="utf-8"><style>p.MsoNormal {margin:0}</style></head>
                <body lang=EN-GB>
                <div class=WordSection1>
                <p class=MsoNormal>The vestry met in the schoolroom<a href="#_ftn1" name="_ftnref1"><span
                class=MsoFootnoteReference><span>[1]</span></span></a> on the first Monday.</p>
                </div>
                <div><br clear=all><hr align=left size=1 width="33%">
                <div id=ftn1>
                <p class=MsoFootnoteText><a href="#_ftnref1" name="_ftn1"><span class=MsoFootnoteReference><span>[1]</span></span></a>
                The old school, not the board school of 1876.</p>
                </div></div>
                </body></html>
                """);
        assertEquals(List.of("1: schoolroom | The old school, not the board school of 1876."), notes(d));
    }

    /** Traps: a contents link to a heading, a link in words to a note, page links, a unit's power, markup-like text. */
    @Test
    void linksThatAreNoNotesStayText() throws Exception {
        Document d = faithful("""
                <!DOCTYPE html>
                <html><body>
                <p>Contents: <a href="#part2">2</a> The yard.</p>
                <p>The yard covered 40 m<sup>2</sup>; see <a href="#n1">the note on the yard</a> and
                <a href="?page=2">2</a>. A sign read &lt;KEEP OUT&gt; and 5 * 3 [sic] = 15.</p>
                <h2 id="part2">The yard</h2>
                <p id="n1">Measured in 1990.</p>
                </body></html>
                """);
        assertEquals(List.of(), notes(d));
        String body = String.join("\n", values(d, "//t:body//t:p"));
        assertTrue(body.contains("Contents: 2 The yard."), body);
        assertTrue(body.contains("see the note on the yard and 2."), body);
        assertTrue(body.contains("A sign read <KEEP OUT> and 5 * 3"), body);
        assertEquals(List.of("2"), values(d, "//t:hi[@rend='superscript']"));
    }

    @Test
    void speechOnAPageIsReadAsInAnyTranscription() throws Exception {
        Document d = faithful("""
                <!DOCTYPE html>
                <html><body>
                <h1>Evidence of the keepers</h1>
                <p><b>THE CHAIRMAN:</b> How long have you kept the light?</p>
                <p><b>MR. ROWE:</b> Eleven years, sir.</p>
                <p><b>THE CHAIRMAN:</b> And the lamp was lit that night?</p>
                <p><b>MR. ROWE:</b> It was, at dusk.</p>
                </body></html>
                """);
        assertEquals(4, values(d, "//t:sp").size(), values(d, "//t:body").toString());
        assertEquals(List.of("THE CHAIRMAN", "MR. ROWE", "THE CHAIRMAN", "MR. ROWE"), values(d, "//t:sp/t:speaker"));
    }

    /** The explanation names the page's own lines, so an editor finds the element. */
    @Test
    void decisionsNameThePagesLines() throws Exception {
        String page = """
                <!DOCTYPE html>
                <html>
                <body>
                <p>A first paragraph with a mark<sup><a href="#x1" id="r1">1</a></sup>.</p>


                <p>A second paragraph.</p>
                <ol>
                <li id="x1">
                <p>The note itself. <a href="#r1">back</a></p>
                </li>
                </ol>
                </body>
                </html>
                """;
        var conversion = Converter.standard().convert(SourceDocument.parse(SourceText.of("page.html", page)), "generic");
        String explained = conversion.explanation().entries().stream()
                .map(e -> e.line() + ": " + e.topic() + ": " + e.text()).reduce("", (a, b) -> a + b + "\n");
        assertTrue(explained.contains("10: notes: definition of note 1"), explained);
        assertTrue(explained.contains("source: an HTML page"), explained);
        assertEquals(List.of("1: mark | The note itself."), notes(conversion.tei().document()));
    }

    /** A transcription using a few tags is no page: it is read as before. */
    @Test
    void aTranscriptionWithTagsIsNoPage() throws Exception {
        Document d = faithful("""
                <u>Anna</u>: We came by the early train.

                <u>Tom</u>: And walked from the station.

                <u>Anna</u>: It rained all the way.

                <u>Tom</u>: We waited at the inn.
                """);
        assertEquals(List.of("Anna", "Tom", "Anna", "Tom"), values(d, "//t:sp/t:speaker"));
        assertFalse(SourceDocument.parse(SourceText.of("t.txt", "<u>Anna</u>: text\n")).source().readAs().isPresent());
    }

    @Test
    void aPageNestedBeyondTheLimitIsRefusedWithItsLine() {
        String page = "<!DOCTYPE html>\n<html><body>\n" + "<div>".repeat(DEPTH) + "deep" + "</div>".repeat(DEPTH) + "\n</body></html>\n";
        SourceException e = assertThrows(SourceException.class, () -> SourceDocument.parse(SourceText.of("deep.html", page)));
        assertTrue(e.getMessage().contains("deep.html:3:"), e.getMessage());
        assertTrue(e.getMessage().contains("nested more than"), e.getMessage());
    }

    @Test
    void aTranscriptSetAsATableIsReadRowByRowAsTurns() throws Exception {
        Document d = faithful("""
                <!DOCTYPE html>
                <html><body>
                <h1>Oral history: the brickworks</h1>
                <table>
                <tr><th>Speaker</th><th>Words</th></tr>
                <tr><td>Interviewer</td><td>When did you start at the kilns?</td></tr>
                <tr><td>Edna</td><td>In thirty-six, straight from school.</td></tr>
                <tr><td>Interviewer</td><td>And what was the work?</td></tr>
                <tr><td>Edna</td><td>Stacking the green bricks, all day long.</td></tr>
                </table>
                </body></html>
                """);
        assertEquals(List.of("Interviewer", "Edna", "Interviewer", "Edna"), values(d, "//t:sp/t:speaker"));
        assertEquals("Stacking the green bricks, all day long.", values(d, "//t:sp[4]/t:p").get(0));
    }

    /** Traps: tables of names and places, or of dates, are rows of cells, and no colon is written into them. */
    @Test
    void tablesThatAreNoTranscriptStayRows() throws Exception {
        Document d = faithful("""
                <!DOCTYPE html>
                <html><body>
                <table>
                <tr><td>Kent</td><td>Ashford</td></tr>
                <tr><td>Surrey</td><td>Dorking</td></tr>
                <tr><td>Kent</td><td>Hythe</td></tr>
                <tr><td>Surrey</td><td>Epsom</td></tr>
                </table>
                <table>
                <tr><td>1848</td><td>The first bridge was built of timber.</td></tr>
                <tr><td>1871</td><td>It was rebuilt in iron by the county.</td></tr>
                <tr><td>1902</td><td>The tolls were lifted after a petition.</td></tr>
                <tr><td>1940</td><td>It was closed to lorries for the war.</td></tr>
                </table>
                </body></html>
                """);
        assertEquals(List.of(), values(d, "//t:sp"));
        String body = String.join("\n", values(d, "//t:body//t:p"));
        assertFalse(body.contains(":"), body);
        assertTrue(body.contains("Kent Ashford") || body.contains("Kent  Ashford"), body);
        assertTrue(body.contains("1848") && body.contains("The first bridge"), body);
    }

    /** Far beyond what any page nests, below what would overflow the stack. */
    private static final int DEPTH = 5_000;
}
