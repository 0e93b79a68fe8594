package org.teikit.render;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertTrue;

/** index.html lists every document; persons.html every person with links to their turns. */
class SiteTest {
    static Path site = Path.of("target/render-site-test");
    static String index, persons;

    @BeforeAll
    static void build() throws Exception {
        SharedViews.VIEWS.site(List.of(Fixtures.TEIKIT, Fixtures.RENDER.resolve("drama.xml"), Fixtures.RENDER.resolve("manuscript.xml")), site);
        index = Files.readString(site.resolve("index.html"));
        persons = Files.readString(site.resolve("persons.html"));
    }

    @Test
    void indexRowsGiveTitleDateKindTurnsAndNotes() {
        String row = row(index, "teikit-conversations.html");
        assertTrue(row.contains(">Records of Two Conversations and a Letter, Winter 1950</a>"));
        assertTrue(row.contains("<td>22 January 1950</td>") && row.contains("<td>Conversation</td>"));
        assertTrue(row.contains("<td class=\"num\">6</td><td class=\"num\">8</td>"), row);
        assertTrue(row(index, "drama.html").contains("<td class=\"num\">4</td><td class=\"num\">0</td>"));
        assertTrue(row(index, "manuscript.html").contains("<td>2 March 1887</td>"));
    }

    @Test
    void personsLinkToTheirFirstTurnInEachDocument() {
        assertTrue(persons.contains("href=\"teikit-conversations.html#turn-1\">Records of Two Conversations"));
        assertTrue(persons.contains("href=\"teikit-conversations.html#turn-2\">Records"), "Mao's first turn");
        assertTrue(persons.contains("href=\"drama.html#turn-3\">The Lighthouse Keepers"), "First Sailor");
        assertTrue(persons.matches("(?s).*<strong>N\\. Fedorenko</strong>.*named in the document.*"), "registry persons without turns too");
    }

    static String row(String page, String href) {
        int a = page.indexOf("<a href=\"" + href + "\"");
        assertTrue(a > 0, href);
        return page.substring(page.lastIndexOf("<tr>", a), page.indexOf("</tr>", a));
    }
}
