package org.teikit.source;

import java.util.List;

/** A transcription parsed into blocks; the input of every source family. */
public record SourceDocument(SourceText source, List<Block> blocks) {
    public SourceDocument {
        blocks = List.copyOf(blocks);
    }

    /** @throws SourceException when the text nests deeper than {@link Transcription#MAX_DEPTH} */
    public static SourceDocument parse(SourceText source) throws SourceException {
        var xml = XmlDocuments.root(source.text());
        if (xml.isPresent()) {
            throw new SourceException(source.path(), 1, 1, "this is an XML document (root element <" + xml.get()
                    + ">), not a transcription: teikit converts plain-text transcriptions and saved web pages"
                    + (xml.get().equals("TEI") || xml.get().equals("teiCorpus") ? "; to check TEI, run teikit validate" : ""));
        }
        try {
            if (CaptionFile.isCaptions(source.text())) {
                CaptionFile.Transcribed captions = CaptionFile.transcribe(source.text());
                source = source.rewritten(captions.text(), (captions.webvtt() ? "WebVTT" : "SubRip") + " captions: "
                        + captions.cues() + " cues, " + captions.voicedTurns() + " turns named by voice tags (a voice's"
                        + " cues in a row are one turn, with the first cue's start time); the header, styles and the"
                        + " later cues' times are display, not text", false);
            } else if (HtmlPage.isPage(source.text())) {
                HtmlPage.Transcribed page = HtmlPage.transcribe(source.text());
                source = source.rewritten(page.text(), "an HTML page: its elements read as the transcription's blocks"
                        + " (headings, paragraphs, lists, quotes), " + page.noteLinks() + " note links as note marks"
                        + " and the elements they point to as the notes"
                        + (page.speakerRows() > 0 ? ", " + page.speakerRows() + " table rows as turns (a column of few"
                        + " names, repeating and alternating)" : ""), true);
            }
            return new SourceDocument(source, Transcription.parse(source.text()));
        } catch (Transcription.TooDeep e) {
            throw new SourceException(source.path(), e.line(), 1, e.getMessage() + "; teikit reads transcriptions nested up to "
                    + Transcription.MAX_DEPTH + " levels");
        }
    }
}
