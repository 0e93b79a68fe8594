package org.teikit.render;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Reader;
import java.io.SequenceInputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The text runs of one rendering that are too long to go through the stylesheets as strings (one
 * paragraph of 200 MB would be copied, as a Java string of twice its size, by every string function
 * on its way to the page). {@link LongTextFilter} keeps each such run here, UTF-8 in 1 MiB pieces,
 * and leaves a mark in the tree in its place; the stylesheets carry the mark like any word, and
 * {@link MarkExpander} writes the run where the mark comes out of the serializer.
 *
 * <p>A mark is a noncharacter, the run's number, a noncharacter: {@code U+FDD0 n U+FDD1} for a
 * stored run, {@code U+FDD2 n U+FDD3} for a paragraph of the text view that {@link LongTextWrap}
 * wraps as it is written, {@code U+FDD4 n U+FDD5} for a stored run that the HTML view's typography
 * (html/typography.xsl) turned the mark of, to be written set typographically. Noncharacters are never
 * text; a document that holds any of these six anyway is rendered the plain way.
 */
final class LongTexts {
    static final char RUN = '\uFDD0', RUN_END = '\uFDD1', WRAP = '\uFDD2', WRAP_END = '\uFDD3',
            TYPOGRAPHIC = '\uFDD4', TYPOGRAPHIC_END = '\uFDD5';

    /** A wrapped paragraph written out at its output mark: the arguments of {@code tk:wrap}. */
    record Wrap(String text, int width, String first, String rest) {}

    private final List<List<byte[]>> runs = new ArrayList<>();
    private final List<Wrap> wraps = new ArrayList<>();
    private boolean reread;

    static boolean isMarkChar(char c) {
        return c >= RUN && c <= TYPOGRAPHIC_END;
    }

    static String runMark(int id) {
        return RUN + Integer.toString(id) + RUN_END;
    }

    /** Takes back the run stored last (a run of spaces: the tree gets it as it is); returns its characters. */
    synchronized String dropLast() throws IOException {
        int id = runs.size() - 1;
        StringBuilder text = new StringBuilder();
        try (Reader r = run(id)) {
            r.transferTo(new java.io.Writer() {
                @Override public void write(char[] c, int off, int len) { text.append(c, off, len); }
                @Override public void flush() {}
                @Override public void close() {}
            });
        }
        runs.remove(id);
        return text.toString();
    }

    /** True when every run was read, none twice. */
    synchronized boolean everyRunReadOnce() {
        return !reread && runs.stream().allMatch(r -> r == null);
    }

    /** Forgets every run (the document is parsed again, the plain way). */
    synchronized void clear() {
        runs.clear();
        wraps.clear();
    }

    int runs() {
        return runs.size();
    }

    int wraps() {
        return wraps.size();
    }

    /** A run being stored: its number, and the writer its characters go through (closing it completes the run). */
    record NewRun(int id, Writer writer) {}

    NewRun newRun() {
        List<byte[]> pieces = new ArrayList<>();
        int id = runs.size();
        runs.add(pieces);
        OutputStream chunks = new OutputStream() {
            private static final int PIECE = 1 << 20;
            private final ByteArrayOutputStream current = new ByteArrayOutputStream(PIECE);

            @Override public void write(int b) {
                current.write(b);
                if (current.size() >= PIECE) cut();
            }

            @Override public void write(byte[] b, int off, int len) {
                while (len > 0) {
                    int n = Math.min(len, PIECE - current.size());
                    current.write(b, off, n);
                    off += n;
                    len -= n;
                    if (current.size() >= PIECE) cut();
                }
            }

            @Override public void close() {
                if (current.size() > 0) cut();
            }

            private void cut() {
                pieces.add(current.toByteArray());
                current.reset();
            }
        };
        return new NewRun(id, new OutputStreamWriter(chunks, StandardCharsets.UTF_8));
    }

    /**
     * The run's characters, as stored. A run is read once, where its mark comes out; its memory goes
     * with it. Read again, it is empty, and {@link #everyRunReadOnce()} tells.
     */
    synchronized Reader run(int id) {
        List<InputStream> streams = new ArrayList<>();
        List<byte[]> pieces = runs.get(id);
        if (pieces == null) reread = true;
        else for (byte[] piece : pieces) streams.add(new java.io.ByteArrayInputStream(piece));
        runs.set(id, null);
        return new InputStreamReader(new SequenceInputStream(Collections.enumeration(streams)), StandardCharsets.UTF_8);
    }

    /** Records a paragraph to wrap at output; returns its mark. */
    synchronized String addWrap(Wrap wrap) {
        wraps.add(wrap);
        return WRAP + Integer.toString(wraps.size() - 1) + WRAP_END;
    }

    synchronized Wrap wrap(int id) {
        return wraps.get(id);
    }
}
