package org.teikit.lsp;

import com.thaiopensource.relaxng.match.MatchablePattern;
import java.net.URI;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.teikit.validate.SchemaException;
import org.teikit.validate.Schemas;

/**
 * The grammar a document was last validated against, as what completion, hover and code actions ask: Jing's
 * matchable pattern (compiled once per grammar by {@link Schemas}) and the grammar source's annotations. Used from
 * the request thread only (a pattern's derivative cache is not thread-safe).
 */
final class GrammarGuides {
    /** A document's grammar, ready to be asked; {@code pattern} null when none could be compiled. */
    record Guide(MatchablePattern pattern, SchemaAnnotations annotations) {
        static final Guide NONE = new Guide(null, SchemaAnnotations.NONE);
    }

    private final Schemas schemas;
    private final Map<URI, SchemaAnnotations> annotations = new ConcurrentHashMap<>();

    GrammarGuides(Schemas schemas) {
        this.schemas = schemas;
    }

    /** The first grammar the document uses (TEI documents name one); NONE before its first validation. */
    Guide of(OpenDocument doc) {
        if (doc.grammars().isEmpty()) return Guide.NONE;
        URI grammar = doc.grammars().get(0);
        try {
            return new Guide(schemas.guide(grammar), annotations.computeIfAbsent(grammar, SchemaAnnotations::read));
        } catch (SchemaException e) {
            return Guide.NONE;
        }
    }
}
