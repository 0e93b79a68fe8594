package org.teikit.testing;

import com.thaiopensource.util.PropertyMapBuilder;
import com.thaiopensource.validate.ValidateProperty;
import com.thaiopensource.validate.ValidationDriver;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXParseException;

import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/** The official tei_all schema, loaded once per test run (it takes seconds), validating with Jing. */
public final class TeiAll {
    private static ValidationDriver driver;
    private static final List<String> errors = new ArrayList<>();

    private TeiAll() {}

    private static ValidationDriver driver() throws Exception {
        if (driver != null) return driver;
        String shared = System.getProperty("teikit.shared");
        if (shared == null) fail("system property teikit.shared is not set (surefire sets it in pom.xml)");
        Path rng = Path.of(shared, "tei", "tei_all.rng");
        assertTrue(Files.isRegularFile(rng), "tei_all.rng missing at " + rng);
        PropertyMapBuilder props = new PropertyMapBuilder();
        ValidateProperty.ERROR_HANDLER.put(props, new ErrorHandler() {
            @Override public void warning(SAXParseException e) { }
            @Override public void error(SAXParseException e) { errors.add(e.getLineNumber() + ":" + e.getColumnNumber() + ": " + e.getMessage()); }
            @Override public void fatalError(SAXParseException e) { error(e); }
        });
        ValidationDriver d = new ValidationDriver(props.toPropertyMap());
        if (!d.loadSchema(ValidationDriver.fileInputSource(rng.toFile()))) fail("tei_all.rng does not load: " + errors);
        driver = d;
        return d;
    }

    /** The validation errors of a document (empty when valid). */
    public static synchronized List<String> errors(String xml) {
        try {
            ValidationDriver d = driver();
            errors.clear();
            d.validate(new InputSource(new StringReader(xml)));
            return List.copyOf(errors);
        } catch (Exception e) {
            throw new AssertionError("cannot validate: " + e, e);
        }
    }

    public static void assertValid(String xml) {
        List<String> e = errors(xml);
        if (!e.isEmpty()) fail("not valid against tei_all:\n  " + String.join("\n  ", e));
    }
}
