package org.teikit.source;

import java.util.List;

/** A transcription parsed into blocks; the input of every source family. */
public record SourceDocument(SourceText source, List<Block> blocks) {
    public SourceDocument {
        blocks = List.copyOf(blocks);
    }

    public static SourceDocument parse(SourceText source) {
        return new SourceDocument(source, Transcription.parse(source.text()));
    }
}
