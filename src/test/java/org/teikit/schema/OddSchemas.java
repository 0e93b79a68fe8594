package org.teikit.schema;

import java.net.URL;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.xml.transform.stream.StreamSource;
import net.sf.saxon.s9api.Processor;
import net.sf.saxon.s9api.SaxonApiException;
import net.sf.saxon.s9api.Serializer;
import net.sf.saxon.s9api.Xslt30Transformer;

/**
 * The grammar and the Schematron rules made from an ODD alone, by the test stylesheets in
 * {@code src/test/resources/schema/odd/} (a RELAX NG file and an ISO Schematron file written into a
 * folder), so that they can be compared with teikit.rnc and teikit.sch.
 */
final class OddSchemas {
    private static final Processor SAXON = new Processor(false);

    private OddSchemas() {}

    /** The RELAX NG grammar the ODD states, as {@code dir/teikit-from-odd.rng}. */
    static Path grammar(Path odd, Path dir) {
        return transform("odd-to-relaxng.xsl", odd, dir.resolve("teikit-from-odd.rng"));
    }

    /** The Schematron schema of the ODD's constraintSpecs, as {@code dir/teikit-from-odd.sch}. */
    static Path rules(Path odd, Path dir) {
        return transform("odd-to-schematron.xsl", odd, dir.resolve("teikit-from-odd.sch"));
    }

    private static Path transform(String stylesheet, Path odd, Path out) {
        URL xsl = OddSchemas.class.getClassLoader().getResource("schema/odd/" + stylesheet);
        if (xsl == null) throw new IllegalStateException("schema/odd/" + stylesheet + " is not on the test classpath");
        try {
            Xslt30Transformer transformer = SAXON.newXsltCompiler().compile(new StreamSource(xsl.toString())).load30();
            List<String> messages = new ArrayList<>();
            transformer.setMessageHandler(message -> messages.add(message.getStringValue().replaceAll("\\s+", " ").trim()));
            Serializer serializer = SAXON.newSerializer(out.toFile());
            try {
                transformer.transform(new StreamSource(odd.toFile()), serializer);
                serializer.close();
                return out;
            } catch (SaxonApiException e) {
                // the stylesheet's own xsl:message says what the ODD leaves unstated
                throw new IllegalStateException(odd + " → " + stylesheet + ": " + String.join("; ", messages)
                        + " (" + e.getMessage() + ")", e);
            }
        } catch (SaxonApiException e) {
            throw new IllegalStateException("cannot compile " + stylesheet + ": " + e.getMessage(), e);
        }
    }
}
