package org.teikit.convert.family;

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

    @Test
    void archiveUrlIsFoundWhereverTheWholeTextSearchFindsIt() {
        Pattern url = Pattern.compile("(?i)https?://[^\\s>]*(wilson-?center|digitalarchive)[^\\s>]*");
        for (String t : List.of("", "http://digitalarchive.wilsoncenter.org/document/1", "see <https://www.Wilson-Center.org/x>.",
                "HTTP://DIGITALARCHIVE", "http:// digitalarchive", "http://example.org and digitalarchive", "xhttps://wilsoncenter",
                "http http://a.b/wilsoncenter", "https:/wilsoncenter", "http://a>wilsoncenter")) {
            assertEquals(url.matcher(t).find(), WilsonCenterPage.hasArchiveUrl(t), t);
        }
    }

    /** The plain count: runs of characters that are not whitespace. */
    private static int words(String s) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            if (!Character.isWhitespace(s.charAt(i)) && (i == 0 || Character.isWhitespace(s.charAt(i - 1)))) n++;
        }
        return n;
    }

    @Test
    void conversationTitleIsFoundWhereverTheWholeTextSearchFindsIt() {
        Pattern title = Pattern.compile("(?i)\\b(memorandum of conversation|\\*\\*conversation\\.\\*\\*|^conversation\\.?$)",
                Pattern.MULTILINE);
        List<String> texts = List.of("", "Conversation.", "conversation", "CONVERSATION.\nnext", "text\nConversation\n",
                "text\nConversation.\r\nmore", "Conversations.", "a conversation.", "xConversation.", "\nConversation..",
                "MEMORANDUM OF CONVERSATION", "Memorandum of Conversation between", "memorandumof conversation",
                "xmemorandum of conversation", "**Conversation.**", "**conversation.**x", "*conversation.**",
                "a **CONVERSATION.** b", "conversation conversation\nConversation", "the conversation with Stalin.\n\nConversation.",
                "Memorandum of conversation" + "x".repeat(40), "ſonversation.", "memorandum of \nconversation");
        for (String t : texts) {
            assertEquals(title.matcher(t).find(), MemorandumOfConversation.titledConversation(t), t);
            String padded = "The record of a long conversation. " + t + " And more conversation";
            assertEquals(title.matcher(padded).find(), MemorandumOfConversation.titledConversation(padded), padded);
        }
    }
}
