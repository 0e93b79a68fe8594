package org.teikit.spark;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.sql.Row;
import org.teikit.convert.Conversion;
import org.teikit.convert.ConversionException;
import org.teikit.convert.Converter;
import org.teikit.digest.Sha256;
import org.teikit.edition.Provenance;
import org.teikit.fidelity.Fidelity;
import org.teikit.fidelity.FidelityException;
import org.teikit.fidelity.FidelityReport;
import org.teikit.source.SourceDocument;
import org.teikit.source.SourceException;
import org.teikit.source.SourceText;

/**
 * Converts the sources of one partition on an executor, one row per source whatever happens to it: a source that
 * cannot be read, decoded or converted is a row with the reason, and the job goes on.
 */
final class ConvertPartition implements FlatMapFunction<Iterator<InputFile>, Row> {
    /** Immutable and thread-safe: one per JVM, shared by every task. */
    private static final Converter CONVERTER = Converter.standard();

    private final String family;   // null: teikit chooses
    private final String encoding;
    private final BoundedReader reader;

    ConvertPartition(String family, Charset encoding, BoundedReader reader) {
        this.family = family;
        this.encoding = encoding.name();
        this.reader = reader;
    }

    @Override
    public Iterator<Row> call(Iterator<InputFile> files) {
        Charset charset = Charset.forName(encoding);
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                return files.hasNext();
            }

            @Override
            public Row next() {
                return convert(files.next(), charset);
            }
        };
    }

    private Row convert(InputFile file, Charset charset) {
        byte[] bytes;
        try {
            bytes = reader.read(file);
        } catch (BoundedReader.TooLarge e) {
            return ConversionRows.failed(file, e.size, null, file.name() + ":1:1: file is " + e.size + " bytes; teikit"
                    + " converts transcriptions of up to " + reader.limit() + " bytes: split the file, or check that it"
                    + " is a transcription");
        } catch (IOException e) {
            return ConversionRows.failed(file, file.size(), null, file.name() + ": cannot read: " + e);
        }
        String sha256 = Sha256.hex(bytes);
        try {
            SourceDocument doc = SourceDocument.parse(SourceText.of(Path.of(file.name()), bytes, charset));
            Conversion c = family == null ? CONVERTER.convert(doc) : CONVERTER.convert(doc, family);
            byte[] tei = Provenance.stamp(c.tei());
            FidelityReport fidelity = Fidelity.compare(doc, Path.of(teiName(file.name())), tei);
            List<String> warnings = c.explanation().warnings().stream()
                    .map(w -> file.name() + ":" + (w.line() > 0 ? w.line() + ":" : "") + " warning: " + w.text()).toList();
            return ConversionRows.converted(file, bytes.length, sha256, c, tei, fidelity, warnings);
        } catch (SourceException | FidelityException e) {
            return ConversionRows.failed(file, bytes.length, sha256, e.getMessage());
        } catch (ConversionException e) {
            return ConversionRows.failed(file, bytes.length, sha256, file.name() + ": " + e.getMessage());
        } catch (RuntimeException | StackOverflowError e) {
            return ConversionRows.failed(file, bytes.length, sha256, file.name() + ": conversion failed: " + e);
        }
    }

    /** The name {@code teikit convert} gives the TEI of a source: its base name with {@code .xml}. */
    static String teiName(String source) {
        String base = source.substring(source.lastIndexOf('/') + 1);
        int dot = base.lastIndexOf('.');
        return (dot > 0 ? base.substring(0, dot) : base) + ".xml";
    }
}
