package org.teikit.validate.fast;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
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
 * The local names of the elements and attributes that occur in some documents, and which attributes occur on which
 * elements: what lets {@link UnusedTemplates} leave out the Schematron rules that cannot fire on them, and
 * {@link IndexedTemplates} give a rule for any element with an attribute one copy per element that has it. Local
 * names only (namespaces ignored), so it errs on the side of keeping a rule.
 */
final class Vocabulary {
    private static final long MAX_READ_WHOLE = 8L << 20;

    private final Map<String, Set<String>> attributesOf;   // null: any element may carry any of the attributes
    private final Set<String> elements;
    private final Set<String> attributes;

    /** Names without their pairs: any of the elements may carry any of the attributes. */
    Vocabulary(Set<String> elements, Set<String> attributes) {
        this.attributesOf = null;
        this.elements = Set.copyOf(elements);
        this.attributes = Set.copyOf(attributes);
    }

    /** Each element's local name with the local names of the attributes it carries somewhere. */
    Vocabulary(Map<String, Set<String>> attributesOf) {
        Map<String, Set<String>> copy = new HashMap<>();
        Set<String> all = new HashSet<>();
        attributesOf.forEach((element, atts) -> {
            copy.put(element, Set.copyOf(atts));
            all.addAll(atts);
        });
        this.attributesOf = Map.copyOf(copy);
        this.elements = this.attributesOf.keySet();
        this.attributes = Set.copyOf(all);
    }

    /**
     * The names in these files, read with the validator's secure {@code parsers} on {@code jobs} threads. A file that
     * cannot be read or parsed adds the names seen before the failure: its validation reports the failure, and
     * Schematron does not run on it.
     */
    static Vocabulary of(List<Path> files, int jobs, Supplier<XMLReader> parsers) {
        int threads = Math.max(1, Math.min(jobs, files.size()));
        List<Integer> shares = IntStream.range(0, threads).boxed().toList();   // share k: files k, k + threads …
        Map<String, Set<String>> attributesOf = new HashMap<>();
        for (var share : Parallel.of(threads, "teikit-vocabulary").all(shares, first -> read(files, first, threads, parsers.get()))) {
            Collector c = share.get(RuntimeException.class);
            c.attributesOf.forEach((element, atts) -> attributesOf.computeIfAbsent(element, e -> new HashSet<>()).addAll(atts));
        }
        return new Vocabulary(attributesOf);
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
                    if (!TagNames.read(doc, names.attributesOf)) {
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

    /** The attributes an element carries somewhere: empty for an element outside the vocabulary. */
    Set<String> attributesOf(String element) {
        if (attributesOf != null) return attributesOf.getOrDefault(element, Set.of());
        return elements.contains(element) ? attributes : Set.of();
    }

    /** The elements that carry this attribute somewhere, in no particular order. */
    List<String> elementsWith(String attribute) {
        if (attributesOf == null) return attributes.contains(attribute) ? elements.stream().sorted().toList() : List.of();
        return attributesOf.entrySet().stream().filter(e -> e.getValue().contains(attribute)).map(Map.Entry::getKey)
                .sorted().toList();
    }

    private static final class Collector extends DefaultHandler {
        final Map<String, Set<String>> attributesOf = new HashMap<>();

        @Override
        public void startElement(String uri, String localName, String qName, Attributes atts) {
            Set<String> attributes = attributesOf.computeIfAbsent(localName, e -> new HashSet<>());
            for (int i = 0, n = atts.getLength(); i < n; i++) attributes.add(atts.getLocalName(i));
        }
    }
}
