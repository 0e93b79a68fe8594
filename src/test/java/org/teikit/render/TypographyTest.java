package org.teikit.render;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.teikit.render.HtmlPages.first;
import static org.teikit.render.HtmlPages.withText;

/**
 * The HTML view sets typewriter punctuation as print does ("…" → “…”, ' → ’ or ‘ ’, -- → — or – between
 * digits, a spaced hyphen → –); code-like content, attribute values, the TEI and the text view keep the
 * source's characters.
 */
class TypographyTest {
    static final Path TEI = Fixtures.RENDER.resolve("typography-authorities.xml");
    static Document page;

    @BeforeAll
    static void render() throws Exception {
        Path out = Path.of("target/render-typography-test/typography-authorities.html");
        SharedViews.VIEWS.html(TEI, out);
        page = HtmlPages.read(out);
    }

    @Test
    void quotationMarksApostrophesAndDashesInTheText() {
        withText(page, "main p", "The Marshal said “it’s time” and the President’s ‘answer’ came in ’45: the years 1941–1945 – a long war.");
        withText(page, "main p", "She wrote—without a pause—“No.”");
        withText(page, "main h2", "Letter of the ’40s — “Secret”");
    }

    @Test
    void aMarkAtTheStartOfATextNodeLooksAtTheTextBeforeIt() {
        // the " after a link closes the quotation the link's text opened inside (“linked”): its own text node
        withText(page, "main a.ref", "the “linked” page");
    }

    @Test
    void titleAndContentsAreSetTooAttributesAndCodeAreNot() {
        assertEquals("The “Quebec” letters: typewriter marks, authority records and dates", first(page, "head > title").text());
        assertEquals("The “Quebec” letters: typewriter marks, authority records and dates", first(page, "h1").text());
        withText(first(page, "nav.toc"), "a", "Letter of the ’40s — “Secret”");
        withText(page, "main .tei-code", "a--b \"x\" 'y'");
        assertEquals("https://example.org/a--b", first(page, "main a.ref").attr("href"));
    }

    @Test
    void theTextViewKeepsTheSourceCharacters() throws Exception {
        Path txt = Path.of("target/render-typography-test/typography-authorities.txt");
        SharedViews.VIEWS.text(TEI, txt, 200);
        String text = Files.readString(txt);
        assertTrue(text.contains("The Marshal said \"it's time\" and the President's 'answer' came in '45: the years 1941--1945 - a long war."), text);
        assertTrue(text.contains("She wrote--without a pause--\"No.\""), text);
    }
}
