package org.teikit.convert;

import org.teikit.convert.conventions.Explanation;
import org.teikit.source.SourceDocument;
import org.teikit.tei.TeiDocument;

/**
 * Everything teikit knows about one kind of source (a Wilson Center archive page, a bulletin
 * section, printed correspondence …): how to recognise it and how to encode it. A new family is one
 * new implementation plus its tests, registered in {@link Converter#standard()}.
 */
public interface SourceFamily {
    /** Short stable name, recorded in the TEI header and accepted by {@code --family}. */
    String name();

    Fit fit(SourceDocument document);

    /**
     * Converts and records the decisions taken from the document's evidence, and the warnings about what could
     * not be done, in {@code explain}. Families that take no such decisions record nothing.
     */
    TeiDocument convert(SourceDocument document, Explanation explain) throws ConversionException;

    /** Converts, the decisions not kept. */
    default TeiDocument convert(SourceDocument document) throws ConversionException {
        return convert(document, new Explanation());
    }
}
