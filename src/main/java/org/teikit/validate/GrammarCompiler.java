package org.teikit.validate;

import com.thaiopensource.relaxng.match.MatchablePattern;
import com.thaiopensource.relaxng.match.MatchablePatternLoader;
import com.thaiopensource.resolver.Input;
import com.thaiopensource.resolver.xml.sax.SAXResolver;
import com.thaiopensource.util.PropertyMap;
import com.thaiopensource.util.PropertyMapBuilder;
import com.thaiopensource.validate.IncorrectSchemaException;
import com.thaiopensource.validate.Schema;
import com.thaiopensource.validate.SchemaReader;
import com.thaiopensource.validate.ValidateProperty;
import com.thaiopensource.validate.prop.rng.RngProperty;
import com.thaiopensource.validate.rng.CompactSchemaReader;
import com.thaiopensource.validate.rng.SAXSchemaReader;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import org.teikit.tei.XmlInput;
import org.teikit.validate.fast.FastPath;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import org.xml.sax.XMLReader;

/** Compiles RELAX NG (XML or compact syntax) with Jing, with the options of Jing's command line (ID/IDREF checks on). */
final class GrammarCompiler {
    private final LocalResolver resolver;
    private final FastPath fast;

    /** @param fast the speed layers whose datatypes the grammars get, or null for Jing's own (the plain path) */
    GrammarCompiler(Catalog catalog, FastPath fast) {
        this.resolver = new LocalResolver(catalog);
        this.fast = fast;
    }

    /** The properties Jing's own driver uses, for the schema and for every validator made from it. */
    static PropertyMap properties(ErrorHandler errors, LocalResolver resolver) {
        PropertyMapBuilder b = new PropertyMapBuilder();
        b.put(ValidateProperty.ERROR_HANDLER, errors);
        if (resolver != null) b.put(ValidateProperty.RESOLVER, resolver);
        b.put(ValidateProperty.XML_READER_CREATOR, XmlInput.forValidation()::newReader);
        RngProperty.CHECK_ID_IDREF.add(b);
        return b.toPropertyMap();
    }

    /** The grammar as Jing compiles it, its failures worded by Jing in the same order on every run. */
    Schema compile(URI uri, boolean compact) throws SchemaException {
        return compile(uri, compact, datatypes(), UnaryOperator.identity());
    }

    /**
     * The fast path's grammar for its quick pass ({@link FastPath#quiet}): the same verdicts and positions, failed
     * values not worded; choices of datatypes made unions unless the schema is compact or the rewritten one fails.
     */
    Schema compileQuiet(URI uri, boolean compact) throws SchemaException {
        if (!compact) {
            try {
                return compile(uri, false, fast.quiet(true));
            } catch (SchemaException e) {
                // compiled as it stands below, so that a broken schema gets Jing's own errors and positions
            }
        }
        return compile(uri, compact, fast.quiet(false));
    }

    private Schema compile(URI uri, boolean compact, FastPath.Datatypes d) throws SchemaException {
        return compile(uri, compact, new StableDatatypes(d.libraries(), d.wrapper()), d.schemaParser());
    }

    /** Jing's datatypes, worded as Jing words them; on the fast path they also remember their verdicts. */
    private StableDatatypes datatypes() {
        if (fast == null) return new StableDatatypes();
        FastPath.Datatypes d = fast.worded();
        return new StableDatatypes(d.libraries(), d.wrapper());
    }

    /** @param schemaParser wraps the parser of a schema in XML syntax */
    private Schema compile(URI uri, boolean compact, StableDatatypes datatypes, UnaryOperator<XMLReader> schemaParser)
            throws SchemaException {
        List<String> problems = new ArrayList<>();
        ErrorHandler collect = problems(uri, problems);
        SchemaReader reader = compact ? CompactSchemaReader.getInstance() : SAXSchemaReader.getInstance();
        try (InputStream in = uri.toURL().openStream()) {
            InputSource source = new InputSource(in);
            source.setSystemId(uri.toString());
            PropertyMapBuilder b = new PropertyMapBuilder(properties(collect, resolver));
            b.put(RngProperty.DATATYPE_LIBRARY_FACTORY, datatypes);
            b.put(ValidateProperty.XML_READER_CREATOR, () -> schemaParser.apply(XmlInput.forValidation().newReader()));
            return reader.createSchema(source, b.toPropertyMap());
        } catch (IncorrectSchemaException | SAXException e) {
            if (problems.isEmpty()) problems.add(e.getMessage() == null ? e.toString() : e.getMessage());
            throw new SchemaException("broken schema " + uri + ":\n  " + String.join("\n  ", problems), e);
        } catch (IOException e) {
            throw new SchemaException("cannot read schema " + uri + ": " + e.getMessage(), e);
        }
    }

    /** The grammar as Jing's matchable pattern (for what it allows where), read through the same catalog. */
    MatchablePattern guide(URI uri, boolean compact) throws SchemaException {
        List<String> problems = new ArrayList<>();
        Input input = new Input();
        input.setUri(uri.toString());
        // not Jing's "feasible" form: it makes required content optional, and requiredAttributeNames() empty
        int flags = compact ? MatchablePatternLoader.COMPACT_SYNTAX_FLAG : 0;
        SAXResolver saxResolver = new SAXResolver(resolver) {
            @Override
            protected XMLReader createXMLReaderWithoutResolver() {
                return XmlInput.forValidation().newReader();
            }
        };
        try {
            return new MatchablePatternLoader().load(input, saxResolver, problems(uri, problems), datatypes(), flags);
        } catch (com.thaiopensource.relaxng.match.IncorrectSchemaException | SAXException e) {
            if (problems.isEmpty()) problems.add(e.getMessage() == null ? e.toString() : e.getMessage());
            throw new SchemaException("broken schema " + uri + ":\n  " + String.join("\n  ", problems), e);
        } catch (IOException e) {
            throw new SchemaException("cannot read schema " + uri + ": " + e.getMessage(), e);
        }
    }

    /** Collects a schema's errors as {@code file:line:column: message} (warnings left out), for a {@link SchemaException}. */
    static ErrorHandler problems(URI schema, List<String> into) {
        return new ErrorHandler() {
            @Override public void warning(SAXParseException e) {}
            @Override public void error(SAXParseException e) { into.add(describe(schema, e)); }
            @Override public void fatalError(SAXParseException e) { into.add(describe(schema, e)); }
        };
    }

    private static String describe(URI schema, SAXParseException e) {
        String where = e.getSystemId() != null ? e.getSystemId() : schema.toString();
        return where + ":" + e.getLineNumber() + ":" + e.getColumnNumber() + ": " + e.getMessage();
    }
}
