package org.teikit.source;

import org.teikit.digest.Sha256;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The decoded text of one transcription: strict UTF-8 (or a charset the caller names), BOM removed,
 * line ends normalised to LF. Refuses binary input and bad bytes with the exact position, rather than
 * guessing: a wrong guess would put invented characters into an edition.
 */
public final class SourceText {
    /**
     * Files above this size are refused before reading: a transcription is text, not a data dump (the
     * largest known source is 170 KB). Conversion is linear but holds the source, its parse tree and the
     * TEI tree in memory at once (about 20 bytes of heap per source byte), so 32 MiB stays well inside
     * a 2 GB heap.
     */
    public static final long MAX_BYTES = 32L * 1024 * 1024;

    private final Path path;
    private final String text;
    private final String sha256;
    private final String readAs;
    private final boolean boundsNotes;

    private SourceText(Path path, String text, String sha256) {
        this(path, text, sha256, null, false);
    }

    private SourceText(Path path, String text, String sha256, String readAs, boolean boundsNotes) {
        this.path = path;
        this.text = text;
        this.sha256 = sha256;
        this.readAs = readAs;
        this.boundsNotes = boundsNotes;
    }

    /**
     * The same file as another markup written in the transcription syntax (a web page's elements), its lines kept
     * where they can be; the checksum stays the file's.
     */
    SourceText rewritten(String transcription, String howRead, boolean notesBounded) {
        return new SourceText(path, transcription, sha256, howRead, notesBounded);
    }

    /** Whether the source marks where each note ends: a web page, whose notes are elements. */
    public boolean boundsNotes() { return boundsNotes; }

    /** How the file was read when it is not a transcription itself ("an HTML page ..."), else empty. */
    public java.util.Optional<String> readAs() { return java.util.Optional.ofNullable(readAs); }

    public static SourceText read(Path path) throws SourceException, IOException {
        return read(path, StandardCharsets.UTF_8);
    }

    public static SourceText read(Path path, Charset charset) throws SourceException, IOException {
        long size = Files.size(path);
        if (size > MAX_BYTES) {
            throw new SourceException(path, 1, 1, "file is " + size + " bytes; teikit converts transcriptions of up to "
                    + MAX_BYTES + " bytes (32 MiB): split the file, or check that it is a transcription");
        }
        return of(path, Files.readAllBytes(path), charset);
    }

    /** Decodes bytes that came from {@code path} (used for messages and the checksum). */
    public static SourceText of(Path path, byte[] bytes, Charset charset) throws SourceException {
        int start = hasUtf8Bom(bytes) && charset.equals(StandardCharsets.UTF_8) ? 3 : 0;
        String decoded = decode(path, bytes, start, charset);
        int bad = firstNonText(decoded);
        if (bad >= 0) {
            long[] pos = position(decoded, bad);
            throw new SourceException(path, pos[0], pos[1], describe(decoded.charAt(bad)));
        }
        return new SourceText(path, normalise(decoded), Sha256.hex(bytes));
    }

    /**
     * Text given directly (tests, other programs); the same characters are refused as from a file.
     *
     * @throws IllegalArgumentException for characters XML cannot hold (NUL, other control characters)
     */
    public static SourceText of(String name, String text) {
        int bad = firstNonText(text);
        if (bad >= 0) {
            long[] pos = position(text, bad);
            throw new IllegalArgumentException(name + ":" + pos[0] + ":" + pos[1] + ": " + describe(text.charAt(bad)));
        }
        return new SourceText(Path.of(name), normalise(text), Sha256.hex(text.getBytes(StandardCharsets.UTF_8)));
    }

    /** LF line ends; a form feed (a page break in text dumps) becomes a space, keeping line numbers. */
    private static String normalise(String decoded) {
        return decoded.replace("\r\n", "\n").replace('\r', '\n').replace('\f', ' ');
    }

    /**
     * The first character no XML document can hold (control characters other than tab, line ends and
     * form feed; U+FFFE, U+FFFF; a lone surrogate), or -1. Found here, with its position, rather than as
     * an exception deep in the TEI builder.
     */
    static int firstNonText(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < 0x20) {
                if (c != '\t' && c != '\n' && c != '\r' && c != '\f') return i;
            } else if (c == '\uFFFE' || c == '\uFFFF') {
                return i;
            } else if (Character.isHighSurrogate(c)) {
                if (i + 1 >= s.length() || !Character.isLowSurrogate(s.charAt(i + 1))) return i;
                i++;
            } else if (Character.isLowSurrogate(c)) {
                return i;
            }
        }
        return -1;
    }

    private static String describe(char c) {
        return c == 0 ? "NUL character: this is a binary file, not a transcription"
                : String.format("character U+%04X is not text (XML cannot hold it): is this a binary file?", (int) c);
    }

    private static boolean hasUtf8Bom(byte[] b) {
        return b.length >= 3 && (b[0] & 0xff) == 0xEF && (b[1] & 0xff) == 0xBB && (b[2] & 0xff) == 0xBF;
    }

    private static String decode(Path path, byte[] bytes, int start, Charset charset) throws SourceException {
        CharsetDecoder decoder = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, start, bytes.length - start);
        CharBuffer out = CharBuffer.allocate((int) Math.min(Integer.MAX_VALUE - 16L, (long) bytes.length + 16));
        CoderResult result = decoder.decode(in, out, true);
        if (result.isError()) {
            int bad = in.position();
            long line = 1, column = 1;
            for (int i = start; i < bad; i++) {
                if (bytes[i] == '\n') { line++; column = 1; } else if ((bytes[i] & 0xC0) != 0x80) column++;
            }
            // the kind lets a caller suggest its own remedy (the command line: its option naming the encoding)
            throw new SourceException(path, line, column, String.format("byte 0x%02X at offset %d is not valid %s",
                    bytes[bad] & 0xff, bad, charset.name()), SourceException.Kind.UNDECODABLE);
        }
        try {
            decoder.flush(out);
        } catch (IllegalStateException e) {
            throw new IllegalStateException(e);
        }
        out.flip();
        return out.toString();
    }

    private static long[] position(String s, int index) {
        long line = 1, col = 1;
        for (int i = 0; i < index; i++) {
            if (s.charAt(i) == '\n') { line++; col = 1; } else col++;
        }
        return new long[] {line, col};
    }

    public Path path() { return path; }
    public String text() { return text; }

    /** Where each line starts in {@link #text()}, found when first asked. */
    private int[] lineStarts;

    /**
     * Whether 1-based line {@code line} begins with a space or a tab: the parsed blocks keep no indentation, which
     * some markups give a meaning (reStructuredText's literal block).
     */
    public synchronized boolean indented(int line) {
        if (lineStarts == null) {
            java.util.List<Integer> at = new java.util.ArrayList<>();
            at.add(0);
            for (int i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) at.add(i + 1);
            lineStarts = at.stream().mapToInt(Integer::intValue).toArray();
        }
        if (line < 1 || line > lineStarts.length) return false;
        int start = lineStarts[line - 1];
        return start < text.length() && (text.charAt(start) == ' ' || text.charAt(start) == '\t');
    }
    /** SHA-256 of the file's bytes as read, recorded in the TEI so edits and re-conversions can be told apart. */
    public String sha256() { return sha256; }
    /** The file name without extension, e.g. {@code 003_087891b04bf76bde}. */
    public String baseName() {
        String n = path.getFileName().toString();
        int dot = n.lastIndexOf('.');
        return dot > 0 ? n.substring(0, dot) : n;
    }
}
