package org.teikit.tei;

import org.xml.sax.Locator;
import org.xml.sax.SAXParseException;

/**
 * An {@code xi:include} that {@link XmlInput#withXInclude()} did not follow: a remote or non-file href, a loop, too
 * deep a nesting, or a local file that cannot be read (and no {@code xi:fallback}). It stands at the
 * {@code xi:include}: its system id is the file that holds the element, its line and column the element's. Told
 * apart from a well-formedness error because the document was not wrong, only not assembled: no verdict.
 */
public final class IncludeException extends SAXParseException {
    IncludeException(String message, Locator at) {
        super(message, at);
    }
}
