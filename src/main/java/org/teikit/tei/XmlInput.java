package org.teikit.tei;

import org.xml.sax.EntityResolver;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;

import javax.xml.XMLConstants;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParserFactory;

/**
 * How teikit parses the XML it is given (TEI, grammars, Schematron, catalogs): the one place where a parser is made.
 * Every policy parses with Apache Xerces 2.12, the parser of Jing's command line (so positions are Jing's to the
 * column; the JDK's parser splits text differently), and shares the locks against hostile input:
 * <ul>
 *   <li>no external DTD is loaded and no external entity, general or parameter, is read, whatever its URL
 *       ({@code file:}, {@code http:} …): the reader skips it and tells its content handler
 *       ({@code skippedEntity}); should it ever ask for one anyway, {@link #REFUSE_EXTERNAL} answers with an error;</li>
 *   <li>no XInclude (unless a policy is asked for it: {@link #withXInclude()}), no DTD validation;</li>
 *   <li>secure processing, which bounds entity expansion: "billion laughs" stops with a fatal error after 100,000
 *       expansions.</li>
 * </ul>
 * The policies differ in what a DOCTYPE may do and how deep elements may nest; each says so. A policy is immutable
 * and thread-safe; the readers it makes are not (one per thread, reusable for one document after another).
 */
public final class XmlInput {
    /** The SAX property that takes a {@code LexicalHandler} (comments, CDATA, the DOCTYPE). */
    public static final String LEXICAL_HANDLER = "http://xml.org/sax/properties/lexical-handler";

    private static final String DISALLOW_DOCTYPE = "http://apache.org/xml/features/disallow-doctype-decl";

    private static final XmlInput VALIDATION = new XmlInput(false, false, false);
    private static final XmlInput READING = new XmlInput(true, true, false);
    private static final XmlInput RENDERING = new XmlInput(false, true, false);

    private final SAXParserFactory factory;
    private final boolean depthLimited;
    private final boolean xinclude;
    private final XmlInput withXInclude;

    private XmlInput(boolean refuseDoctype, boolean depthLimited, boolean xinclude) {
        this.factory = factory(refuseDoctype, xinclude);
        this.depthLimited = depthLimited;
        this.xinclude = xinclude;
        this.withXInclude = xinclude ? this : new XmlInput(refuseDoctype, depthLimited, true);
    }

    /**
     * Streaming readers that keep no tree: validation, the compilation of grammars and Schematron, the names a run's
     * documents use, word comparison.
     * <ul>
     *   <li>DOCTYPE: allowed; its internal subset applies (default attributes, internal entities), as in Jing;</li>
     *   <li>external DTD and entities: never read; the handler is told ({@code LexicalHandler.startDTD} with the
     *       DTD's system id, {@code skippedEntity}) so it can report them;</li>
     *   <li>XInclude: off (see {@link #withXInclude()}); entity expansion: 100,000 at most, then a fatal error;</li>
     *   <li>depth: no limit (nothing recurses per level).</li>
     * </ul>
     */
    public static XmlInput forValidation() {
        return VALIDATION;
    }

    /**
     * TEI read whole by teikit's own code: into XOM for the speakers, CMIF, the persons index and the provenance
     * check; a grammar's annotations for an editor.
     * <ul>
     *   <li>DOCTYPE: refused, a fatal error ({@link #refusedDoctype}): teikit writes none, and an entity it declares
     *       could hide text or markup from what reads the tree; so no DTD, no entity, no expansion at all;</li>
     *   <li>XInclude: off (see {@link #withXInclude()});</li>
     *   <li>depth: elements nested deeper than {@link DepthLimit#MAX_DEPTH} are a fatal error
     *       ({@link DepthLimit.TooDeep}).</li>
     * </ul>
     */
    public static XmlInput forReading() {
        return READING;
    }

    /**
     * TEI read into a tree for the view stylesheets.
     * <ul>
     *   <li>DOCTYPE: allowed; its internal subset applies;</li>
     *   <li>external DTD and entities: never read (an external entity's text is missing from the view);</li>
     *   <li>XInclude: off (see {@link #withXInclude()}); entity expansion: 100,000 at most, then a fatal error;</li>
     *   <li>depth: elements nested deeper than {@link DepthLimit#MAX_DEPTH} are a fatal error
     *       ({@link DepthLimit.TooDeep}), since the templates recurse once or more per level.</li>
     * </ul>
     */
    public static XmlInput forRendering() {
        return RENDERING;
    }

    /**
     * This policy with XInclude processed (opt-in: {@code --xinclude}): a modular edition (a {@code teiCorpus}, or a
     * TEI that assembles its chapters with {@code xi:include}) is read as the one document it makes. Everything else
     * stays as the policy says, and holds for every included file too (Xerces gives each the parent's features and
     * entity limits): no external DTD or entity, the DOCTYPE rule, the depth limit over the assembled document.
     * <ul>
     *   <li>href: resolved against the including file; local files only: any other scheme is refused before anything
     *       is opened, as are loops and nesting more than {@value LocalIncludes#MAX_NESTING} files deep (an
     *       {@link IncludeException} at the {@code xi:include}, which ends the parse); a file that cannot be read is
     *       a resource error, so its {@code xi:fallback} is used, or an {@link IncludeException} when it has none;</li>
     *   <li>{@code parse="text"} and {@code xpointer} (its {@code element()} scheme) as Xerces gives them;</li>
     *   <li>positions: the locator names the included file while its content is read, so messages point into it;</li>
     *   <li>no base-URI or language fixup: Xerces would add {@code xml:base} to each included element (and
     *       {@code xml:lang=""} when the languages differ), attributes the document does not have and that teikit's
     *       schema, like many customizations, does not allow (nor {@code xml:lang=""}): a valid chapter would make
     *       an invalid book. The cost: a relative URL inside an included file is read against the including
     *       document.</li>
     * </ul>
     */
    public XmlInput withXInclude() {
        return withXInclude;
    }

    /** Whether this policy processes XInclude ({@link #withXInclude()}). */
    public boolean processesXInclude() {
        return xinclude;
    }

    /** A new reader with this policy's settings; set its handlers before parsing. */
    public XMLReader newReader() {
        XMLReader reader;
        try {
            synchronized (factory) {   // a JAXP factory is not promised to be thread-safe
                reader = factory.newSAXParser().getXMLReader();
            }
        } catch (ParserConfigurationException | SAXException e) {
            throw lacksSecurity(e);
        }
        if (xinclude) reader = new LocalIncludes(reader);   // Xerces asks it for every xi:include
        if (depthLimited) reader = new DepthLimit(reader);
        reader.setEntityResolver(REFUSE_EXTERNAL);   // on the outermost reader: a filter hands its own to its parent
        return reader;
    }

    /** Second line of defence: should the parser ever ask for an external entity, it gets an error, not a file. */
    public static final EntityResolver REFUSE_EXTERNAL = (publicId, systemId) -> {
        throw new SAXException("external entity or DTD " + systemId + " refused: teikit does not load them");
    };

    private static SAXParserFactory factory(boolean refuseDoctype, boolean xinclude) {
        // named, not looked up: a host's own JAXP choice must not change positions or locks
        SAXParserFactory f = new org.apache.xerces.jaxp.SAXParserFactoryImpl();
        f.setNamespaceAware(true);
        f.setValidating(false);
        f.setXIncludeAware(xinclude);
        try {
            if (xinclude) {
                f.setFeature("http://apache.org/xml/features/xinclude/fixup-base-uris", false);
                f.setFeature("http://apache.org/xml/features/xinclude/fixup-language", false);
            }
            f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
            f.setFeature("http://xml.org/sax/features/external-general-entities", false);
            f.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
            if (refuseDoctype) f.setFeature(DISALLOW_DOCTYPE, true);
        } catch (ParserConfigurationException | SAXException e) {
            throw lacksSecurity(e);
        }
        return f;
    }

    private static IllegalStateException lacksSecurity(Exception e) {
        return new IllegalStateException("Xerces lacks a feature teikit's XML input policy relies on: " + e.getMessage(), e);
    }

    /** True when a parse failed on a DOCTYPE that {@link #forReading()} refuses (Xerces words it by its feature's URI). */
    public static boolean refusedDoctype(String message) {
        return message != null && message.contains(DISALLOW_DOCTYPE);
    }
}
