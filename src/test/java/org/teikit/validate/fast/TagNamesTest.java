package org.teikit.validate.fast;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.teikit.validate.TestFiles;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;

class TagNamesTest {
    @TempDir
    Path dir;

    private record Names(Set<String> elements, Set<String> attributes, Set<String> prefixes) {}

    private static Names parsed(byte[] doc) throws IOException, SAXException {
        Names names = new Names(new HashSet<>(), new HashSet<>(), new HashSet<>());
        XMLReader reader = TestFiles.secureReader();
        reader.setContentHandler(new DefaultHandler() {
            @Override public void startPrefixMapping(String prefix, String uri) { names.prefixes.add(prefix); }
            @Override
            public void startElement(String uri, String local, String q, Attributes atts) {
                names.elements.add(local);
                for (int i = 0; i < atts.getLength(); i++) names.attributes.add(atts.getLocalName(i));
            }
        });
        reader.parse(new InputSource(new ByteArrayInputStream(doc)));
        return names;
    }

    private static Names scanned(String doc) {
        Names names = new Names(new HashSet<>(), new HashSet<>(), Set.of());
        assertTrue(TagNames.read(doc.getBytes(StandardCharsets.UTF_8), names.elements, names.attributes), doc);
        return names;
    }

    private static boolean readable(byte[] doc) {
        return TagNames.read(doc, new HashSet<>(), new HashSet<>());
    }

    @Test
    void everyWellFormedFixtureGivesTheParsersNamesPlusOnlyItsNamespaceDeclarations() throws Exception {
        List<Path> fixtures;
        try (Stream<Path> s = Stream.concat(Files.walk(TestFiles.resource("/corpus/valid")),
                Files.walk(TestFiles.resource("/corpus/invalid")))) {
            fixtures = s.filter(p -> p.toString().endsWith(".xml")).sorted().toList();
        }
        assertTrue(fixtures.size() >= 50, "the exactness corpus: " + fixtures.size());
        int read = 0;
        for (Path f : fixtures) {
            byte[] doc = Files.readAllBytes(f);
            Set<String> elements = new HashSet<>(), attributes = new HashSet<>();
            if (!TagNames.read(doc, elements, attributes)) {
                String head = new String(doc, 0, Math.min(doc.length, 200), StandardCharsets.ISO_8859_1);
                boolean utf16 = doc.length > 1 && (doc[0] == 0 || doc[1] == 0 || (doc[0] & 0xFE) == 0xFE);
                assertTrue(utf16 || head.contains("<!DOCTYPE") || head.matches("(?s)<\\?xml[^>]*encoding=.(?i)(?!utf-8).*"),
                        f + " is left to the parser only for a DOCTYPE or another encoding");
                continue;
            }
            read++;
            Names parsed = parsed(doc);

            assertEquals(parsed.elements, elements, f.toString());
            assertTrue(attributes.containsAll(parsed.attributes), f.toString());
            attributes.removeAll(parsed.attributes);
            attributes.remove("xmlns");
            attributes.removeAll(parsed.prefixes);
            assertEquals(Set.of(), attributes, f + ": only namespace declarations are extra");
        }
        assertTrue(read >= fixtures.size() - 3, read + " of " + fixtures.size() + " read from their tags");
    }

    @Test
    void markupThatIsNotATagIsSkipped() {
        Names n = scanned("""
                <?xml version="1.0"?>
                <?xml-model href="<notATag/>"?>
                <TEI xmlns="http://www.tei-c.org/ns/1.0" xmlns:ex="urn:example">
                  <!-- <commented rend="x"/> -->
                  <p rend='a>b' ex:n = "1"><![CDATA[<cdata attr="1"/>]]>text &amp; more</p><lb/>
                  <ex:gloss xml:lang="fr">é</ex:gloss><hé a="1"/>
                </TEI>
                """);

        assertEquals(Set.of("TEI", "p", "lb", "gloss", "hé"), n.elements);
        assertEquals(Set.of("xmlns", "ex", "rend", "n", "lang", "a"), n.attributes);
    }

    @Test
    void eachElementComesWithTheAttributesItCarriesInAnyOfItsTags() {
        java.util.Map<String, Set<String>> pairs = new java.util.HashMap<>();
        assertTrue(TagNames.read("""
                <TEI xmlns="http://www.tei-c.org/ns/1.0"><p n="1"/><p rend='x'><date when="1900"/></p><lb/>
                <date from="1" to='2'/></TEI>""".getBytes(StandardCharsets.UTF_8), pairs));
        assertEquals(java.util.Map.of("TEI", Set.of("xmlns"), "p", Set.of("n", "rend"), "date", Set.of("when", "from", "to"),
                "lb", Set.of()), pairs);
    }

    @Test
    void theVocabularyOfARunKnowsWhichElementCarriesWhichAttribute() {
        Path a = TestFiles.write(dir, "a.xml", "<TEI><p n='1'/></TEI>\n");
        Path b = TestFiles.write(dir, "b.xml", "<!DOCTYPE TEI [<!ATTLIST date when CDATA '1900'>]><TEI><date/></TEI>\n");
        Vocabulary v = Vocabulary.of(List.of(a, b), 2, TestFiles::secureReader);
        assertEquals(Set.of("n"), v.attributesOf("p"));
        assertEquals(Set.of("when"), v.attributesOf("date"), "a default attribute of the DTD, from the parser");
        assertEquals(Set.of(), v.attributesOf("TEI"));
        assertEquals(Set.of(), v.attributesOf("div"), "an element no document has");
        assertEquals(List.of("date"), v.elementsWith("when"));
    }

    @Test
    void documentsThisReadingCannotFollowAreLeftToTheParser() {
        assertFalse(readable("<!DOCTYPE TEI [<!ENTITY e \"<hidden/>\">]><TEI>&e;</TEI>".getBytes(StandardCharsets.UTF_8)),
                "an internal subset can hold markup and default attributes");
        assertFalse(readable("<TEI/>".getBytes(StandardCharsets.UTF_16)), "UTF-16");
        assertFalse(readable("<?xml version='1.0' encoding='ISO-8859-1'?><hé/>".getBytes(StandardCharsets.ISO_8859_1)));
        assertTrue(readable("<?xml version='1.0' encoding = \"utf-8\" ?><TEI/>".getBytes(StandardCharsets.UTF_8)));
        assertTrue(readable("\uFEFF<TEI/>".getBytes(StandardCharsets.UTF_8)), "a UTF-8 byte order mark");
    }

    @Test
    void theVocabularyOfARunHasTheNamesAnEntityBrings() {
        // the element's name is nowhere in the file as such: character references spell it inside the entity
        Path withEntity = TestFiles.write(dir, "a.xml",
                "<!DOCTYPE TEI [<!ENTITY e \"&#60;hid&#100;en &#110;='1'/>\">]>\n<TEI>&e;</TEI>\n");
        Path plain = TestFiles.write(dir, "b.xml", "<TEI><p rend='x'/></TEI>\n");

        Vocabulary v = Vocabulary.of(List.of(withEntity, plain), 2, TestFiles::secureReader);

        assertTrue(v.hasElement("hidden") && v.hasAttribute("n"), "parsed, so the entity's markup counts");
        assertTrue(v.hasElement("p") && v.hasAttribute("rend"), "read from the tags");
    }
}
