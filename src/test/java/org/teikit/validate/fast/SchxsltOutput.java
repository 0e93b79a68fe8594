package org.teikit.validate.fast;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import net.sf.saxon.s9api.Processor;
import net.sf.saxon.s9api.SaxonApiException;
import net.sf.saxon.s9api.XdmNode;
import org.teikit.validate.SchemaException;
import org.teikit.validate.Schemas;

/** The XSLT that teikit's own Schematron compilation makes of a schema (read back from its cache), as a tree. */
final class SchxsltOutput {
    private SchxsltOutput() {}

    static XdmNode of(Path schema, Path cacheDir) {
        try {
            Schemas.builder().schema(schema).schematronCache(cacheDir).build();
            List<Path> xsl;
            try (Stream<Path> files = Files.list(cacheDir)) {
                xsl = files.filter(p -> p.toString().endsWith(".xsl")).toList();
            }
            if (xsl.size() != 1) throw new IllegalStateException("expected one stylesheet in " + cacheDir + ": " + xsl);
            return new Processor(false).newDocumentBuilder().build(xsl.get(0).toFile());
        } catch (SchemaException | SaxonApiException e) {
            throw new IllegalStateException(schema + ": " + e.getMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A Schematron schema written to {@code dir} and compiled there (its cache beside it). */
    static XdmNode ofSchema(String schematron, Path dir) {
        try {
            Path sch = dir.resolve("rules.sch");
            Files.writeString(sch, schematron);
            Path cache = Files.createDirectories(dir.resolve("cache"));
            return of(sch, cache);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
