package org.teikit.convert.layout;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Random;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The fast paths the fit checks take give the answers of the plain computations they replace. */
class FitShortcutsTest {
    @Test
    void atMostWordsAgreesWithACountOfWords() {
        Random r = new Random(7);
        String[] pieces = {"word", " ", "  ", "\n", "\t", "□", "Stalin,", "\u2003", ""};
        for (int n = 0; n < 2000; n++) {
            StringBuilder sb = new StringBuilder();
            for (int k = r.nextInt(30); k > 0; k--) sb.append(pieces[r.nextInt(pieces.length)]);
            String s = sb.toString();
            int words = words(s);
            for (int max = 0; max <= 14; max++) {
                assertEquals(words <= max, InlineLists.atMostWords(s, max), "'" + s + "' at most " + max);
            }
        }
    }

    @Test
    void asciiWordsAreFoundWhereACaseInsensitivePatternFindsThem() {
        Random r = new Random(5);
        String[] pieces = {"http", "HTTP", "hTtP", "htt", "ſ", "\u212A", "İ", "conversation", "CONVERSATIONS", "x", " ", "h"};
        for (String word : List.of("http", "conversation", "h")) {
            Pattern p = Pattern.compile(Pattern.quote(word), Pattern.CASE_INSENSITIVE);
            for (int n = 0; n < 500; n++) {
                StringBuilder sb = new StringBuilder();
                for (int k = r.nextInt(12); k > 0; k--) sb.append(pieces[r.nextInt(pieces.length)]);
                String s = sb.toString();
                var m = p.matcher(s);
                for (int from = 0; from <= s.length(); from++) {
                    assertEquals(m.find(from) ? m.start() : -1, AsciiWords.indexOf(s, word, from), word + " in '" + s + "' from " + from);
                }
            }
        }
    }

    private static int words(String s) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            if (!Character.isWhitespace(s.charAt(i)) && (i == 0 || Character.isWhitespace(s.charAt(i - 1)))) n++;
        }
        return n;
    }
}
