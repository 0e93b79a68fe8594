package org.teikit.render;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What the HTML page of a teikit document shows, construct by construct. */
class HtmlViewTest {
    static String html;

    @BeforeAll
    static void render() throws Exception {
        Path out = Path.of("target/render-html-test/teikit-conversations.html");
        SharedViews.VIEWS.html(Fixtures.TEIKIT, out);
        html = Files.readString(out);
    }

    static String section(String id) {
        int start = html.indexOf("<section id=\"" + id + "\"");
        assertTrue(start >= 0, "section " + id);
        int next = html.indexOf("<section id=\"div-", start + 10);
        return html.substring(start, next < 0 ? html.length() : next);
    }

    static String element(String id) {
        Matcher m = Pattern.compile("<(\\w+)[^>]*\\bid=\"" + Pattern.quote(id) + "\"").matcher(html);
        assertTrue(m.find(), "element #" + id);
        // the element's extent, counting nested elements of the same name
        Matcher tags = Pattern.compile("<(/?)" + m.group(1) + "\\b[^>]*>").matcher(html);
        int depth = 0;
        tags.region(m.start(), html.length());
        while (tags.find()) {
            depth += tags.group(1).isEmpty() ? 1 : -1;
            if (depth == 0) return html.substring(m.start(), tags.end());
        }
        throw new AssertionError("unclosed #" + id);
    }

    @Test
    void standalonePageWithLanguageViewportAndNoNetworkResources() {
        assertTrue(html.startsWith("<!DOCTYPE HTML>"));
        assertTrue(html.contains("<html lang=\"en\">"));
        assertTrue(html.contains("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"));
        assertTrue(html.contains("<style>"));
        assertFalse(html.matches("(?s).*<(script|link|img|iframe)\\b.*"), "no external resources");
        assertTrue(html.contains("@media print"), "print stylesheet");
    }

    @Test
    void headerShowsTitleDateKindSourceSummaryAndParticipants() {
        String header = html.substring(html.indexOf("<header class=\"doc-header\">"), html.indexOf("</header>"));
        assertTrue(header.contains("<h1>Records of Two Conversations and a Letter, Winter 1950</h1>"));
        assertTrue(header.contains("22 January 1950"));
        assertTrue(header.contains(">Conversation<"));
        assertTrue(header.contains("Test Archive Bulletin") && header.contains("vol. 6") && header.contains("p. 5-9"));
        assertTrue(header.contains("Two meetings between the leaders"));
        assertTrue(header.contains("N. Fedorenko") && header.contains("interpreter"));
    }

    @Test
    void headingsNeverSkipALevel() {
        Matcher m = Pattern.compile("<h([1-6])\\b").matcher(html);
        List<Integer> levels = new ArrayList<>();
        while (m.find()) levels.add(Integer.parseInt(m.group(1)));
        assertEquals(1, levels.get(0));
        assertEquals(1, levels.stream().filter(l -> l == 1).count(), "one h1");
        for (int i = 1; i < levels.size(); i++) {
            assertTrue(levels.get(i) <= levels.get(i - 1) + 1, "heading levels " + levels);
        }
        assertTrue(section("div-conv-1").contains("<h2 class=\"head\">Record of Conversation"));
    }

    @Test
    void contentsListsEveryDivisionWithDateAndParticipants() {
        String toc = html.substring(html.indexOf("<nav class=\"toc\""), html.indexOf("</nav>"));
        for (String id : List.of("div-conv-1", "div-conv-2", "div-letter-1")) assertTrue(toc.contains("href=\"#" + id + "\""), id);
        assertTrue(toc.contains("Stalin, Mao Zedong, N. Fedorenko"));
        assertTrue(toc.contains("1 February 1950"), "the letter's date");
        assertTrue(section("div-conv-1").contains("Present: </span>Stalin, Mao Zedong, N. Fedorenko"));
    }

    @Test
    void turnsCarryAnchorNameAndAColourThatIsTheSameForTheSamePerson() {
        String t1 = element("turn-1"), t2 = element("turn-2"), t4 = element("turn-4");
        assertTrue(t1.contains("<div class=\"speaker\">Comrade Stalin</div>"));
        assertTrue(t4.contains("<div class=\"speaker\">Stalin</div>"));
        String c1 = colour(t1), c2 = colour(t2), c4 = colour(t4);
        assertEquals(c1, c4, "Stalin's turns share a colour");
        assertNotEquals(c1, c2, "Mao's differs");
        String third = element("turn-3");
        assertTrue(third.contains("class=\"sp third-person\""));
        assertTrue(third.contains("class=\"who-mark\"") && third.contains(">Zhou Enlai</div>"), "speaker from the registry");
        assertFalse(third.contains("class=\"speaker\""), "no invented speaker label");
    }

    static String colour(String turn) {
        Matcher m = Pattern.compile("--who:(hsl\\([^)]*\\))").matcher(turn);
        assertTrue(m.find());
        return m.group(1);
    }

    @Test
    void personsPanelCountsTurnsAndWordsAndLinksToTheFirstTurn() throws Exception {
        String stalin = element("person-stalin");
        assertTrue(stalin.contains("href=\"#turn-1\""));
        assertTrue(stalin.contains("3 turns"));
        assertTrue(stalin.contains(ReadingText.turnWords(Fixtures.TEIKIT, "stalin") + " words"), stalin);
        assertTrue(stalin.contains("href=\"#turn-4\"") && stalin.contains("href=\"#turn-5\""), "all of Stalin's turns listed");
        String zhou = element("person-zhou-enlai");
        assertTrue(zhou.contains("1 turn,") && zhou.contains(ReadingText.turnWords(Fixtures.TEIKIT, "zhou-enlai") + " words"));
    }

    @Test
    void notesAreNumberedLinkedBothWaysAndCollectedPerDivision() {
        assertTrue(html.contains("<a class=\"noteref\" href=\"#note-1\" id=\"noteref-1\""));
        String note1 = element("note-1");
        assertTrue(note1.contains("href=\"#noteref-1\"") && note1.contains("Changchun railway"));
        assertTrue(note1.contains("note-src"));
        assertTrue(element("note-2").contains("note-ed"), "identification note is the editors'");
        assertTrue(element("note-6").contains("note-ed"), "editorial note");
        // footnotes of conversation I at its end, before conversation II starts
        String conv1 = section("div-conv-1");
        for (int n : new int[] {1, 2, 3}) assertTrue(conv1.contains("id=\"note-" + n + "\""), "note " + n + " in conversation I");
        assertFalse(conv1.contains("id=\"note-4\""), "the endnote is not a footnote");
        String endnotes = html.substring(html.indexOf("<section class=\"endnotes\""));
        assertTrue(endnotes.contains("id=\"note-4\"") && endnotes.contains("Endnote of the source"));
        assertTrue(html.indexOf("<section class=\"endnotes\"") > html.indexOf("</main>"));
    }

    @Test
    void editorialInterventionsAreLegible() {
        assertTrue(html.contains("<span class=\"br\">[</span>that<span class=\"br\">]</span>"), "supplied in brackets");
        assertTrue(html.matches("(?s).*<span class=\"gap\" title=\"ILLEGIBLE[^\"]*\">\\[illegible\\]</span>.*"));
        assertTrue(html.matches("(?s).*<span class=\"gap\" title=\"signature illegible 31/XII[^\"]*\">\\[signature\\]</span>.*"));
        assertTrue(html.contains("<span class=\"unclear\"") && html.contains("[unclear]"));
        assertTrue(html.contains("<span class=\"sic\">wolframs</span><span class=\"sic-mark\"> [sic]</span>"));
        assertTrue(html.contains("<del class=\"del\"") && html.contains(">old</del>"));
        assertTrue(html.contains("Chengdu<span class=\"query-mark\"> [?]</span>"));
        // choice: one reading shown, the other on hover and on keyboard focus
        assertTrue(html.contains("<span class=\"choice c-abbr\" tabindex=\"0\" title=\"expansion: Central Committee of the Communist Party of China\"><span class=\"shown\">CC CPC</span>"));
        assertTrue(html.contains("<span class=\"shown\">PLA</span>"), "abbreviation shown also when the expansion comes first");
        assertTrue(html.contains("<span class=\"shown\">tungstan</span><span class=\"sic-mark\"> [sic]</span>"));
        assertTrue(html.contains(".choice:hover .alt,.choice:focus .alt"));
    }

    @Test
    void pageFurnitureIsMarkedAndTogglable() {
        assertTrue(html.contains("<span class=\"mark pb\" title=\"page break\">p. 94</span>"));
        assertTrue(html.contains("class=\"mark fw fw-header\"") && html.contains(">CHINESE</span>"));
        assertTrue(html.contains("class=\"mark fw fw-stamp\""));
        assertTrue(html.contains("<input type=\"checkbox\" id=\"show-marks\""));
        assertTrue(html.contains("#show-marks:not(:checked) ~ .layout .mark"));
    }

    @Test
    void lettersShowOpenerCloserAndTheirCorrespondence() {
        String letter = section("div-letter-1");
        assertTrue(letter.contains("class=\"opener\"") && letter.contains("class=\"closer\""));
        assertTrue(letter.contains("class=\"salute\">Dear Comrade Stalin,"));
        assertTrue(letter.contains("class=\"signed\">Zhou Enlai"));
        assertTrue(letter.contains("From: </span>Zhou Enlai, Beijing, 1 February 1950"));
        assertTrue(letter.contains("To: </span>Stalin, Moscow"));
        assertTrue(letter.contains("title=\"Title supplied by the editors\""));
    }

    @Test
    void theContentsShowADateAsTheTextPrintsItAndTheNormalizedOneOnlyWhenTheTextHasNone() throws Exception {
        Path out = Path.of("target/render-html-test/letter-dates.html");
        SharedViews.VIEWS.html(Fixtures.RENDER.resolve("letter-dates.xml"), out);
        String page = Files.readString(out);
        String toc = page.substring(page.indexOf("<nav class=\"toc\""), page.indexOf("</nav>"));
        assertTrue(toc.contains(">No. 4</a><span class=\"toc-meta\">October 3, 1941</span>"), toc);
        assertTrue(toc.contains(">No. 5</a><span class=\"toc-meta\">1941-11-04</span>"), toc);
        assertFalse(page.contains("<dt>Date</dt>"), "two letters' dates are not the date of the document that holds them");
    }

    @Test
    void aDocumentWithOneLetterIsDatedByIt() throws Exception {
        Path tei = Path.of("target/render-html-test/one-letter.xml");
        String two = Files.readString(Fixtures.RENDER.resolve("letter-dates.xml"));
        Files.writeString(tei, two.replaceFirst("(?s)<correspDesc corresp=\"#letter-b\">.*?</correspDesc>", ""));
        Path out = Path.of("target/render-html-test/one-letter.html");
        SharedViews.VIEWS.html(tei, out);
        assertTrue(Files.readString(out).contains("<dt>Date</dt><dd>1941-10-03</dd>"));
    }

    @Test
    void quotationMarksTheTranscriptionKeptAreNotAddedAgain() throws Exception {
        Path out = Path.of("target/render-html-test/quotations.html");
        SharedViews.VIEWS.html(Fixtures.RENDER.resolve("quotations.xml"), out);
        String page = Files.readString(out);
        assertTrue(page.contains("\"<q class=\"said marks-transcribed\">good -- it is high time</q>\""), page);
        assertTrue(page.contains("<q class=\"q\">without the marks of the source</q>"), page);
        assertTrue(page.contains("<q class=\"q marks-transcribed\">“with marks inside”</q>"), page);
        assertTrue(page.contains("«<q class=\"q marks-transcribed\">pas encore</q>»"), page);
        assertTrue(page.contains("'<q class=\"q marks-transcribed\">soon</q>'"), page);
        assertTrue(page.contains("ministers' <q class=\"q\">answer</q>"), "a mark on one side only is not the quotation's: " + page);
        assertTrue(page.contains("q.marks-transcribed{quotes:none}"), "the browser's own marks are turned off for them");
    }

    @Test
    void aHeadingBrokenOverLinesIsOneLineInTheContents() throws Exception {
        Path out = Path.of("target/render-html-test/quotations.html");
        SharedViews.VIEWS.html(Fixtures.RENDER.resolve("quotations.xml"), out);
        String toc = Files.readString(out).replaceFirst("(?s).*<nav class=\"toc\"", "").replaceFirst("(?s)</nav>.*", "");
        assertTrue(toc.contains(">The Prime Minister's Message</a>"), toc);
    }

    @Test
    void unknownElementsKeepTheirTextInNeutralElements() throws Exception {
        Path out = Path.of("target/render-html-test/unknown.html");
        SharedViews.VIEWS.html(Fixtures.RENDER.resolve("unknown-elements.xml"), out);
        String page = Files.readString(out);
        assertTrue(page.contains("<span class=\"tei-frobnicate\">madeup inline words</span>"));
        assertTrue(page.matches("(?s).*<div class=\"tei-blockThing\">.*Paragraph inside an invented block.*loose invented text.*"));
        assertTrue(page.contains("<span class=\"tei-marker foreign\">othernamespace inline</span>"));
        assertTrue(page.matches("(?s).*<div class=\"tei-section foreign\">.*othernamespace block text.*"));
        assertTrue(page.contains("<span class=\"tei-wibble\"><span class=\"tei-wobble\">deeply nested unknown</span></span>"));
    }
}
