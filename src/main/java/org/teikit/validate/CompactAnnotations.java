package org.teikit.validate;

import com.thaiopensource.relaxng.parse.Annotations;
import com.thaiopensource.relaxng.parse.BuildException;
import com.thaiopensource.relaxng.parse.CommentList;
import com.thaiopensource.relaxng.parse.Context;
import com.thaiopensource.relaxng.parse.DataPatternBuilder;
import com.thaiopensource.relaxng.parse.Div;
import com.thaiopensource.relaxng.parse.ElementAnnotationBuilder;
import com.thaiopensource.relaxng.parse.Grammar;
import com.thaiopensource.relaxng.parse.IllegalSchemaException;
import com.thaiopensource.relaxng.parse.Include;
import com.thaiopensource.relaxng.parse.SchemaBuilder;
import com.thaiopensource.relaxng.parse.Scope;
import com.thaiopensource.relaxng.parse.compact.CompactParseable;
import com.thaiopensource.resolver.Input;
import com.thaiopensource.resolver.Resolver;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import nu.xom.Attribute;
import nu.xom.Element;
import nu.xom.IllegalNameException;
import nu.xom.NamespaceConflictException;
import org.xml.sax.ErrorHandler;

/**
 * The annotations of a RELAX NG compact-syntax schema as XML, for {@code extract-schematron.xsl}: its foreign
 * elements ({@code sch:ns [ … ]}, {@code sch:pattern [ … ]}, {@code sch:rule [ … ]}, {@code ## documentation}),
 * wherever they stand (grammar level, before or after a pattern, inside an element's definition), in document
 * order under one RELAX NG {@code grammar} element, each with the schema's namespace declarations in scope.
 * Jing's own compact-syntax parser reads the schema; the builder it drives here keeps the annotations and
 * builds nothing else. As for the XML syntax, included schemas are not read (TEI's generated schemas carry all
 * their rules in one file), so the schema's own bytes say everything about its rules.
 */
final class CompactAnnotations {
    private static final String RNG_NS = "http://relaxng.org/ns/structure/1.0";
    private static final Object NOTHING = new Object();   // every pattern and name class: nothing is built

    private CompactAnnotations() {}

    /**
     * The schema's annotations, serialized as a {@code grammar} element, when one of them is or holds a
     * Schematron element; else empty (most compact schemas: nothing to extract).
     */
    static Optional<String> schematron(URI uri, byte[] schema) throws SchemaException {
        Element grammar = grammar(uri, schema);
        return holdsSchematron(grammar) ? Optional.of(grammar.toXML()) : Optional.empty();
    }

    private static boolean holdsSchematron(Element e) {
        if (SchematronCompiler.SCH_NS.equals(e.getNamespaceURI())) return true;
        for (int i = 0; i < e.getChildCount(); i++) {
            if (e.getChild(i) instanceof Element c && holdsSchematron(c)) return true;
        }
        return false;
    }

    private static Element grammar(URI uri, byte[] schema) throws SchemaException {
        Input input = new Input();
        input.setUri(uri.toString());
        input.setByteStream(new ByteArrayInputStream(schema));
        List<String> problems = new ArrayList<>();
        ErrorHandler errors = GrammarCompiler.problems(uri, problems);
        Collector collector = new Collector();
        try {
            new CompactParseable<Object, Object, Object, Element, Comments, Notes>(input, NO_INCLUDES, errors)
                    .parse(collector, collector.grammar);
        } catch (BuildException | IllegalSchemaException | IllegalNameException | NamespaceConflictException e) {
            if (problems.isEmpty()) problems.add(e.getCause() != null ? e.getCause().toString() : String.valueOf(e.getMessage()));
        }
        if (!problems.isEmpty()) throw new SchemaException("broken schema " + uri + ":\n  " + String.join("\n  ", problems));
        Element grammar = new Element("grammar", RNG_NS);
        for (Element e : collector.completed) {
            if (e.getParent() == null) grammar.appendChild(e);
        }
        return grammar;
    }

    /**
     * The schema's own bytes, already open, and nothing else: the builder never asks for an included schema (see
     * the class comment), and this makes sure no other file or URL is ever opened.
     */
    private static final Resolver NO_INCLUDES = new Resolver() {
        @Override public void resolve(com.thaiopensource.resolver.Identifier id, Input input) {}
        @Override public void open(Input input) throws com.thaiopensource.resolver.ResolverException {
            if (!input.isOpen()) throw new com.thaiopensource.resolver.ResolverException(input.getUri() + " not read: only the schema's own annotations are");
        }
    };

    static final class Comments implements CommentList<Object> {
        @Override public void addComment(String value, Object loc) {}
    }

    /** Annotations on a pattern or name class: an element added here stays a top-level one. */
    static class Notes implements Annotations<Object, Element, Comments> {
        @Override public void addAttribute(String ns, String localName, String prefix, String value, Object loc) {}
        @Override public void addElement(Element ea) {}
        @Override public void addComment(Comments comments) {}
        @Override public void addLeadingComment(Comments comments) {}
    }

    /** One foreign element being read: its attributes, text and child elements. */
    private static final class ElementNotes extends Notes implements ElementAnnotationBuilder<Object, Element, Comments> {
        private final Element element;
        private final List<Element> completed;

        ElementNotes(Element element, List<Element> completed) {
            this.element = element;
            this.completed = completed;
        }

        @Override public void addAttribute(String ns, String localName, String prefix, String value, Object loc) {
            if (ns.isEmpty()) element.addAttribute(new Attribute(localName, value));
            else element.addAttribute(new Attribute((prefix == null ? "ns" : prefix) + ":" + localName, ns, value));
        }

        @Override public void addElement(Element child) { element.appendChild(child); }

        @Override public void addText(String value, Object loc, Comments comments) { element.appendChild(value); }

        @Override public Element makeElementAnnotation() {
            completed.add(element);   // a parent completes after its children: top-level ones stay in document order
            return element;
        }
    }

    /** Jing's parser calls this for every construct; only the annotation calls build something. */
    private static final class Collector implements SchemaBuilder<Object, Object, Object, Element, Comments, Notes> {
        final List<Element> completed = new ArrayList<>();
        final Section grammar = new Section();

        @Override public Object makeChoice(List<Object> patterns, Object loc, Notes anno) { return NOTHING; }
        @Override public Object makeInterleave(List<Object> patterns, Object loc, Notes anno) { return NOTHING; }
        @Override public Object makeGroup(List<Object> patterns, Object loc, Notes anno) { return NOTHING; }
        @Override public Object makeOneOrMore(Object p, Object loc, Notes anno) { return NOTHING; }
        @Override public Object makeZeroOrMore(Object p, Object loc, Notes anno) { return NOTHING; }
        @Override public Object makeOptional(Object p, Object loc, Notes anno) { return NOTHING; }
        @Override public Object makeList(Object p, Object loc, Notes anno) { return NOTHING; }
        @Override public Object makeMixed(Object p, Object loc, Notes anno) { return NOTHING; }
        @Override public Object makeEmpty(Object loc, Notes anno) { return NOTHING; }
        @Override public Object makeNotAllowed(Object loc, Notes anno) { return NOTHING; }
        @Override public Object makeText(Object loc, Notes anno) { return NOTHING; }
        @Override public Object makeAttribute(Object nc, Object p, Object loc, Notes anno) { return NOTHING; }
        @Override public Object makeElement(Object nc, Object p, Object loc, Notes anno) { return NOTHING; }
        @Override public Object makeValue(String datatypeLibrary, String type, String value, Context c, String ns, Object loc, Notes anno) { return NOTHING; }
        @Override public Object annotatePattern(Object p, Notes anno) { return p; }
        @Override public Object annotateNameClass(Object nc, Notes anno) { return nc; }
        @Override public Object annotateAfterPattern(Object p, Element e) { return p; }
        @Override public Object annotateAfterNameClass(Object nc, Element e) { return nc; }
        @Override public Object commentAfterPattern(Object p, Comments comments) { return p; }
        @Override public Object commentAfterNameClass(Object nc, Comments comments) { return nc; }
        @Override public Object makeExternalRef(String href, String base, String ns, Scope<Object, Object, Element, Comments, Notes> scope, Object loc, Notes anno) { return NOTHING; }
        @Override public Object makeNameClassChoice(List<Object> ncs, Object loc, Notes anno) { return NOTHING; }
        @Override public Object makeName(String ns, String localName, String prefix, Object loc, Notes anno) { return NOTHING; }
        @Override public Object makeNsName(String ns, Object loc, Notes anno) { return NOTHING; }
        @Override public Object makeNsName(String ns, Object except, Object loc, Notes anno) { return NOTHING; }
        @Override public Object makeAnyName(Object loc, Notes anno) { return NOTHING; }
        @Override public Object makeAnyName(Object except, Object loc, Notes anno) { return NOTHING; }
        @Override public Object makeLocation(String systemId, int line, int column) { return null; }
        @Override public Notes makeAnnotations(Comments comments, Context context) { return new Notes(); }
        @Override public Comments makeCommentList() { return new Comments(); }
        @Override public Object makeErrorPattern() { return NOTHING; }
        @Override public Object makeErrorNameClass() { return NOTHING; }
        @Override public boolean usesComments() { return false; }
        @Override public Grammar<Object, Object, Element, Comments, Notes> makeGrammar(Scope<Object, Object, Element, Comments, Notes> parent) { return new Section(); }

        @Override
        public DataPatternBuilder<Object, Object, Element, Comments, Notes> makeDataPatternBuilder(String library, String type, Object loc) {
            return new DataPatternBuilder<>() {
                @Override public void addParam(String name, String value, Context c, String ns, Object l, Notes a) {}
                @Override public void annotation(Element e) {}
                @Override public Object makePattern(Object l, Notes a) { return NOTHING; }
                @Override public Object makePattern(Object except, Object l, Notes a) { return NOTHING; }
            };
        }

        @Override
        public ElementAnnotationBuilder<Object, Element, Comments> makeElementAnnotationBuilder(
                String ns, String localName, String prefix, Object loc, Comments comments, Context context) {
            Element e = new Element(prefix == null || prefix.isEmpty() ? localName : prefix + ":" + localName, ns);
            // the schema's prefixes stay in scope, as in the XML syntax, for XPath in rules that lack sch:ns
            for (String p : context.prefixes()) {
                String uri = context.resolveNamespacePrefix(p);
                if (p.isEmpty() || uri == null || uri.isEmpty() || p.equals("xml")) continue;
                if (e.getNamespaceURI(p) == null) e.addNamespaceDeclaration(p, uri);
            }
            return new ElementNotes(e, completed);
        }

        /** A grammar, div or include: definitions and grammar-level annotations lead nowhere (those land in {@link #completed}). */
        private final class Section implements Grammar<Object, Object, Element, Comments, Notes>,
                Div<Object, Object, Element, Comments, Notes>, Include<Object, Object, Element, Comments, Notes> {
            @Override public Object endGrammar(Object loc, Notes anno) { return NOTHING; }
            @Override public void endDiv(Object loc, Notes anno) {}
            @Override public void endInclude(String href, String base, String ns, Object loc, Notes anno) {}
            @Override public void define(String name, Combine combine, Object pattern, Object loc, Notes anno) {}
            @Override public void topLevelAnnotation(Element e) {}
            @Override public void topLevelComment(Comments comments) {}
            @Override public Div<Object, Object, Element, Comments, Notes> makeDiv() { return this; }
            @Override public Include<Object, Object, Element, Comments, Notes> makeInclude() { return this; }
            @Override public Object makeParentRef(String name, Object loc, Notes anno) { return NOTHING; }
            @Override public Object makeRef(String name, Object loc, Notes anno) { return NOTHING; }
        }
    }
}
