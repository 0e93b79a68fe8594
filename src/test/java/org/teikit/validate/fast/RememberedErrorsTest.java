package org.teikit.validate.fast;

import com.thaiopensource.util.PropertyMapBuilder;
import com.thaiopensource.validate.Schema;
import com.thaiopensource.validate.ValidateProperty;
import com.thaiopensource.validate.ValidationDriver;
import com.thaiopensource.validate.Validator;
import com.thaiopensource.validate.rng.SAXSchemaReader;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.SAXParserFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.teikit.validate.TestFiles;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXParseException;
import org.xml.sax.XMLReader;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A Jing validator with its errors remembered says, document after document, exactly what a plain one says, and takes
 * the wording of a repeated failure from its memory.
 */
class RememberedErrorsTest {
    private static Schema teiAll;

    /** Two lines nested in lines and two undeclared attributes: four failures, two of each kind. */
    private static final String NESTED_LINES = """
            <TEI xmlns="http://www.tei-c.org/ns/1.0"%s>
              <teiHeader><fileDesc><titleStmt><title>Songs</title></titleStmt>
                <publicationStmt><p>Unpublished.</p></publicationStmt>
                <sourceDesc><p>A notebook.</p></sourceDesc></fileDesc></teiHeader>
              <text><body>
                <lg><l>The mill is still <l>and the race is dry</l></l>
                    <l>The miller sleeps <l>and so do I</l></l></lg>
                <p colour="red">In pencil.</p>
                <p colour="blue">In ink.</p>
              </body></text>
            </TEI>
            """;

    @BeforeAll
    static void compile() throws Exception {
        teiAll = SAXSchemaReader.getInstance().createSchema(
                ValidationDriver.fileInputSource(TestFiles.teiAll().toFile()), new PropertyMapBuilder().toPropertyMap());
    }

    @Test
    void oneValidatorOverABatchSaysWhatAPlainOneSaysOfEachDocument() throws Exception {
        List<String> batch = List.of(
                NESTED_LINES.formatted(""),
                NESTED_LINES.formatted(""),
                // the Examples namespace bound to a prefix: Jing's list of expected names says "eg:egXML" here, not
                // "ns:egXML (with xmlns:ns=…)", so a failure remembered without its context would be worded wrong
                NESTED_LINES.formatted(" xmlns:eg=\"http://www.tei-c.org/ns/Examples\""),
                NESTED_LINES.formatted(""));
        Errors remembered = new Errors();
        Validator v = teiAll.createValidator(remembered.properties());
        RememberedErrors.Memory memory = RememberedErrors.install(v);
        assertNotNull(memory, "installed in front of tei_all's grammar (a Jing whose matcher is not found: the test says so)");

        List<List<String>> plain = new ArrayList<>(), ours = new ArrayList<>();
        for (String doc : batch) {
            Errors fresh = new Errors();
            plain.add(fresh.of(teiAll.createValidator(fresh.properties()), doc));
            v.reset();
            ours.add(remembered.of(v, doc));
        }
        assertEquals(plain, ours);
        assertEquals(4, plain.get(0).size(), "the document's failures: " + plain.get(0));
        assertNotEquals(plain.get(0), plain.get(2), "the prefix is in the wording");
        assertTrue(plain.get(2).stream().anyMatch(m -> m.contains("\"eg:egXML\"")), plain.get(2).toString());
        assertTrue(memory.hits() >= 4, "failures taken from the memory: " + memory.hits());
    }

    @Test
    void aValidDocumentAfterInvalidOnesIsValid() throws Exception {
        Errors errors = new Errors();
        Validator v = teiAll.createValidator(errors.properties());
        assertNotNull(RememberedErrors.install(v));
        errors.of(v, NESTED_LINES.formatted(""));
        v.reset();
        String valid = NESTED_LINES.formatted("")
                .replace("<l>The mill is still <l>and the race is dry</l></l>", "<l>The mill is still and the race is dry</l>")
                .replace("<l>The miller sleeps <l>and so do I</l></l>", "<l>The miller sleeps and so do I</l>")
                .replaceAll(" colour=\"\\w+\"", "");
        assertEquals(List.of(), errors.of(v, valid));
    }

    /** Jing's messages for one document, as {@code line:column: text}. */
    private static final class Errors implements ErrorHandler {
        private final List<String> messages = new ArrayList<>();

        com.thaiopensource.util.PropertyMap properties() {
            PropertyMapBuilder b = new PropertyMapBuilder();
            b.put(ValidateProperty.ERROR_HANDLER, this);
            return b.toPropertyMap();
        }

        List<String> of(Validator v, String document) throws Exception {
            messages.clear();
            SAXParserFactory f = SAXParserFactory.newInstance();
            f.setNamespaceAware(true);
            XMLReader reader = f.newSAXParser().getXMLReader();
            reader.setContentHandler(v.getContentHandler());
            reader.parse(new InputSource(new StringReader(document)));
            return List.copyOf(messages);
        }

        @Override public void warning(SAXParseException e) { messages.add(e.getLineNumber() + ":" + e.getColumnNumber() + ": " + e.getMessage()); }
        @Override public void error(SAXParseException e) { warning(e); }
        @Override public void fatalError(SAXParseException e) { warning(e); }
    }
}
