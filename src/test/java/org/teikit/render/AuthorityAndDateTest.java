package org.teikit.render;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.teikit.render.HtmlPages.assertInARow;
import static org.teikit.render.HtmlPages.byId;
import static org.teikit.render.HtmlPages.first;

/** Names pointing at VIAF, GND or Wikidata link to the records; correspondence dates are written out beside the ISO ones. */
class AuthorityAndDateTest {
    static Document page;

    @BeforeAll
    static void render() throws Exception {
        Path out = Path.of("target/render-authority-test/typography-authorities.html");
        SharedViews.VIEWS.html(Fixtures.RENDER.resolve("typography-authorities.xml"), out);
        page = HtmlPages.read(out);
    }

    @Test
    void authorityReferencesBecomeLinksFullOrPrefixed() {
        Element named = first(page, "main p:contains(Named:)");
        assertEquals(List.of(
                "Stalin https://viaf.org/viaf/101787139",           // full VIAF URI
                "Goethe https://d-nb.info/gnd/118540238",           // gnd:N
                "Luther https://d-nb.info/gnd/118607626",           // dnb:N, by the document's own prefixDef
                "Mao https://viaf.org/viaf/27063124",               // viaf:N
                "Roosevelt https://www.wikidata.org/wiki/Q8007"),   // full Wikidata URI
                named.select("a.authority-name").stream().map(a -> a.text() + " " + a.attr("href")).toList());
        assertEquals("span", first(named, ".persName:contains(Nobody)").tagName(), "another site's URI is no authority");
    }

    @Test
    void correspondentsInTheHeaderLinkTheirRecordsToo() {
        Element letter = byId(page, "div-letter-a");
        assertEquals("https://viaf.org/viaf/101787139", first(letter, ".corresp-action:contains(From:) a.authority").attr("href"));
        assertEquals("https://www.wikidata.org/wiki/Q8007", first(letter, ".corresp-action:contains(To:) a.authority").attr("href"), "wd:Q8007");
    }

    @Test
    void datesInWordsBesideTheIsoValue() {
        Element a = byId(page, "div-letter-a"), b = byId(page, "div-letter-b");
        assertEquals(List.of("12 March 1945 (1945-03-12)", "March 1945 (1945-03)"), a.select(".corresp-date").eachText());
        assertEquals(List.of("in the spring (1945)", "between April 1945 and 8 May 1945 (between 1945-04 and 1945-05-08)", "1945"),
                b.select(".corresp-date").eachText(), "the source's words first; a year alone needs no second form");
        assertInARow(b, "<span class=\"meta-label\">Forwarded: </span>A clerk, <span class=\"corresp-date\">1945</span>");
        assertTrue(b.text().contains("From: A sender"));
    }
}
