package org.teikit.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.thaiopensource.validate.Schema;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.teikit.tei.XmlInput;
import org.teikit.validate.fast.FastPath;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXParseException;
import org.xml.sax.XMLReader;

class QuietDatatypesTest {
    @TempDir
    Path dir;

    /** A date attribute as TEI types it: a choice of XML Schema types, plus an ID and a typed element. */
    private static final String RNG = """
            <grammar xmlns="http://relaxng.org/ns/structure/1.0" ns="urn:teikit:test"
                     datatypeLibrary="http://www.w3.org/2001/XMLSchema-datatypes">
              <start>
                <element name="dates">
                  <oneOrMore>
                    <element name="date">
                      <optional><attribute name="id"><data type="ID"/></attribute></optional>
                      <attribute name="when"><choice><data type="date"/><data type="gYear"/><data type="gYearMonth"/></choice></attribute>
                      <data type="integer"><param name="minInclusive">1</param></data>
                    </element>
                  </oneOrMore>
                </element>
              </start>
            </grammar>
            """;

    private Path schema;
    private Path doc;

    @BeforeEach
    void write() {
        schema = TestFiles.write(dir, "dates.rng", RNG);
        doc = TestFiles.write(dir, "dates.xml", """
                <dates xmlns="urn:teikit:test">
                  <date id="a" when="1944-05-01">1</date>
                  <date id="b" when="1944">2</date>
                  <date id="c" when="May 1944">3</date>
                  <date id="a" when="1944-13">0</date>
                </dates>
                """);
    }

    private List<String> quietMessages() throws Exception {
        Schema quiet = new GrammarCompiler(Catalog.of(List.of()), FastPath.of(null, 1, () -> XmlInput.forValidation().newReader()))
                .compileQuiet(schema.toUri(), false);
        List<String> messages = new ArrayList<>();
        ErrorHandler collect = new ErrorHandler() {
            @Override public void warning(SAXParseException e) {}
            @Override public void error(SAXParseException e) { messages.add(e.getLineNumber() + ":" + e.getColumnNumber() + " " + e.getMessage()); }
            @Override public void fatalError(SAXParseException e) { error(e); }
        };
        var jing = quiet.createValidator(GrammarCompiler.properties(collect, null));
        XMLReader reader = XmlInput.forValidation().newReader();
        reader.setContentHandler(jing.getContentHandler());
        reader.parse(new InputSource(doc.toUri().toString()));
        return messages;
    }

    @Test
    void aQuietGrammarFindsTheSameErrorsAtTheSamePlacesWithoutWordingTheFailedValues() throws Exception {
        List<String> quiet = quietMessages();
        List<Message> exact;
        try (InputStream in = Files.newInputStream(doc)) {   // a stream is checked with Jing's datatypes only
            exact = Schemas.builder().schema(schema).build().newValidator().validate(in, doc.toString(), doc.toUri()).messages();
        }
        assertEquals(exact.stream().map(m -> m.line() + ":" + m.column()).toList(),
                quiet.stream().map(m -> m.substring(0, m.indexOf(' '))).toList(), quiet.toString());
        assertEquals(5, exact.size(), "bad @when twice, duplicate ID and its first occurrence, integer below its minimum: "
                + exact);
        assertEquals("character content of element \"date\" invalid; must be an integer greater than or equal to 1",
                exact.get(4).text(), "a facet's wording is Jing's");
        assertTrue(quiet.stream().anyMatch(m -> m.contains(FastPath.UNWORDED)), "the failed values are not worded");
        assertTrue(quiet.stream().allMatch(m -> m.indexOf(FastPath.UNWORDED) == m.lastIndexOf(FastPath.UNWORDED)),
                "a choice of datatypes fails as one union (DatatypeChoices), not alternative by alternative: " + quiet);
        assertTrue(exact.stream().noneMatch(m -> m.text().contains(FastPath.UNWORDED)));
    }

    @Test
    void aFileGetsJingsWordingThroughTheSecondPass() throws Exception {
        Validator validator = Schemas.builder().schema(schema).build().newValidator();
        FileResult fromFile = validator.validate(doc);
        FileResult fromStream;
        try (InputStream in = Files.newInputStream(doc)) {
            fromStream = validator.validate(in, doc.toString(), doc.toUri());
        }
        assertEquals(fromStream, fromFile);
        assertFalse(fromFile.valid());
        Message when = fromFile.messages().get(0);
        assertEquals(4, when.line());
        assertTrue(when.text().startsWith("value of attribute \"when\" is invalid; must be "), when.text());
        assertTrue(when.text().contains("a year") && when.text().contains("an ISO date"), when.text());
    }

    @Test
    void theSecondPassStopsAtTheLastUnwordedMessageYetTheFileGetsJingsWholeResult() throws Exception {
        Path sch = TestFiles.write(dir, "dates.sch", """
                <schema xmlns="http://purl.oclc.org/dsdl/schematron" queryBinding="xslt2">
                  <ns prefix="d" uri="urn:teikit:test"/>
                  <pattern><rule context="d:date[. = '9']"><report test="true()">Nine.</report></rule></pattern>
                </schema>
                """);
        // the unworded failure comes first; after it, grammar errors of other kinds, then a Schematron report
        Path late = TestFiles.write(dir, "late.xml", """
                <dates xmlns="urn:teikit:test">
                  <date id="a" when="soon">1</date>
                  <date id="b" when="1944">0</date>
                  <date id="a" when="1944">9</date>
                </dates>
                """);
        Validator validator = Schemas.builder().schema(schema).schema(sch).build().newValidator();
        FileResult fromFile = validator.validate(late);
        FileResult fromStream;
        try (InputStream in = Files.newInputStream(late)) {
            fromStream = validator.validate(in, late.toString(), late.toUri());
        }
        assertEquals(fromStream, fromFile);
        List<String> texts = fromFile.messages().stream().map(Message::text).toList();
        assertTrue(texts.get(0).startsWith("value of attribute \"when\" is invalid; must be "), texts.toString());
        assertTrue(texts.size() >= 4 && texts.get(texts.size() - 1).equals("Nine."), texts.toString());
    }

    @Test
    void validValuesOfEveryAlternativeStayValid() throws Exception {
        Path good = TestFiles.write(dir, "good.xml", """
                <dates xmlns="urn:teikit:test"><date when="1944-05-01">1</date><date when="1944">2</date><date when="1944-05">3</date></dates>
                """);
        FileResult r = Schemas.builder().schema(schema).build().newValidator().validate(good);
        assertTrue(r.valid(), r.messages().toString());
    }
}
