package org.teikit.render;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.teikit.render.HtmlPages.assertInARow;
import static org.teikit.render.HtmlPages.assertLabelled;
import static org.teikit.render.HtmlPages.assertOnlyText;
import static org.teikit.render.HtmlPages.byId;
import static org.teikit.render.HtmlPages.first;
import static org.teikit.render.HtmlPages.position;
import static org.teikit.render.HtmlPages.withText;

/** What the HTML page of a teikit document shows, construct by construct (read with jsoup, an HTML5 parser). */
class HtmlViewTest {
    static String html;
    static Document page;

    @BeforeAll
    static void render() throws Exception {
        Path out = Path.of("target/render-html-test/teikit-conversations.html");
        SharedViews.VIEWS.html(Fixtures.TEIKIT, out);
        html = Files.readString(out);
        page = HtmlPages.read(out);
    }

    static Document rendered(String fixture, String name) throws Exception {
        Path out = Path.of("target/render-html-test/" + name);
        SharedViews.VIEWS.html(Fixtures.RENDER.resolve(fixture), out);
        return HtmlPages.read(out);
    }

    static Element section(String id) {
        Element s = byId(page, id);
        assertEquals("section", s.tagName(), "#" + id);
        return s;
    }

    static Element element(String id) {
        return byId(page, id);
    }

    @Test
    void standalonePageWithLanguageViewportAndNoNetworkResources() {
        assertTrue(html.startsWith("<!DOCTYPE HTML>"));
        assertEquals("en", first(page, "html").attr("lang"));
        assertEquals("width=device-width, initial-scale=1", first(page, "head > meta[name=viewport]").attr("content"));
        Element style = first(page, "head > style");
        assertTrue(page.select("script[src], link, img, iframe").isEmpty(), "no external resources");
        // the one script is inline and only folds the side panels on narrow screens (BrowserTest)
        assertTrue(page.select("script").stream().allMatch(s -> s.data().contains("side-panel")), "no other script");
        assertTrue(style.data().contains("@media print"), "print stylesheet");
    }

    @Test
    void headerShowsTitleDateKindSourceSummaryAndParticipants() {
        Element header = first(page, "header.doc-header");
        assertOnlyText(first(header, "h1"), "Records of Two Conversations and a Letter, Winter 1950");
        String text = header.text();
        assertTrue(text.contains("22 January 1950"), text);
        assertFalse(header.select(":matchesWholeOwnText(^Conversation$)").isEmpty(), "the kind");
        assertTrue(text.contains("Test Archive Bulletin") && text.contains("vol. 6") && text.contains("p. 5-9"), text);
        assertTrue(text.contains("Two meetings between the leaders"), text);
        assertTrue(text.contains("N. Fedorenko") && text.contains("interpreter"), text);
    }

    @Test
    void headingsNeverSkipALevel() {
        List<Integer> levels = page.select("h1, h2, h3, h4, h5, h6").stream()
                .map(h -> Integer.parseInt(h.tagName().substring(1))).toList();
        assertEquals(1, levels.get(0));
        assertEquals(1, levels.stream().filter(l -> l == 1).count(), "one h1");
        for (int i = 1; i < levels.size(); i++) {
            assertTrue(levels.get(i) <= levels.get(i - 1) + 1, "heading levels " + levels);
        }
        assertTrue(first(section("div-conv-1"), "h2[class=head]").wholeText().startsWith("Record of Conversation"));
    }

    @Test
    void contentsListsEveryDivisionWithDateAndParticipants() {
        Element toc = first(page, "nav.toc");
        for (String id : List.of("div-conv-1", "div-conv-2", "div-letter-1")) {
            assertNotNull(toc.selectFirst("a[href=#" + id + "]"), id);
        }
        assertTrue(toc.text().contains("Stalin, Mao Zedong, N. Fedorenko"), toc.text());
        assertTrue(toc.text().contains("1 February 1950"), "the letter's date");
        assertLabelled(section("div-conv-1"), "span", "Present: ", "Stalin, Mao Zedong, N. Fedorenko");
    }

    @Test
    void turnsCarryAnchorNameAndAColourThatIsTheSameForTheSamePerson() {
        Element t1 = element("turn-1"), t2 = element("turn-2"), t4 = element("turn-4");
        withText(t1, "div[class=speaker]", "Comrade Stalin");
        withText(t4, "div[class=speaker]", "Stalin");
        String c1 = colour(t1), c2 = colour(t2), c4 = colour(t4);
        assertEquals(c1, c4, "Stalin's turns share a colour");
        assertNotEquals(c1, c2, "Mao's differs");
        Element third = element("turn-3");
        assertFalse(third.select("[class=sp third-person]").isEmpty());
        assertFalse(third.select("[class=who-mark]").isEmpty());
        withText(third, "div", "Zhou Enlai"); // speaker from the registry
        assertTrue(third.select("[class=speaker]").isEmpty(), "no invented speaker label");
    }

    static String colour(Element turn) {
        Matcher m = Pattern.compile("--who:(hsl\\([^)]*\\))").matcher(turn.attr("style"));
        assertTrue(m.find(), turn.attr("style"));
        return m.group(1);
    }

    @Test
    void personsPanelCountsTurnsAndWordsAndLinksToTheFirstTurn() throws Exception {
        Element stalin = element("person-stalin");
        assertNotNull(stalin.selectFirst("a[href=#turn-1]"));
        assertTrue(stalin.text().contains("3 turns"), stalin.text());
        assertTrue(stalin.text().contains(ReadingText.turnWords(Fixtures.TEIKIT, "stalin") + " words"), stalin.text());
        assertNotNull(stalin.selectFirst("a[href=#turn-4]"), "all of Stalin's turns listed");
        assertNotNull(stalin.selectFirst("a[href=#turn-5]"), "all of Stalin's turns listed");
        String zhou = element("person-zhou-enlai").text();
        assertTrue(zhou.contains("1 turn,") && zhou.contains(ReadingText.turnWords(Fixtures.TEIKIT, "zhou-enlai") + " words"), zhou);
    }

    @Test
    void notesAreNumberedLinkedBothWaysAndCollectedPerDivision() {
        assertNotNull(page.selectFirst("a#noteref-1[class=noteref][href=#note-1]"));
        Element note1 = element("note-1");
        assertNotNull(note1.selectFirst("[href=#noteref-1]"));
        assertTrue(note1.text().contains("Changchun railway"), note1.text());
        assertTrue(note1.hasClass("note-src"));
        assertTrue(element("note-2").hasClass("note-ed"), "identification note is the editors'");
        assertTrue(element("note-6").hasClass("note-ed"), "editorial note");
        // footnotes of conversation I at its end, before conversation II starts
        Element conv1 = section("div-conv-1");
        for (int n : new int[] {1, 2, 3}) assertNotNull(conv1.getElementById("note-" + n), "note " + n + " in conversation I");
        assertNull(conv1.getElementById("note-4"), "the endnote is not a footnote");
        Element endnotes = first(page, "section.endnotes");
        assertNotNull(endnotes.getElementById("note-4"));
        assertTrue(endnotes.text().contains("Endnote of the source"), endnotes.text());
        Element main = first(page, "main");
        assertTrue(position(endnotes) > position(main.getAllElements().last()), "the endnotes come after the text");
    }

    @Test
    void editorialInterventionsAreLegible() {
        assertInARow(page, "<span class=\"br\">[</span>that<span class=\"br\">]</span>"); // supplied in brackets
        assertTrue(withText(page, "span[class=gap]", "[illegible]").attr("title").startsWith("ILLEGIBLE"));
        assertTrue(withText(page, "span[class=gap]", "[signature]").attr("title").startsWith("signature illegible 31/XII"));
        assertNotNull(page.selectFirst("span[class=unclear]"));
        assertTrue(page.text().contains("[unclear]"));
        assertInARow(page, "<span class=\"sic\">wolframs</span><span class=\"sic-mark\"> [sic]</span>");
        assertNotNull(page.selectFirst("del[class=del]"));
        assertTrue(page.select("del").stream().anyMatch(d -> d.childNodeSize() > 0
                && d.childNode(d.childNodeSize() - 1) instanceof TextNode t && t.getWholeText().endsWith("old")));
        assertInARow(page, "Chengdu<span class=\"query-mark\"> [?]</span>");
        // choice: one reading shown, the other on hover and on keyboard focus
        Element choice = first(page, "span[class=choice c-abbr][tabindex=0]"
                + "[title=expansion: Central Committee of the Communist Party of China]");
        assertEquals(choice.child(0), choice.childNode(0), "the shown reading comes first");
        assertEquals("<span class=\"shown\">CC CPC</span>", choice.child(0).outerHtml());
        withText(page, "span[class=shown]", "PLA"); // abbreviation shown also when the expansion comes first
        assertInARow(page, "<span class=\"shown\">tungstan</span><span class=\"sic-mark\"> [sic]</span>");
        assertTrue(first(page, "head > style").data().contains(".choice:hover .alt,.choice:focus .alt"));
    }

    @Test
    void pageFurnitureIsMarkedAndTogglable() {
        assertEquals("page break", withText(page, "span[class=mark pb]", "p. 94").attr("title"));
        assertFalse(page.select("[class=mark fw fw-header]").isEmpty());
        assertFalse(page.select("span:matchesWholeOwnText(^CHINESE$)").isEmpty());
        assertFalse(page.select("div.opener span[class=mark stamp]:matchesWholeOwnText(^Declassified 1995$)").isEmpty());
        assertNotNull(page.selectFirst("input#show-marks[type=checkbox]"));
        assertTrue(first(page, "head > style").data().contains("#show-marks:not(:checked) ~ .layout .mark"));
    }

    @Test
    void lettersShowOpenerCloserAndTheirCorrespondence() {
        Element letter = section("div-letter-1");
        assertFalse(letter.select("[class=opener]").isEmpty());
        assertFalse(letter.select("[class=closer]").isEmpty());
        assertTrue(first(letter, "[class=salute]").wholeText().startsWith("Dear Comrade Stalin,"));
        assertTrue(first(letter, "[class=signed]").wholeText().startsWith("Zhou Enlai"));
        assertLabelled(letter, "span", "From: ", "Zhou Enlai, Beijing, ");
        // the date as the source writes it, its ISO form beside it
        assertInARow(letter, "<span class=\"meta-label\">From: </span>Zhou Enlai, Beijing, <span class=\"corresp-date\">1 February 1950 (1950-02-01)</span>");
        assertLabelled(letter, "span", "To: ", "Stalin, Moscow");
        assertNotNull(letter.selectFirst("[title=Title supplied by the editors]"));
    }

    @Test
    void theContentsShowADateAsTheTextPrintsItAndTheNormalizedOneOnlyWhenTheTextHasNone() throws Exception {
        Document dates = rendered("letter-dates.xml", "letter-dates.html");
        Element toc = first(dates, "nav.toc");
        assertInARow(toc, "<a href=\"#div-letter-a\">No. 4</a><span class=\"toc-meta\">October 3, 1941</span>");
        assertInARow(toc, "<a href=\"#div-letter-b\">No. 5</a><span class=\"toc-meta\">1941-11-04</span>");
        assertTrue(dates.select("dt:matchesWholeOwnText(^Date$)").isEmpty(),
                "two letters' dates are not the date of the document that holds them");
    }

    @Test
    void aDocumentWithOneLetterIsDatedByIt() throws Exception {
        Path tei = Path.of("target/render-html-test/one-letter.xml");
        String two = Files.readString(Fixtures.RENDER.resolve("letter-dates.xml"));
        Files.writeString(tei, two.replaceFirst("(?s)<correspDesc corresp=\"#letter-b\">.*?</correspDesc>", ""));
        Path out = Path.of("target/render-html-test/one-letter.html");
        SharedViews.VIEWS.html(tei, out);
        assertInARow(HtmlPages.read(out), "<dt>Date</dt><dd>1941-10-03</dd>");
    }

    @Test
    void quotationMarksTheTranscriptionKeptAreNotAddedAgain() throws Exception {
        Document page = rendered("quotations.xml", "quotations.html");
        // typographic marks in the HTML view: "…" → “…”, -- → —, ' → ‘ ’ (the TEI keeps the typewriter's)
        assertInARow(page, "“<q class=\"said marks-transcribed\">good — it is high time</q>”");
        assertInARow(page, "<q class=\"q\">without the marks of the source</q>");
        assertInARow(page, "<q class=\"q marks-transcribed\">“with marks inside”</q>");
        assertInARow(page, "«<q class=\"q marks-transcribed\">pas encore</q>»");
        assertInARow(page, "‘<q class=\"q marks-transcribed\">soon</q>’");
        assertInARow(page, "ministers’ <q class=\"q\">answer</q>"); // a mark on one side only is not the quotation's
        assertTrue(first(page, "head > style").data().contains("q.marks-transcribed{quotes:none}"),
                "the browser's own marks are turned off for them");
    }

    @Test
    void aHeadingBrokenOverLinesIsOneLineInTheContents() throws Exception {
        Element toc = first(rendered("quotations.xml", "quotations.html"), "nav.toc");
        withText(toc, "a", "The Prime Minister’s Message");
    }

    @Test
    void unknownElementsKeepTheirTextInNeutralElements() throws Exception {
        Document page = rendered("unknown-elements.xml", "unknown.html");
        assertInARow(page, "<span class=\"tei-frobnicate\">madeup inline words</span>");
        String block = first(page, "div[class=tei-blockThing]").text();
        assertTrue(block.indexOf("Paragraph inside an invented block") >= 0
                && block.indexOf("loose invented text") > block.indexOf("Paragraph inside an invented block"), block);
        assertInARow(page, "<span class=\"tei-marker foreign\">othernamespace inline</span>");
        assertTrue(first(page, "div[class=tei-section foreign]").text().contains("othernamespace block text"));
        assertInARow(page, "<span class=\"tei-wibble\"><span class=\"tei-wobble\">deeply nested unknown</span></span>");
    }
}
