package org.teikit.lsp;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.teikit.convert.ConversionException;
import org.teikit.convert.Converter;
import org.teikit.source.SourceDocument;
import org.teikit.source.SourceException;
import org.teikit.source.SourceText;
import org.teikit.tei.AtomicFiles;

/**
 * "Preview TEI" for a transcription: the converter run on the editor's buffer (unsaved edits included), written to a
 * preview file outside the edition so nothing of the user's is overwritten.
 */
final class TeiPreview {
    private final Converter converter = Converter.standard();
    private final Path folder;

    TeiPreview(Path folder) {
        this.folder = folder;
    }

    /** The preview's file, written; the TEI's first line tells the family teikit chose. */
    Path write(OpenDocument doc) throws IOException, ConversionException, SourceException {
        String name = doc.path != null ? doc.path.getFileName().toString() : "buffer.txt";
        SourceText source;
        try {
            source = SourceText.of(name, doc.text());
        } catch (IllegalArgumentException e) {
            throw new ConversionException(e.getMessage());
        }
        String xml = converter.convert(SourceDocument.parse(source)).tei().toXml();
        Files.createDirectories(folder);
        Path out = folder.resolve(name.replaceFirst("\\.txt$", "") + ".preview.xml");
        AtomicFiles.write(out, xml.getBytes(StandardCharsets.UTF_8));
        return out;
    }
}
