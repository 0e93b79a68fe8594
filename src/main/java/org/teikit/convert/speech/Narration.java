package org.teikit.convert.speech;

import java.util.regex.Pattern;

/**
 * Sentences of a record that tell what happened rather than what someone said: the meeting's course,
 * duration, attendance and who recorded it. They are never turns.
 */
public final class Narration {
    private static final Pattern CUES = Pattern.compile(
            "^(?:After an exchange of greetings|After greetings"
                    + "|At the (?:end|beginning|close|start) of the (?:meeting|conversation|discussion|talks?)"
                    + "|The (?:meeting|conversation|discussion|talks?) (?:took|lasted|started|began|ended|was|were|continued)"
                    + "|(?:Also )?[Pp]resent(?: at the (?:meeting|conversation))?\\b"
                    + "|(?:Recorded|Transcribed|Translated|Interpreted|Minuted) by\\b"
                    + "|\\[(?:Source|signature|Signature|Classification)\\b)",
            Pattern.CASE_INSENSITIVE);

    private Narration() {}

    public static boolean is(String paragraph) {
        return CUES.matcher(paragraph.strip()).find();
    }
}
