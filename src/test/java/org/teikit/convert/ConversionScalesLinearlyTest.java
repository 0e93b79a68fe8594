package org.teikit.convert;

import org.junit.jupiter.api.Test;
import org.teikit.source.SourceDocument;
import org.teikit.source.SourceException;
import org.teikit.source.SourceText;

import java.util.Random;

import static org.junit.jupiter.api.Assertions.*;

/** Conversion time grows with the size of the source, not with its square. */
class ConversionScalesLinearlyTest {

    /** A transcription of about {@code bytes} bytes with every construct the converter knows, notes included. */
    static String transcription(int bytes, long seed) {
        Random r = new Random(seed);
        StringBuilder sb = new StringBuilder("# A large record\n\n");
        int note = 0;
        while (sb.length() < bytes) {
            switch (r.nextInt(8)) {
                case 0 -> sb.append("## Section ").append(r.nextInt(1000)).append("\n\n");
                case 1 -> sb.append("<u>Comrade Stalin</u>: We agree [sic] with the CC CPC [Central Committee].<sup>")
                        .append(++note).append("</sup>\n\n");
                case 2 -> sb.append("<sup>").append(note).append("</sup> Archive note number ").append(note).append(".\n\n");
                case 3 -> sb.append("Mao Zedong. The **harvest** was *good* in Chengdu [?] and [ILLEGIBLE] ~~TOP SECRET~~ ____\n\n");
                case 4 -> sb.append("- item one\n- item two\n\n* * *\n\n");
                case 5 -> sb.append("> Quoted words from comr[ade] Li, Jiang Jieshi [Chiang Kai-shek].\n\n");
                case 6 -> sb.append("A long line ").append("with many words and a [he] said ".repeat(200)).append("\n\n");
                default -> sb.append("Zhou Enlai says that the talks continue¹ at □ length.\n\n");
            }
        }
        return sb.toString();
    }

    private static long millis(String text) throws ConversionException, SourceException {
        long t0 = System.nanoTime();
        Conversion c = Converter.standard().convert(SourceDocument.parse(SourceText.of("big.txt", text)));
        assertTrue(c.tei().toBytes().length > text.length() / 2);
        return (System.nanoTime() - t0) / 1_000_000;
    }

    @Test
    void fourTimesTheTextTakesAboutFourTimesAsLong() throws Exception {
        String small = transcription(250_000, 1), large = transcription(1_000_000, 2);
        millis(small);                                  // warm up the JIT
        long ts = Math.max(millis(small), 20), tl = millis(large);
        // linear: ≈ 4×; quadratic would be ≈ 16×; the margin absorbs a shared, noisy machine
        System.err.println("linear: " + ts + " ms / " + tl + " ms");
        assertTrue(tl < 9 * ts, "0.25 MB took " + ts + " ms, 1 MB took " + tl + " ms");
    }

    /** Prose typed a sentence a line with no blank line between: one paragraph of thousands of lines. */
    static String unbrokenParagraph(int bytes, long seed) {
        Random r = new Random(seed);
        String[] words = {"the", "mill", "lock", "water", "bank", "Walter", "sluice", "paid", "broke", "again", "1248,", "[sic]"};
        StringBuilder sb = new StringBuilder();
        while (sb.length() < bytes) {
            sb.append("The");
            for (int w = 0; w < 10; w++) sb.append(' ').append(words[r.nextInt(words.length)]);
            sb.append(r.nextInt(9) == 0 ? ". Dear Sir, 3 May 1771.\n" : ".\n");
        }
        return sb.toString();
    }

    @Test
    void aParagraphOfThousandsOfLinesScalesLikeAnyText() throws Exception {
        String small = unbrokenParagraph(50_000, 3), large = unbrokenParagraph(200_000, 4);
        millis(small);
        long ts = Math.max(millis(small), 20), tl = millis(large);
        System.err.println("one paragraph: " + ts + " ms / " + tl + " ms");
        // each line cut from the whole paragraph, or each sentence end read as a possible dateline, was quadratic:
        // 200 KB took minutes
        assertTrue(tl < 9 * ts, "50 KB took " + ts + " ms, 200 KB took " + tl + " ms");
    }
}
