package org.teikit.convert.conventions.letters;

import java.util.regex.Pattern;

/**
 * What one document is, read from its own words: a heading or title that names its kind ("Telegram from …",
 * "Memorandum of Conversation", "Letter to …"), a cable's address line ({@code FOR X FROM Y}), or a heading
 * that names a sender and an addressee. The document's heading speaks before the title an archive gave it.
 * The type is a TEI division type: {@code letter}, {@code telegram}, {@code memorandum}, {@code conversation},
 * or the caller's default when nothing says.
 */
public record MessageKind(String type, String reason) {
    private static final Pattern CONVERSATION = Pattern.compile(
            "(?i)\\b(?:record|minutes|memorandum|memo|notes?)\\s+of\\s+(?:a\\s+|the\\s+)?conversations?\\b");
    private static final Pattern MEMORANDUM = Pattern.compile("(?i)\\b(?:memorandum|memo|aide-m[eé]moire)\\b");
    private static final Pattern LETTER = Pattern.compile("(?i)\\b(?:letter|message)\\b");
    /** A cable's address: "… FOR THE PRESIDENT FROM HARRIMAN." */
    private static final Pattern CABLE_ADDRESS = Pattern.compile("(?i)\\bfor\\s+.+?\\s+from\\s+\\S.*$");

    /**
     * The kind of the document whose heading is {@code heading} and whose title is {@code title} (either may
     * be null); {@code addressed} says whether the heading named its correspondents.
     */
    public static MessageKind of(String heading, String title, boolean addressed, String otherwise) {
        MessageKind k = named(heading, "its heading");
        if (k == null && heading != null && CABLE_ADDRESS.matcher(heading).find()) {
            k = new MessageKind("telegram", "its heading is a cable's address, FOR … FROM …" + quoted(heading));
        }
        if (k == null) k = named(title, "its title");
        if (k != null) return k;
        if (addressed) return new MessageKind("letter", "its heading names a sender and an addressee");
        return new MessageKind(otherwise, "neither its heading nor its title names what it is");
    }

    /** The kind a heading or title names in words, or null. */
    private static MessageKind named(String t, String where) {
        if (t == null || t.isBlank()) return null;
        if (CONVERSATION.matcher(t).find()) return new MessageKind("conversation", where + " names a record of conversation" + quoted(t));
        if (LetterHeading.isTelegramWord(t)) return new MessageKind("telegram", where + " names a telegram" + quoted(t));
        if (MEMORANDUM.matcher(t).find()) return new MessageKind("memorandum", where + " names a memorandum" + quoted(t));
        if (LETTER.matcher(t).find()) return new MessageKind("letter", where + " names a letter" + quoted(t));
        return null;
    }

    private static String quoted(String t) {
        return " ('" + t.strip().replaceAll("\\s+", " ") + "')";
    }
}
