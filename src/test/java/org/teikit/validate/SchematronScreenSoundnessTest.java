package org.teikit.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.BeforeContainer;
import net.jqwik.api.statistics.Statistics;
import org.teikit.validate.fast.FastPath;
import org.xml.sax.InputSource;
import org.xml.sax.XMLReader;

/**
 * The Schematron screen is sound: a document it clears is one on which SchXslt2's plain pipeline reports nothing, and
 * the fast path (screen, then a tree only for what it did not clear) reports exactly what the plain path does. The
 * documents are random trees of the element and attribute names that tei_all's Schematron itself names (read here from
 * its text, not from the screen's reading of it), with values that break its rules and values that keep them, so that
 * both verdicts are common; the coverage checks say so.
 */
class SchematronScreenSoundnessTest {
    private static final Path TEI_ALL_RULES = TestFiles.shared("tei/tei_all.isosch");
    private static final List<String> PLAIN = List.of("p", "div", "ab", "note", "head", "l", "lg", "list", "item", "hi");
    private static final List<String> VALUES = List.of("#a", "#b", "#nowhere", "a", "b", "1900", "1900-05-01", "--05",
            "1899-12-31", "gregorian", "#julian", "x y", "", "0", "3", "unbounded", "http://example.org/", "text",
            "title", "start", "end");

    private static List<String> elements, attributes;
    private static PlainSchxslt schxslt;
    private static Schemas fast, exact;
    private static FastPath.Screen screen;
    private static Path dir;

    @BeforeContainer
    static void compile() throws Exception {
        String rules = Files.readString(TEI_ALL_RULES);
        elements = names(rules, "context=\"[^\"]*", "tei:([A-Za-z]+)");
        attributes = names(rules, "test=\"[^\"]*|context=\"[^\"]*", "@([A-Za-z]+(?::[A-Za-z]+)?)");
        dir = Files.createTempDirectory("screen-soundness");
        Path cache = Files.createDirectories(dir.resolve("cache"));
        schxslt = new PlainSchxslt(TEI_ALL_RULES);
        fast = Schemas.builder().schema(TEI_ALL_RULES).schematronCache(cache).build();
        exact = Schemas.builder().schema(TEI_ALL_RULES).schematronCache(cache).exact().build();
        screen = fast.explicit().rules().get(0).screen();
        assertNotNull(screen, "tei_all's Schematron is screened");
    }

    /** The distinct names a schema's text uses in the given places. */
    private static List<String> names(String text, String where, String name) {
        TreeSet<String> found = new TreeSet<>();
        Matcher places = Pattern.compile(where).matcher(text);
        while (places.find()) {
            Matcher m = Pattern.compile(name).matcher(places.group());
            while (m.find()) found.add(m.group(1));
        }
        return List.copyOf(found);
    }

    @Provide
    Arbitrary<String> documents() {
        return Arbitraries.longs().map(SchematronScreenSoundnessTest::document);
    }

    @Property(tries = 600)
    void aDocumentTheScreenClearsGetsNothingFromSchxslt(@ForAll("documents") String xml) throws Exception {
        boolean cleared = cleared(xml);
        List<String> reported = schxslt(file(xml));
        Statistics.label("verdict").collect(cleared ? "cleared" : reported.isEmpty() ? "not cleared, silent" : "reported");
        Statistics.label("verdict").coverage(c -> {
            c.check("cleared").percentage(p -> p > 10);
            c.check("reported").percentage(p -> p > 10);
        });
        if (cleared) assertEquals(List.of(), reported, "the screen cleared a document SchXslt reports on:\n" + xml);
    }

    @Property(tries = 400)
    void theScreenedPathReportsWhatThePlainPathReports(@ForAll("documents") String xml) throws Exception {
        Path f = file(xml);
        Validator v = fast.newValidator();
        FileResult screened = v.validate(f);
        Statistics.label("tree").collect(v.lastCleared() ? "none needed" : "built");
        Statistics.label("tree").coverage(c -> c.check("none needed").percentage(p -> p > 10));
        assertEquals(exact.newValidator().validate(f), screened, xml);
    }

    /** What SchXslt reports, or the dynamic error that ended its run (SchXslt's way: a terminating message). */
    private static List<String> schxslt(Path document) {
        try {
            return schxslt.validate(document).stream().map(PlainSchxslt.Result::toString).toList();
        } catch (IllegalStateException e) {
            return List.of("ended: " + e.getMessage());
        }
    }

    private static boolean cleared(String xml) throws Exception {
        FastPath.Check check = screen.newCheck();
        XMLReader reader = TestFiles.secureReader();
        reader.setContentHandler(check);
        reader.parse(new InputSource(new StringReader(xml)));
        return check.cleared();
    }

    private static Path file(String xml) {
        try {
            Path f = Files.createTempFile(dir, "doc", ".xml");
            Files.writeString(f, xml);
            return f;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A TEI document of random depth and breadth from one seed; about a third of the elements carry attributes. */
    static String document(long seed) {
        Random r = new Random(seed);
        StringBuilder xml = new StringBuilder("<TEI xmlns=\"http://www.tei-c.org/ns/1.0\">");
        int children = 1 + r.nextInt(4);
        for (int i = 0; i < children; i++) element(r, xml, 0);
        return xml.append("</TEI>").toString();
    }

    private static void element(Random r, StringBuilder xml, int depth) {
        String name = r.nextInt(3) == 0 ? PLAIN.get(r.nextInt(PLAIN.size())) : elements.get(r.nextInt(elements.size()));
        xml.append('<').append(name);
        if (r.nextInt(10) < 4) xml.append(" xml:id=\"").append(r.nextBoolean() ? "a" : "b").append(depth).append('"');
        int attrs = r.nextInt(3) == 0 ? 1 + r.nextInt(3) : 0;
        TreeSet<String> used = new TreeSet<>(List.of("xml:id"));
        for (int i = 0; i < attrs; i++) {
            String a = attributes.get(r.nextInt(attributes.size()));
            if (!used.add(a) || a.contains(":") && !a.startsWith("xml:")) continue;
            xml.append(' ').append(a).append("=\"").append(VALUES.get(r.nextInt(VALUES.size()))).append('"');
        }
        xml.append('>');
        int kids = depth >= 4 ? 0 : r.nextInt(4);
        for (int i = 0; i < kids; i++) {
            switch (r.nextInt(6)) {
                case 0 -> xml.append(r.nextBoolean() ? "some words" : " ");
                case 1 -> xml.append(r.nextBoolean() ? "<!-- a comment -->" : "<?pi data?>");
                default -> element(r, xml, depth + 1);
            }
        }
        xml.append("</").append(name).append('>');
    }

    /**
     * Real-world-like TEI that tei_all's Schematron has nothing to say on (the valid corpus, less its uses of deprecated elements: drama, letters, prose,
     * manuscripts, dictionaries) is mostly proved silent on its parse: no tree is built for three in four of them.
     */
    @Example
    void theValidCorpusNeedsNoTreeForTeiAllsSchematron() throws Exception {
        List<Path> corpus;
        try (var files = Files.walk(Path.of("src/test/resources/corpus/valid"))) {
            corpus = files.filter(f -> f.toString().endsWith(".xml")).sorted().toList();
        }
        assertTrue(corpus.size() >= 10, corpus.toString());
        Validator v = fast.newValidator();
        List<String> treeBuilt = new java.util.ArrayList<>();
        int silent = 0;
        for (Path f : corpus) {
            FileResult r = v.validate(f);
            if (r.messages().stream().anyMatch(m -> m.source() == MessageSource.SCHEMATRON)) continue;   // a deprecation
            silent++;
            if (!v.lastCleared()) treeBuilt.add(f.getFileName().toString());
        }
        assertTrue(silent >= 30, silent + " documents without a Schematron message");
        // rules with tests the screen does not read (counts, id lookups on facsimiles and standOff) keep a few
        assertTrue(treeBuilt.size() * 4 <= silent, treeBuilt.size() + " of " + silent + " needed a tree: " + treeBuilt);
    }

    @Example
    void theNamesWereReadFromTheSchema() {
        assertTrue(elements.size() > 100 && elements.contains("relation") && elements.contains("span"), elements.toString());
        assertTrue(attributes.contains("calendar") && attributes.contains("spanTo"), attributes.toString());
    }
}
