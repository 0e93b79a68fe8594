package org.teikit.render;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.teikit.render.HtmlPages.byId;
import static org.teikit.render.HtmlPages.first;

/**
 * persons.html of a site with the edition's persons index: two groups (people of the history, the edition's
 * modern authors and editors), each sorted by surname, every place a person speaks, is named, is present or
 * writes a link into the document's page (read with jsoup).
 */
class PersonsIndexTest {
    static final Path SITE = Path.of("target/render-persons-test");
    static final Path REGISTRY = Path.of("src/test/resources/site/persons.xml");
    static Document persons;

    @BeforeAll
    static void build() throws Exception {
        SharedViews.VIEWS.site(List.of(Fixtures.RENDER.resolve("commentary.xml"), Fixtures.TEIKIT), REGISTRY, SITE);
        persons = HtmlPages.read(SITE.resolve("persons.html"));
    }

    static Element entry(String id) {
        return byId(persons, "p-" + id);
    }

    static List<String> names(String group) {
        return first(persons, "#persons-" + group).select("li > strong.person-name").eachText();
    }

    @Test
    void historicalPersonsAndModernAuthorsAreListedApart() {
        List<String> historical = names("historical"), modern = names("modern");
        // Chen Jian: role="author translator" and a byline; Hershberg: role="editor" and the titleStmt's editor
        assertEquals(List.of("Hershberg, Jim", "Jian, Chen"), modern);
        for (String who : List.of("Stalin, Joseph", "Mao Zedong", "Beethoven, Ludwig van", "Kumykin, Pavel")) {
            assertTrue(historical.contains(who), who + " in " + historical);
        }
        assertFalse(historical.contains("Hershberg, Jim"), "named in the commentary, but an editor by his role");
    }

    @Test
    void sortedBySurnameIgnoringParticlesAndSuffixes() {
        List<String> historical = names("historical");
        List<String> expected = List.of("Adams, John Quincy, Jr.", "Beethoven, Ludwig van", "Gaulle, Charles de",
                "Kumykin, Pavel", "Mao Zedong", "Stalin, Joseph");
        List<String> inOrder = historical.stream().filter(expected::contains).toList();
        assertEquals(expected, inOrder, "all of them listed, in this order: " + historical);
        // "de Gaulle" sorts under G (persName markup: forename, nameLink, surname); Mao is called by his
        // family name alone ("Mao" speaks), so "Mao Zedong" is written family name first and sorts under M
        assertTrue(historical.indexOf("Fedorenko, N.") < historical.indexOf("Gaulle, Charles de"));
    }

    @Test
    void everyPlaceOfAPersonIsALinkToAnAnchorOnItsPage() throws Exception {
        Map<String, Document> pages = new HashMap<>();
        int links = 0;
        for (Element a : persons.select("ul.appearances a[href]")) {
            String[] href = a.attr("href").split("#", 2);
            Document page = pages.computeIfAbsent(href[0], f -> read(SITE.resolve(f)));
            if (href.length == 2) {
                assertNotNull(page.getElementById(href[1]), a.attr("href") + " (" + a.text() + ") has a target");
                links++;
            }
        }
        assertTrue(links > 20, "links into the pages: " + links);
        assertFalse(persons.text().contains("named in the document"), "no boilerplate");
    }

    @Test
    void stalinSpeaksIsNamedIsPresentAndReceivesALetterDivisionByDivision() throws Exception {
        Element stalin = entry("stalin");
        List<String> places = first(stalin, "li.in-document:has(> a[href=commentary.html]) ul.places").select("> li").eachText();
        assertEquals(List.of(
                "I: Conversation between Stalin and Mao — speaks, 2 turns, named, present",
                "II: Second conversation — speaks, 1 turn",
                "Mao Zedong to Stalin — addressee",
                "A commentary — named"), places, "in the order of the divisions");
        Document page = read(SITE.resolve("commentary.html"));
        Element firstTurn = byId(page, first(stalin, "a.speaks[href^=commentary.html]").attr("href").split("#")[1]);
        assertEquals("div-record-1", firstTurn.closest("section").id());
        assertTrue(firstTurn.text().contains("We are listening."), "his first turn there");
        Element named = byId(page, first(stalin, "ul.places > li:has(a[href=commentary.html#div-commentary]) a.named").attr("href").split("#")[1]);
        assertEquals("Stalin", named.text());
        assertEquals("div-commentary", named.closest("section").id(), "the name in the commentary, not in a record");
        // the other document too
        assertNotNull(stalin.selectFirst("a.speaks[href=teikit-conversations.html#turn-1]"));
    }

    @Test
    void theEditionsIndexGivesTheStandardNameItsFormsAndAuthorityLinks() {
        Element stalin = entry("stalin");
        assertEquals("Stalin, Joseph", first(stalin, "strong.person-name").text());
        assertTrue(first(stalin, ".aka").text().contains("I. V. Stalin"), "a form only the index has");
        assertEquals("https://viaf.org/viaf/101787139", first(stalin, "> a.authority").attr("href"));
    }

    @Test
    void aPersonListedInADivisionByPersNameIsPresentThere() {
        assertEquals("II: Second conversation — named, present", first(entry("roshchin"), "ul.places > li").text());
    }

    @Test
    void aPersonOnlyListedInTheHeaderLinksToTheParticipantsList() throws Exception {
        Element kumykin = entry("kumykin");
        Element listed = first(kumykin, "a.listed");
        assertEquals("commentary.html#participant-kumykin", listed.attr("href"));
        assertTrue(byId(read(SITE.resolve("commentary.html")), "participant-kumykin").text().contains("Pavel Kumykin"));
    }

    private static Document read(Path page) {
        try {
            assertTrue(Files.isRegularFile(page), page.toString());
            return HtmlPages.read(page);
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        }
    }
}
