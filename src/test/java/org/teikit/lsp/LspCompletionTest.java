package org.teikit.lsp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Completion from the document's grammar: elements, attributes, closed value lists, and xml:ids for pointers. */
class LspCompletionTest {
    @TempDir
    static Path root;
    static LspTestClient client;

    static final String PROJECT_MODEL = "<?xml-model href=\"../schema/teikit.rnc\" type=\"application/relax-ng-compact-syntax\""
            + " schematypens=\"http://relaxng.org/ns/structure/1.0\"?>\n";

    @BeforeAll
    static void start() throws Exception {
        LspFixtures.edition(root);
        LspFixtures.write(root.resolve("tei/persons.xml"), "<?xml version=\"1.0\"?>\n"
                + "<TEI xmlns=\"http://www.tei-c.org/ns/1.0\"><text><body><listPerson>\n"
                + "<person xml:id=\"truman\"><persName>Harry S. Truman</persName></person>\n"
                + "<person xml:id=\"stalin\"><persName>Joseph Stalin</persName></person>\n"
                + "</listPerson></body></text></TEI>\n");
        client = new LspTestClient(null);
    }

    @AfterAll
    static void stop() throws Exception {
        client.close();
    }

    /** Opens a document and waits for its first validation (which tells the server its grammar). */
    private static String open(String name, String text) throws Exception {
        Path file = LspFixtures.write(root.resolve("tei").resolve(name), text);
        String uri = LspFixtures.uri(file);
        client.open(uri, text);
        client.diagnosticsOfCurrentVersion(uri, 60_000, 2_000);
        return uri;
    }

    private static final String TEI_ALL_DOC = """
            <TEI xmlns="http://www.tei-c.org/ns/1.0">
              <teiHeader>
                <fileDesc>
                  <titleStmt><title>T</title></titleStmt>
                  <publicationStmt><p>P</p></publicationStmt>
                  <sourceDesc><p>S</p></sourceDesc>
                </fileDesc>
              </teiHeader>
              <text>
                <body>
                  <sp who="#a"><speaker>A</speaker><p>hi <persName ref="">x <forename full="">y</forename></persName></p></sp>
                  <div type="x"></div>
                </body>
              </text>
            </TEI>
            """;

    @Test
    void elementsAllowedInContentComeFromTeiAll() throws Exception {
        String uri = open("all.xml", LspFixtures.teiAllModel() + TEI_ALL_DOC);
        // line 11 (0-based): "      <sp who..." ; inside <body>, before <sp: block-level elements
        List<String> inBody = client.completionLabels(uri, 11, 6);
        assertTrue(inBody.contains("p") && inBody.contains("div") && inBody.contains("sp"), inBody.toString());
        assertFalse(inBody.contains("persName"), "persName is no block: " + inBody);
        assertFalse(inBody.contains("teiHeader"), inBody.toString());
        // inside <p>: phrase-level
        int inP = TEI_ALL_DOC.lines().toList().get(10).indexOf("hi ") + 3;
        List<String> phrase = client.completionLabels(uri, 11, inP);
        assertTrue(phrase.contains("persName") && phrase.contains("hi"), phrase.toString());
        assertFalse(phrase.contains("div"), phrase.toString());
    }

    @Test
    void attributesAreThoseAllowedAndNotYetPresent() throws Exception {
        String uri = open("attrs.xml", LspFixtures.teiAllModel() + TEI_ALL_DOC);
        String line = TEI_ALL_DOC.lines().toList().get(10);
        int inSpTag = line.indexOf("<sp ") + 4;
        List<String> attributes = client.completionLabels(uri, 11, inSpTag);
        assertTrue(attributes.contains("xml:id") && attributes.contains("rend"), attributes.toString());
        assertFalse(attributes.contains("who"), "already present: " + attributes);
    }

    @Test
    void closedValueListOfTheProjectSchema() throws Exception {
        String text = PROJECT_MODEL + LspFixtures.read(Path.of("tei/003_087891b04bf76bde.xml")).lines()
                .skip(3).reduce("", (a, b) -> a + b + "\n");
        text = text.replaceFirst("<div type=\"[^\"]*\"", "<div type=\"\"");
        String uri = open("values.xml", text);
        int line = (int) text.substring(0, text.indexOf("<div type=\"\"")).chars().filter(c -> c == '\n').count();
        String l = text.lines().toList().get(line);
        List<String> values = client.completionLabels(uri, line, l.indexOf("type=\"\"") + 6);
        assertTrue(values.containsAll(List.of("transcript", "letter", "act", "scene")), values.toString());
        assertFalse(values.contains("supplied"), "a value of head/@type, not div's: " + values);
    }

    @Test
    void closedValueListOfTeiAll() throws Exception {
        String uri = open("valList.xml", LspFixtures.teiAllModel() + TEI_ALL_DOC);
        String line = TEI_ALL_DOC.lines().toList().get(10);
        assertEquals(List.of("yes", "abb", "init"), client.completionLabels(uri, 11, line.indexOf("full=\"") + 6),
                "tei_all's closed valList of @full");
        // an open datatype (tei_all's div/@type is any token) offers no list
        String divLine = TEI_ALL_DOC.lines().toList().get(11);
        assertEquals(List.of(), client.completionLabels(uri, 12, divLine.indexOf("type=\"") + 6));
    }

    @Test
    void pointersCompleteWithTheIdsOfTheDocumentAndOfPersons() throws Exception {
        String doc = TEI_ALL_DOC.replace("<sp who=\"#a\">", "<sp who=\"#a\" xml:id=\"sp1\">");
        String uri = open("ids.xml", LspFixtures.teiAllModel() + doc);
        String line = doc.lines().toList().get(10);
        List<String> ids = client.completionLabels(uri, 11, line.indexOf("ref=\"") + 5);
        assertTrue(ids.containsAll(List.of("#sp1", "#truman", "#stalin")), ids.toString());
    }
}
