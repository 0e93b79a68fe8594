package org.teikit.tei;

import nu.xom.Document;
import nu.xom.Serializer;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** The one way teikit writes XML: UTF-8, LF, element-only content indented, mixed content untouched. */
public final class TeiSerializer {
    private TeiSerializer() {}

    public static byte[] toBytes(Document document) {
        Indenter.indent(document.getRootElement());
        if (TeiShape.isAsBuilt(document)) {                 // teikit's own TEI: XOM's output, written directly
            return (TreeWriter.write(document) + "\n").getBytes(StandardCharsets.UTF_8);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            Serializer s = new Serializer(out, "UTF-8");
            s.setLineSeparator("\n");
            s.write(document);
            out.write('\n');
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
