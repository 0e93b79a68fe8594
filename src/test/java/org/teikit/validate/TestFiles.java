package org.teikit.validate;

import org.teikit.tei.XmlInput;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.teikit.testing.TeiAll;
import org.xml.sax.XMLReader;

/** Fixtures: the shared TEI schema (never copied), test resources, and small TEI documents written in place. */
public final class TestFiles {
    private TestFiles() {}

    public static Path shared(String relative) {
        return TeiAll.shared(relative);
    }

    public static Path teiAll() {
        return TeiAll.rng();
    }

    public static Path resource(String name) {
        URL url = TestFiles.class.getResource(name);
        assertNotNull(url, "test resource " + name);
        try {
            return Path.of(url.toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The validator's secure parser (Xerces, no DTD, no external entity), for the tests of its speed layers. */
    public static XMLReader secureReader() {
        return XmlInput.forValidation().newReader();
    }

    public static Path write(Path dir, String name, String content) {
        try {
            Path p = dir.resolve(name);
            Files.createDirectories(p.getParent());
            return Files.writeString(p, content, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A TEI document valid against tei_all up to {@code body} (the content of {@code text/body}); header on lines 2–9. */
    public static String tei(String prolog, String body) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + prolog
                + "<TEI xmlns=\"http://www.tei-c.org/ns/1.0\">\n"
                + "  <teiHeader><fileDesc><titleStmt><title>T</title></titleStmt>"
                + "<publicationStmt><p>P</p></publicationStmt><sourceDesc><p>S</p></sourceDesc></fileDesc></teiHeader>\n"
                + "  <text><body>\n" + body + "\n  </body></text>\n</TEI>\n";
    }

    public static String tei(String body) {
        return tei("", body);
    }
}
