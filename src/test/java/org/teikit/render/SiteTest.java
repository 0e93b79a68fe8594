package org.teikit.render;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.teikit.render.HtmlPages.first;

/** index.html lists every document; persons.html every person with links to their turns (read with jsoup). */
class SiteTest {
    static Path site = Path.of("target/render-site-test");
    static Document index, persons;

    @BeforeAll
    static void build() throws Exception {
        SharedViews.VIEWS.site(List.of(Fixtures.TEIKIT, Fixtures.RENDER.resolve("drama.xml"), Fixtures.RENDER.resolve("manuscript.xml")), site);
        index = HtmlPages.read(site.resolve("index.html"));
        persons = HtmlPages.read(site.resolve("persons.html"));
    }

    @Test
    void indexRowsGiveTitleDateKindTurnsAndNotes() {
        List<String> row = cells("teikit-conversations.html");
        assertEquals("Records of Two Conversations and a Letter, Winter 1950",
                first(index, "a[href=teikit-conversations.html]").wholeText());
        assertTrue(row.contains("22 January 1950") && row.contains("Conversation"), row.toString());
        assertEquals(List.of("6", "8"), numbers("teikit-conversations.html"), "turns and notes");
        assertEquals(List.of("4", "0"), numbers("drama.html"));
        assertTrue(cells("manuscript.html").contains("2 March 1887"));
    }

    @Test
    void personsLinkToTheirFirstTurnInEachDocument() {
        assertEquals("speaks, 2 turns", first(persons, "#p-stalin a[href=teikit-conversations.html#turn-1]").wholeText());
        assertEquals("speaks, 1 turn", first(persons, "#p-mao-zedong a[href=teikit-conversations.html#turn-2]").wholeText(), "Mao's first turn");
        Element sailor = first(persons, "a[href=drama.html#turn-3]").closest("li.in-document");
        assertNotNull(sailor, "First Sailor");
        assertTrue(first(sailor, "> a.document").wholeText().startsWith("The Lighthouse Keepers"), "First Sailor");
        // a registry person without turns is listed under the surname, with the places that name or list him
        Element fedorenko = first(persons, "strong:matchesWholeOwnText(^Fedorenko, N\\.$)");
        Element entry = fedorenko.parent();
        assertNotNull(entry);
        assertEquals("Record of Conversation between Comrade Stalin and Chairman Mao Zedong, 22 January 1950 — named, present",
                first(entry, "ul.places > li").text());
    }

    /** The texts of the cells of the index row that links to {@code href}. */
    static List<String> cells(String href) {
        return row(href).select("> td").eachText();
    }

    /** The row's numeric cells (turns, notes), in order. */
    static List<String> numbers(String href) {
        return row(href).select("> td[class=num]").stream().map(Element::wholeText).toList();
    }

    static Element row(String href) {
        Element link = first(index, "tr a[href=" + href + "]");
        Element tr = link.closest("tr");
        assertNotNull(tr, href);
        return tr;
    }
}
