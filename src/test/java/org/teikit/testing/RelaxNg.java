package org.teikit.testing;

import com.thaiopensource.util.PropertyMapBuilder;
import com.thaiopensource.validate.Schema;
import com.thaiopensource.validate.SchemaReader;
import com.thaiopensource.validate.ValidateProperty;
import com.thaiopensource.validate.ValidationDriver;
import com.thaiopensource.validate.Validator;
import com.thaiopensource.validate.prop.rng.RngProperty;
import com.thaiopensource.validate.rng.CompactSchemaReader;
import com.thaiopensource.validate.rng.SAXSchemaReader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.SAXParserFactory;
import java.io.ByteArrayInputStream;
import java.io.StringReader;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXParseException;
import org.xml.sax.XMLReader;

/**
 * A RELAX NG schema compiled once by Jing (with ID/IDREF checking, as the jing command does),
 * validating any number of files one after the other. Test-only; production validation lives in
 * org.teikit.validate.
 */
public final class RelaxNg {
    /** A parser factory per thread (factories are not thread-safe; looking one up each time costs a service scan). */
    private static final ThreadLocal<SAXParserFactory> PARSERS = ThreadLocal.withInitial(() -> {
        SAXParserFactory factory = SAXParserFactory.newInstance();
        factory.setNamespaceAware(true);
        return factory;
    });

    private final Schema schema;

    private RelaxNg(Schema schema) {
        this.schema = schema;
    }

    /** Compiles an .rnc (compact syntax) or .rng (XML syntax) file. */
    public static RelaxNg load(Path file) {
        SchemaReader reader = file.toString().endsWith(".rnc")
                ? CompactSchemaReader.getInstance() : SAXSchemaReader.getInstance();
        List<String> errors = new ArrayList<>();
        PropertyMapBuilder props = new PropertyMapBuilder();
        props.put(ValidateProperty.ERROR_HANDLER, new Collector(errors));
        RngProperty.CHECK_ID_IDREF.add(props);
        try {
            Schema schema = reader.createSchema(ValidationDriver.fileInputSource(file.toFile()),
                    props.toPropertyMap());
            if (!errors.isEmpty()) throw new IllegalStateException(file + ": " + errors);
            return new RelaxNg(schema);
        } catch (Exception e) {
            throw new IllegalStateException("cannot compile " + file + ": " + errors, e);
        }
    }

    /** Jing's simplified form of the grammar as RELAX NG XML: every element is one define. */
    public String simplified() {
        return schema.getProperties().get(RngProperty.SIMPLIFIED_SCHEMA);
    }

    /** The errors Jing reports for a document, each as "line:column: message"; empty if valid. */
    public List<String> errors(Path xml) {
        return errors(ValidationDriver.fileInputSource(xml.toFile()));
    }

    /** The errors Jing reports for a document given as a string. */
    public List<String> errorsInText(String xml) {
        return errors(new InputSource(new StringReader(xml)));
    }

    /** The errors Jing reports for a document given as bytes (its encoding declared inside, as in a file). */
    public List<String> errors(byte[] xml) {
        return errors(new InputSource(new ByteArrayInputStream(xml)));
    }

    /** A validator of this schema reporting to {@code handler}: one per document, never shared across threads. */
    public Validator newValidator(ErrorHandler handler) {
        PropertyMapBuilder props = new PropertyMapBuilder();
        props.put(ValidateProperty.ERROR_HANDLER, handler);
        return schema.createValidator(props.toPropertyMap());
    }

    private List<String> errors(InputSource xml) {
        List<String> errors = new ArrayList<>();
        Collector collector = new Collector(errors);
        Validator validator = newValidator(collector);
        try {
            XMLReader reader = PARSERS.get().newSAXParser().getXMLReader();
            reader.setContentHandler(validator.getContentHandler());
            reader.setDTDHandler(validator.getDTDHandler());
            reader.setErrorHandler(collector);
            reader.parse(xml);
        } catch (SAXParseException e) {
            // already collected by the error handler (fatal: not well-formed)
        } catch (Exception e) {
            throw new IllegalStateException("cannot validate " + xml, e);
        }
        return errors;
    }

    private record Collector(List<String> errors) implements ErrorHandler {
        @Override public void warning(SAXParseException e) {}
        @Override public void error(SAXParseException e) { add(e); }
        @Override public void fatalError(SAXParseException e) throws SAXParseException {
            add(e);
            throw e;
        }
        private void add(SAXParseException e) {
            errors.add(e.getLineNumber() + ":" + e.getColumnNumber() + ": " + e.getMessage());
        }
    }
}
