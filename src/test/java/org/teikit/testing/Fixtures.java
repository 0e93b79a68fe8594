package org.teikit.testing;

import nu.xom.Document;
import nu.xom.Element;
import nu.xom.Nodes;
import nu.xom.XPathContext;
import org.teikit.convert.Conversion;
import org.teikit.convert.Converter;
import org.teikit.source.SourceDocument;
import org.teikit.source.SourceException;
import org.teikit.source.SourceText;
import org.teikit.tei.Tei;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** Sources for tests (the real ones in {@code sources/}, fixtures on the test classpath) and XPath on the result. */
public final class Fixtures {
    public static final XPathContext NS = new XPathContext("t", Tei.NS);

    private Fixtures() {}

    /** The real source whose file name starts with {@code prefix} ({@code "000_"}). */
    public static SourceDocument source(String prefix) {
        try (Stream<Path> s = Files.list(Path.of("sources"))) {
            Path p = s.filter(f -> f.getFileName().toString().startsWith(prefix)).findFirst()
                    .orElseThrow(() -> new AssertionError("no source " + prefix + "* in sources/"));
            return SourceDocument.parse(SourceText.read(p));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    public static String text(String prefix) {
        return source(prefix).source().text();
    }

    /** A fixture from {@code src/test/resources/fixtures/}. */
    public static SourceDocument fixture(String name) {
        try (InputStream in = Fixtures.class.getResourceAsStream("/fixtures/" + name)) {
            if (in == null) throw new AssertionError("fixture missing: " + name);
            return SourceDocument.parse(SourceText.of(name, new String(in.readAllBytes(), StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (SourceException e) {
            throw new AssertionError(e);
        }
    }

    public static Conversion convert(SourceDocument doc) {
        try {
            return Converter.standard().convert(doc);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    public static Nodes query(Document d, String xpath) {
        return d.query(xpath, NS);
    }

    public static String value(Document d, String xpath) {
        Nodes n = query(d, xpath);
        if (n.size() == 0) throw new AssertionError("nothing at " + xpath);
        return n.get(0).getValue().replaceAll("\\s+", " ").strip();
    }

    public static List<String> values(Document d, String xpath) {
        Nodes n = query(d, xpath);
        List<String> out = new ArrayList<>();
        for (int i = 0; i < n.size(); i++) out.add(n.get(i).getValue().replaceAll("\\s+", " ").strip());
        return out;
    }

    public static int count(Document d, String xpath) {
        return query(d, xpath).size();
    }

    public static Element root(Document d) {
        return d.getRootElement();
    }
}
