package org.teikit.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.thaiopensource.validate.ValidationDriver;
import com.thaiopensource.validate.Validator;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParserFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import org.xml.sax.XMLReader;
import org.teikit.testing.TeiAll;

/**
 * Guards the corpus fixtures: every file listed in MANIFEST.tsv still gets, from Jing run in-process
 * against the official tei_all.rng, the verdict and first-error position the manifest recorded from
 * Jing's command line (make-manifest.sh). Hostile files are not validated here (Jing would resolve
 * their entities); they are only required to be listed.
 */
class CorpusManifestTest {

  private static final Path CORPUS = Paths.get("src/test/resources/corpus");

  private static List<Row> rows;
  private static FirstErrors errors;

  record Row(String path, String kind, String expected, String jingFirstError, String description) {}

  /** Records every message Jing reports for one document, in order. */
  static final class FirstErrors implements ErrorHandler {
    final List<SAXParseException> all = new ArrayList<>();
    boolean fatal;

    @Override public void warning(SAXParseException e) { all.add(e); }
    @Override public void error(SAXParseException e) { all.add(e); }
    @Override public void fatalError(SAXParseException e) { all.add(e); fatal = true; }

    void reset() { all.clear(); fatal = false; }

    String firstPosition() {
      SAXParseException e = all.get(0);
      return e.getLineNumber() + ":" + e.getColumnNumber();
    }
  }

  @BeforeAll
  static void loadManifest() throws IOException {
    rows = readManifest(CORPUS.resolve("MANIFEST.tsv"));
    errors = new FirstErrors();
  }

  /**
   * The command line parses with the JDK's built-in parser; Xerces, which XOM puts on the test classpath, would
   * otherwise win the JAXP lookup and report some positions differently. tei_all is TeiAll's, compiled once per JVM
   * with ID/IDREF checking, as the command line checks it unless given -i.
   */
  private static final SAXParserFactory JDK_PARSER = SAXParserFactory.newDefaultInstance();

  static {
    JDK_PARSER.setNamespaceAware(true);
    JDK_PARSER.setValidating(false);
  }

  static List<Row> readManifest(Path manifest) throws IOException {
    List<String> lines = Files.readAllLines(manifest, StandardCharsets.UTF_8);
    List<String> header = List.of(lines.get(0).split("\t", -1));
    int path = header.indexOf("path"), kind = header.indexOf("kind"), expected = header.indexOf("expected");
    int pos = header.indexOf("jing_first_error"), desc = header.indexOf("description");
    assertTrue(path >= 0 && kind >= 0 && expected >= 0 && pos >= 0 && desc >= 0, "manifest header: " + header);
    List<Row> result = new ArrayList<>();
    for (String line : lines.subList(1, lines.size())) {
      if (line.isBlank()) continue;
      String[] f = line.split("\t", -1);
      result.add(new Row(f[path], f[kind], f[expected], f[pos], f[desc]));
    }
    return result;
  }

  private void validate(Row row) throws IOException, ParserConfigurationException {
    errors.reset();
    Validator jing = TeiAll.grammar().newValidator(errors);
    try {
      XMLReader reader = JDK_PARSER.newSAXParser().getXMLReader();
      reader.setContentHandler(jing.getContentHandler());
      reader.setDTDHandler(jing.getDTDHandler());
      reader.setErrorHandler(errors);
      reader.parse(ValidationDriver.fileInputSource(CORPUS.resolve(row.path()).toFile()));
    } catch (SAXException e) {
      // a fatal error has already been passed to the error handler
    }
  }

  @TestFactory
  Stream<DynamicTest> everyFixtureGetsTheVerdictAndFirstErrorPositionRecordedInTheManifest() {
    return rows.stream()
        .filter(row -> !row.expected().equals("hostile"))
        .map(row -> DynamicTest.dynamicTest(row.path(), () -> {
          validate(row);
          switch (row.expected()) {
            case "valid" -> assertTrue(errors.all.isEmpty(),
                () -> row.path() + " should be valid but Jing says: " + errors.all.get(0).getMessage());
            case "invalid" -> {
              assertFalse(errors.all.isEmpty(), row.path() + " should be invalid but Jing accepts it");
              assertFalse(errors.fatal, row.path() + " should be well-formed");
              assertEquals(row.jingFirstError(), errors.firstPosition(),
                  () -> row.path() + ": first error moved: " + errors.all.get(0).getMessage());
            }
            case "malformed" -> {
              assertTrue(errors.fatal, row.path() + " should not be well-formed");
              assertEquals(row.jingFirstError(), errors.firstPosition(),
                  () -> row.path() + ": first message moved: " + errors.all.get(0).getMessage());
            }
            default -> fail("unknown expected verdict " + row.expected() + " for " + row.path());
          }
        }));
  }

  @Test
  void manifestListsEveryFixtureExactlyOnceAndNothingElse() throws IOException {
    Set<String> listed = new HashSet<>();
    for (Row row : rows) {
      assertTrue(listed.add(row.path()), "listed twice: " + row.path());
      assertTrue(row.path().startsWith(row.expected() + "/"), "directory and verdict disagree: " + row.path());
      assertFalse(row.kind().isBlank() || row.description().isBlank(), "kind and description needed: " + row.path());
    }
    Set<String> onDisk;
    try (Stream<Path> files = Files.walk(CORPUS)) {
      onDisk = files.filter(p -> p.toString().endsWith(".xml"))
          .map(p -> CORPUS.relativize(p).toString().replace('\\', '/'))
          .collect(Collectors.toSet());
    }
    assertEquals(onDisk, listed, "MANIFEST.tsv is stale: run src/test/resources/corpus/make-manifest.sh");
  }

  @Test
  void corpusHasTheAgreedMinimumOfEachVerdict() {
    assertTrue(count("valid") >= 35, "valid fixtures: " + count("valid"));
    assertTrue(count("invalid") >= 20, "invalid fixtures: " + count("invalid"));
    assertTrue(count("malformed") >= 6, "malformed fixtures: " + count("malformed"));
    assertTrue(count("hostile") >= 4, "hostile fixtures: " + count("hostile"));
  }

  private static long count(String expected) {
    return rows.stream().filter(r -> r.expected().equals(expected)).count();
  }
}
