package org.teikit.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.teikit.edition.Edition;
import org.teikit.source.SourceText;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.*;
import static org.teikit.testing.TeiAssert.assertSameNode;
import static org.teikit.testing.TeiAssert.assertXPath;

/** Hostile or odd source files through the CLI and the Edition API: a correct conversion or a clear error. */
class BadInputTest {
    @TempDir Path dir;

    private Path write(String name, byte[] bytes) throws IOException {
        return Files.write(dir.resolve(name), bytes);
    }

    private ConvertCommandTest.Run cli(Path source, String... extra) {
        String[] args = Stream.concat(Stream.of("convert", "-o", dir.resolve("tei").toString()),
                Stream.concat(Stream.of(extra), Stream.of(source.toString()))).toArray(String[]::new);
        return ConvertCommandTest.run(args);
    }

    private Edition.Outcome api(Path source) {
        return Edition.standard().convert(List.of(source), dir.resolve("api"), Edition.Options.defaults()).get(0);
    }

    private void assertNothingWritten() throws IOException {
        for (String d : List.of("tei", "api")) {
            Path p = dir.resolve(d);
            if (!Files.exists(p)) continue;
            try (Stream<Path> s = Files.list(p)) {
                assertEquals(List.of(), s.toList(), "no TEI and no temporary file left in " + d);
            }
        }
    }

    private void assertRefused(Path source, String position) throws IOException {
        ConvertCommandTest.Run r = cli(source);
        assertEquals(2, r.code(), r.err());
        assertTrue(r.err().contains(source.toString() + ":" + position), r.err());
        Edition.Outcome o = api(source);
        assertEquals(Edition.Status.FAILED, o.status());
        assertTrue(o.message().contains(source + ":" + position), o.message());
        assertNothingWritten();
    }

    /** Quotes, lists, emphasis and inline tags nested 20,000 deep: each overflowed a stack (commonmark's or teikit's). */
    @Test
    void sourcesNestedThousandsOfLevelsDeepAreRefusedAtTheirLine() throws Exception {
        String preamble = "A first paragraph.\n\nA second one.\n\n";
        int n = 20_000;
        List<String> shapes = List.of("> ".repeat(n) + "deep", "- ".repeat(n) + "deep", "*".repeat(n) + "deep" + "*".repeat(n),
                "<u>".repeat(n) + "deep" + "</u>".repeat(n));
        for (int i = 0; i < shapes.size(); i++) {
            Path source = write("nested-" + i + ".txt", (preamble + shapes.get(i) + "\n").getBytes(StandardCharsets.UTF_8));
            assertRefused(source, "5:1");
            assertTrue(cli(source).err().contains("nested more than 100 levels deep"));
            assertTrue(ConvertCommandTest.run("convert", "--stdout", source.toString()).err().contains(source + ":5:1: nested"),
                    "--stdout too");
        }
    }

    @Test
    void sourcesNestedAsDeepAsAllowedStillConvert() throws Exception {
        Path source = write("sixty.txt", ("> ".repeat(60) + "Sixty quotes deep, and " + "*".repeat(20) + "emphasis"
                + "*".repeat(20) + ".\n").getBytes(StandardCharsets.UTF_8));
        ConvertCommandTest.Run r = cli(source);
        assertEquals(0, r.code(), r.err());
        assertXPath(Files.readString(dir.resolve("tei/sixty.xml")), "//tei:text//text()[contains(., 'Sixty quotes deep')]");
    }

    @Test
    void latin1BytesAreRefusedWithLineColumnAndByteOffset() throws Exception {
        Path src = write("latin1.txt", "Line one\nThe caf\u00e9 opened.\n".getBytes(StandardCharsets.ISO_8859_1));
        assertRefused(src, "2:8");
        assertTrue(cli(src).err().contains("byte 0xE9 at offset 16"));
    }

    @Test
    void windows1252IsRefusedAsUtf8ButConvertsWhenNamed() throws Exception {
        byte[] bytes = "He said \u201cno\u201d.\n".getBytes(Charset.forName("windows-1252"));
        Path src = write("cp1252.txt", bytes);
        assertRefused(src, "1:9");
        ConvertCommandTest.Run r = cli(src, "--encoding", "windows-1252");
        assertEquals(0, r.code(), r.err());
        assertXPath(Files.readString(dir.resolve("tei/cp1252.xml")), "//text()[contains(., 'He said \u201cno\u201d.')]");
    }

    @Test
    void aByteOrderMarkAndCrlfLineEndsConvertLikePlainLf() throws Exception {
        String text = "# Title\n\nFirst line\nsecond line.\n\nStalin: Yes.\n";
        Path lf = write("lf.txt", text.getBytes(StandardCharsets.UTF_8));
        Path crlf = write("crlf.txt", ("\uFEFF" + text.replace("\n", "\r\n")).getBytes(StandardCharsets.UTF_8));
        assertEquals(0, cli(lf).code());
        assertEquals(0, cli(crlf).code());
        assertSameNode(Files.readString(dir.resolve("tei/lf.xml")), Files.readString(dir.resolve("tei/crlf.xml")), "/tei:TEI/tei:text");
        String xml = Files.readString(dir.resolve("tei/crlf.xml"));
        assertFalse(xml.contains("\uFEFF") || xml.contains("\r"), "no BOM or CR in the TEI");
        assertEquals(Edition.Status.CREATED, api(crlf).status());
    }

    @Test
    void nulBytesAreRefusedAsBinaryWithTheirPosition() throws Exception {
        Path src = write("nul.txt", "ok\nab\0cd\n".getBytes(StandardCharsets.UTF_8));
        assertRefused(src, "2:3");
        assertTrue(cli(src).err().contains("NUL"));
    }

    @Test
    void aBinaryFileIsRefused() throws Exception {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'};
        assertRefused(write("image.txt", png), "1:1");
    }

    @Test
    void anEmptyOrLayoutOnlyFileIsRefusedClearlyNotPaddedWithAnEmptyParagraph() throws Exception {
        for (String content : new String[] {"", "\n\n", "□ □\n\n* * *\n"}) {
            Path src = write("empty.txt", content.getBytes(StandardCharsets.UTF_8));
            ConvertCommandTest.Run r = cli(src);
            assertEquals(2, r.code(), r.err());
            assertTrue(r.err().contains(src + ": no text to convert"), r.err());
            Edition.Outcome o = api(src);
            assertEquals(Edition.Status.FAILED, o.status());
            assertTrue(o.message().contains("empty.txt: no text to convert"), o.message());
            assertNothingWritten();
        }
    }

    @Test
    void a200MegabyteFileIsRefusedBeforeReadingWithAClearError() throws Exception {
        Path src = dir.resolve("huge.txt");
        byte[] chunk = "Stalin: A paragraph of a very large transcription [sic] with words.\n\n".repeat(15_000)
                .getBytes(StandardCharsets.UTF_8);
        try (OutputStream out = Files.newOutputStream(src)) {
            for (long n = 0; n < 200L * 1024 * 1024; n += chunk.length) out.write(chunk);
        }
        assertTrue(Files.size(src) > SourceText.MAX_BYTES);
        long t0 = System.nanoTime();
        ConvertCommandTest.Run r = cli(src);
        assertEquals(2, r.code());
        assertTrue(r.err().contains(src + ":1:1") && r.err().contains("up to " + SourceText.MAX_BYTES + " bytes"), r.err());
        assertTrue(System.nanoTime() - t0 < 5_000_000_000L, "refused without reading the file");
        assertEquals(Edition.Status.FAILED, api(src).status());
        assertNothingWritten();
    }
}
