package org.teikit.validate.fast;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.IntStream;
import org.teikit.parallel.Parallel;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;

/**
 * The local names of the elements and attributes that occur in some documents: what lets {@link UnusedTemplates}
 * leave out the Schematron rules that cannot fire on them. Local names only (namespaces ignored), so it errs on the
 * side of keeping a rule.
 */
final class Vocabulary {
    private static final long MAX_READ_WHOLE = 8L << 20;

    private final Set<String> elements;
    private final Set<String> attributes;

    Vocabulary(Set<String> elements, Set<String> attributes) {
        this.elements = Set.copyOf(elements);
        this.attributes = Set.copyOf(attributes);
    }

    /**
     * The names in these files, read with the validator's secure {@code parsers} on {@code jobs} threads. A file that
     * cannot be read or parsed adds the names seen before the failure: its validation reports the failure, and
     * Schematron does not run on it.
     */
    static Vocabulary of(List<Path> files, int jobs, Supplier<XMLReader> parsers) {
        int threads = Math.max(1, Math.min(jobs, files.size()));
        List<Integer> shares = IntStream.range(0, threads).boxed().toList();   // share k: files k, k + threads …
        Set<String> elements = new HashSet<>(), attributes = new HashSet<>();
        for (var share : Parallel.of(threads, "teikit-vocabulary").all(shares, first -> read(files, first, threads, parsers.get()))) {
            Collector c = share.get(RuntimeException.class);
            elements.addAll(c.elements);
            attributes.addAll(c.attributes);
        }
        return new Vocabulary(elements, attributes);
    }

    /**
     * The names in every {@code step}-th file from {@code first} on: from the tags ({@link TagNames}, a few times
     * faster than parsing) where that can be trusted, else, and for large files (read whole for that), parsed.
     */
    private static Collector read(List<Path> files, int first, int step, XMLReader reader) {
        Collector names = new Collector();
        reader.setContentHandler(names);
        reader.setErrorHandler(names);
        for (int i = first; i < files.size(); i += step) {
            Path file = files.get(i);
            try {
                if (Files.size(file) <= MAX_READ_WHOLE) {
                    byte[] doc = Files.readAllBytes(file);
                    if (!TagNames.read(doc, names.elements, names.attributes)) {
                        reader.parse(new InputSource(new ByteArrayInputStream(doc)));
                    }
                } else {
                    try (InputStream in = Files.newInputStream(file)) {
                        reader.parse(new InputSource(in));
                    }
                }
            } catch (IOException | SAXException e) {
                // reported by the validation itself
            }
        }
        return names;
    }

    boolean hasElement(String localName) {
        return elements.contains(localName);
    }

    boolean hasAttribute(String localName) {
        return attributes.contains(localName);
    }

    private static final class Collector extends DefaultHandler {
        final Set<String> elements = new HashSet<>();
        final Set<String> attributes = new HashSet<>();

        @Override
        public void startElement(String uri, String localName, String qName, Attributes atts) {
            elements.add(localName);
            for (int i = 0, n = atts.getLength(); i < n; i++) attributes.add(atts.getLocalName(i));
        }
    }
}
