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
