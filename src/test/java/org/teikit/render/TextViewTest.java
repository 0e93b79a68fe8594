package org.teikit.render;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The plain-text view's layout: wrapped, underlined, turns labelled, notes at the division's end. */
class TextViewTest {
    @TempDir
    Path out;

    String render(Path tei, int width) throws Exception {
        Path txt = out.resolve(tei.getFileName() + "-" + width + ".txt");
        SharedViews.VIEWS.text(tei, txt, width);
        byte[] bytes = Files.readAllBytes(txt);
        String text = new String(bytes, StandardCharsets.UTF_8);
        assertTrue(java.util.Arrays.equals(bytes, text.getBytes(StandardCharsets.UTF_8)), "valid UTF-8");
        return text;
    }

    @Test
    void everyFixtureIsWrappedWithoutMarkupEntitiesOrDoubledBlankLines() throws Exception {
        for (Path tei : Fixtures.all()) {
            for (int width : new int[] {72, 40}) {
                String text = render(tei, width);
                assertFalse(text.contains("\n\n\n"), tei + ": doubled blank line");
                // entity- or tag-like strings only where the document's own characters spell them
                String source = sourceCharacters(tei);
                for (java.util.regex.Pattern p : List.of(ENTITY, TAG)) {
                    java.util.regex.Matcher m = p.matcher(text);
                    while (m.find()) assertTrue(source.contains(m.group()), tei + ": markup or entity in the view: " + m.group());
                }
                assertTrue(text.endsWith("\n") && !text.endsWith("\n\n"), tei + ": one final newline");
                for (String line : text.split("\n")) {
                    assertTrue(line.codePointCount(0, line.length()) <= width || !line.trim().contains(" "), tei + ": line over " + width + ": " + line);
                    assertFalse(line.endsWith(" "), tei + ": trailing space: " + line);
                }
            }
        }
    }

    static final java.util.regex.Pattern ENTITY = java.util.regex.Pattern.compile("&(amp|lt|gt|quot|apos|#\\d+|#x[0-9a-fA-F]+);");
    static final java.util.regex.Pattern TAG = java.util.regex.Pattern.compile("</?[a-zA-Z][^>]*>");

    static String sourceCharacters(Path tei) throws Exception {
        javax.xml.parsers.DocumentBuilderFactory f = javax.xml.parsers.DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        return f.newDocumentBuilder().parse(tei.toFile()).getDocumentElement().getTextContent();
    }

    @Test
    void headingsAreUnderlined() throws Exception {
        List<String> lines = render(Fixtures.TEIKIT, 72).lines().toList();
        int i = lines.indexOf("Second Conversation, 24 January 1950");
        assertTrue(i > 0);
        assertEquals("=".repeat(lines.get(i).length()), lines.get(i + 1));
        assertEquals("=".repeat(lines.get(0).length()), lines.get(1), "the title too");
        List<String> drama = render(Fixtures.RENDER.resolve("drama.xml"), 72).lines().toList();
        int scene = drama.indexOf("Scene One");
        assertEquals("---------", drama.get(scene + 1), "a nested division underlined with dashes");
    }

    @Test
    void turnsAreLabelledAndThirdPersonTurnsStayProse() throws Exception {
        String text = render(Fixtures.TEIKIT, 72);
        assertTrue(text.contains("\n\nCOMRADE STALIN: We must change the agreement"));
        assertTrue(text.contains("\n\nMAO ZEDONG: We agree."));
        assertTrue(text.contains("\n\nZhou Enlai says that the artillery was delivered late"), "no label invented, hyphenation rejoined");
        String drama = render(Fixtures.RENDER.resolve("drama.xml"), 72);
        assertTrue(drama.contains("AGNES:\n  The lamp is lit, the wind is high,\n  and not a ship goes sailing by."), "verse kept in lines");
    }

    @Test
    void notesAreMarkedAndListedAtTheEndOfTheirDivision() throws Exception {
        String text = render(Fixtures.TEIKIT, 72);
        assertTrue(text.contains("on the railway[1], and I"));
        int notes = text.indexOf("Notes\n-----\n[1] The Changchun railway, built by Russia.\n[2] (Editors) Nationalist Chinese leader");
        assertTrue(notes > 0, text);
        assertTrue(notes < text.indexOf("Second Conversation"), "conversation I's notes before conversation II");
        int endnotes = text.indexOf("Endnotes\n--------\n[4] Endnote of the source");
        assertTrue(endnotes > text.indexOf("Letter from Zhou Enlai"), "endnotes at the end");
    }

    @Test
    void editorialAdditionsAreBracketed() throws Exception {
        String text = render(Fixtures.TEIKIT, 200);
        assertTrue(text.contains("I think [that] the Chengdu [?] line"));
        assertTrue(text.contains("the rest of the list is [illegible] in the copy he received [unclear]."));
        assertTrue(text.contains("Zhou Enlai [signature]"));
        assertTrue(text.contains("the CC CPC [Central Committee of the Communist Party of China] on the railway"));
        assertTrue(text.contains("the PLA [People's Liberation Army] positions"));
        assertTrue(text.contains("export wolframs [sic] and tungstan [sic; read: tungsten] to the West."));
        assertTrue(text.contains("[From: Zhou Enlai, Beijing, 1 February 1950; To: Stalin, Moscow]"));
        assertFalse(text.contains("Declassified") || text.contains("CHINESE") || text.contains("continued on page"), "no page furniture");
    }

    @Test
    void quotationMarksTheTranscriptionKeptAreNotAddedAgain() throws Exception {
        String text = render(Fixtures.RENDER.resolve("quotations.xml"), 200);
        assertTrue(text.contains("stated \"good -- it is high time\" for"), text);
        assertTrue(text.contains("quote “without the marks of the source”, and then “with marks inside”."), text);
        assertTrue(text.contains("«pas encore»") && text.contains("'soon'"), text);
        assertTrue(text.contains("ministers' “answer” came"), text);
    }

    @Test
    void widthParameterChangesTheWrapping() throws Exception {
        String wide = render(Fixtures.TEIKIT, 100), narrow = render(Fixtures.TEIKIT, 30);
        assertTrue(wide.lines().anyMatch(l -> l.length() > 72));
        assertTrue(narrow.lines().count() > wide.lines().count());
        assertEquals(ReadingText.textViewWords(wide), ReadingText.textViewWords(narrow), "same words, only the lines differ");
    }
}
