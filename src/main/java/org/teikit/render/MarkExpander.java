package org.teikit.render;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.BitSet;

/**
 * Between the serializer and the file: writes, in place of each mark of {@link LongTexts} in the UTF-8
 * output, what it stands for. Each mark must come out exactly once, and only of the kinds the view
 * expects; anything else (a stylesheet that copied, dropped or took apart a mark) is recorded, and
 * the caller then renders the document the plain way.
 */
final class MarkExpander extends FilterOutputStream {
    /** Writes what mark {@code id} of {@code kind} (its opening character) stands for. */
    interface Expansion { void write(char kind, int id, OutputStream out) throws IOException; }

    // U+FDD0 … U+FDD5 in UTF-8: EF B7 90 … EF B7 95
    private static final int LEAD = 0xEF, SECOND = 0xB7;

    private final String kinds;
    private final Expansion expansion;
    private final java.util.function.IntSupplier expected;
    private final BitSet written = new BitSet();
    private boolean mismatch;

    // a UTF-8 sequence starting with EF, held until it is known not to be a mark character
    private final byte[] held = new byte[3];
    private int heldCount;
    // inside a mark: its number so far (-1 outside), and its kind
    private long number = -1;
    private char kind;

    /**
     * @param kinds the opening characters of the marks this view writes ({@link LongTexts#RUN},
     *              {@link LongTexts#TYPOGRAPHIC}, {@link LongTexts#WRAP}); each closes with the next character
     * @param expected how many marks there are (numbered from 0 across the kinds)
     */
    MarkExpander(OutputStream out, String kinds, java.util.function.IntSupplier expected, Expansion expansion) {
        super(out);
        this.kinds = kinds;
        this.expected = expected;
        this.expansion = expansion;
    }

    /** True unless every expected mark came out once and nothing else looked like one. */
    boolean mismatch() {
        return mismatch || written.cardinality() != expected.getAsInt();
    }

    @Override
    public void write(int b) throws IOException {
        b &= 0xFF;
        if (heldCount > 0) {
            held[heldCount++] = (byte) b;
            if (heldCount == 2 && b != SECOND) { release(); return; }
            if (heldCount == 3) {
                heldCount = 0;
                if (b >= 0x90 && b <= 0x95) markChar((char) (0xFDD0 + (b - 0x90)));
                else out.write(held, 0, 3);
            }
            return;
        }
        if (number >= 0) {
            if (b >= '0' && b <= '9' && number < Integer.MAX_VALUE) { number = number * 10 + (b - '0'); return; }
            if (b == LEAD) { held[heldCount++] = (byte) b; return; }
            mismatch = true;   // not a mark after all: leave the rest as it is
            number = -1;
            out.write(b);
            return;
        }
        if (b == LEAD) { held[heldCount++] = (byte) b; return; }
        out.write(b);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
        // the fast path: runs of bytes that hold no EF go through at once
        int from = off, end = off + len;
        for (int i = off; i < end; i++) {
            if (heldCount == 0 && number < 0 && (b[i] & 0xFF) != LEAD) continue;
            if (i > from) out.write(b, from, i - from);
            write(b[i]);
            from = i + 1;
        }
        if (end > from) out.write(b, from, end - from);
    }

    private void release() throws IOException {
        out.write(held, 0, heldCount);
        heldCount = 0;
    }

    private void markChar(char c) throws IOException {
        if (number < 0) {
            if (kinds.indexOf(c) >= 0) { kind = c; number = 0; return; }
            mismatch = true;   // a mark of another view's kind, or an end without a start
            return;
        }
        char end = (char) (kind + 1);
        int id = (int) number;
        number = -1;
        if (c != end || id >= expected.getAsInt() || written.get(id)) { mismatch = true; return; }
        written.set(id);
        expansion.write(kind, id, out);
    }

    @Override
    public void flush() throws IOException {
        out.flush();
    }

    @Override
    public void close() throws IOException {
        if (heldCount > 0 || number >= 0) mismatch = true;
        release();
        super.close();
    }
}
