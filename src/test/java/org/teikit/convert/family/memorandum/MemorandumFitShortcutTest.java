package org.teikit.convert.family.memorandum;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The fast paths the fit checks take give the answers of the plain computations they replace. */
class MemorandumFitShortcutTest {
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
