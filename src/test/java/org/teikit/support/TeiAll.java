package org.teikit.support;

import com.thaiopensource.util.PropertyMapBuilder;
import com.thaiopensource.validate.ValidateProperty;
import com.thaiopensource.validate.ValidationDriver;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXParseException;

import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The official tei_all schema beside the clone (../shared/tei), for conformance tests. Never copied. */
public final class TeiAll {
    private TeiAll() {}

    public static Path shared() {
        String p = System.getProperty("teikit.shared");
        if (p == null) throw new IllegalStateException("system property teikit.shared is not set (surefire sets it)");
        Path dir = Path.of(p);
        if (!Files.isRegularFile(dir.resolve("tei/tei_all.rng"))) {
            throw new IllegalStateException("tei_all.rng not found under " + dir + "/tei: the tests need ../shared beside the clone");
        }
        return dir;
    }

    public static Path rng() {
        return shared().resolve("tei/tei_all.rng");
    }

    /** Jing's messages for a document against tei_all; empty when valid. */
    public static List<String> errors(byte[] xml) {
        List<String> errors = new ArrayList<>();
        ErrorHandler handler = new ErrorHandler() {
            public void warning(SAXParseException e) {}
            public void error(SAXParseException e) { errors.add(e.getLineNumber() + ":" + e.getColumnNumber() + ": " + e.getMessage()); }
            public void fatalError(SAXParseException e) { error(e); }
        };
        PropertyMapBuilder props = new PropertyMapBuilder();
        props.put(ValidateProperty.ERROR_HANDLER, handler);
        ValidationDriver driver = new ValidationDriver(props.toPropertyMap());
        try {
            if (!driver.loadSchema(ValidationDriver.uriOrFileInputSource(rng().toString()))) {
                throw new IllegalStateException("tei_all.rng did not load");
            }
            driver.validate(new InputSource(new ByteArrayInputStream(xml)));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        return errors;
    }
}
