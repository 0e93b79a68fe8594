package org.teikit.render;

import net.sf.saxon.lib.ResourceRequest;
import net.sf.saxon.lib.ResourceResolver;
import net.sf.saxon.trans.XPathException;

import javax.xml.transform.Source;
import javax.xml.transform.stream.StreamSource;
import java.io.InputStream;
import java.net.URL;

/**
 * Loads the view stylesheets from the classpath (they sit in the jar under org/teikit/xslt/), so the
 * library works from anywhere. Stylesheets are addressed as {@code classpath:/org/teikit/xslt/…}, a
 * hierarchical URI, so xsl:import/include hrefs resolve relative to the importing module.
 */
final class ClasspathStylesheets implements ResourceResolver {
    static final String ROOT = "classpath:/org/teikit/xslt/";

    static Source open(String relative) throws XPathException {
        return load(ROOT + relative);
    }

    @Override
    public Source resolve(ResourceRequest request) throws XPathException {
        return request.uri != null && request.uri.startsWith("classpath:/") ? load(request.uri) : null;
    }

    private static Source load(String uri) throws XPathException {
        String path = uri.substring("classpath:/".length());
        URL url = ClasspathStylesheets.class.getClassLoader().getResource(path);
        if (url == null) throw new XPathException("stylesheet not on the classpath: " + path);
        try {
            InputStream in = url.openStream();
            return new StreamSource(in, uri);
        } catch (java.io.IOException e) {
            throw new XPathException("cannot read stylesheet " + path + ": " + e.getMessage());
        }
    }
}
