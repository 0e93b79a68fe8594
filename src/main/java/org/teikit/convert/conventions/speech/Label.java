package org.teikit.convert.conventions.speech;

import org.teikit.source.Inline;

import java.util.List;

/**
 * A reading of the start of a line as a speaker label: {@code HANS.}, {@code MR. SMITH:}, {@code **Grete:**},
 * {@code <u>Liu</u> <u>Shaoqi</u>:}, {@code *Hans.*}, {@code GRETE, to Hans.}, {@code HANS (aside).}, {@code HANS — …},
 * {@code HANS} alone on its line. Only
 * a candidate: whether the document uses it as a label is decided from the evidence ({@link Dialogue}).
 *
 * @param name    the name as printed, without its closing punctuation and without the stage direction
 * @param form    how it is printed (the evidence is weighed per form)
 * @param stage   a stage direction printed inside the label ({@code aside}), or empty
 * @param rest    the content after the label
 * @param length  how many characters of the line's plain text the label takes, punctuation and space included
 *                (a timestamp before it too)
 * @param time    a recording's timestamp printed before the name ({@code [00:03:12] INTERVIEWER:}), or empty
 */
public record Label(String name, Form form, List<Inline> stage, List<Inline> rest, int length, List<Inline> time) {
    public Label {
        stage = List.copyOf(stage);
        rest = List.copyOf(rest);
        time = List.copyOf(time);
    }

    public Label(String name, Form form, List<Inline> stage, List<Inline> rest, int length) {
        this(name, form, stage, rest, length, List.of());
    }

    /**
     * What the furniture before the name is, as {@code fw/@type}: a line's number ({@code lineNumber}), a standard
     * edition's page and section ({@code reference}, {@code [412a]}), else the recording's time ({@code timestamp}).
     */
    public String timeKind() {
        String t = Inline.plain(time).strip();
        if (t.matches("\\d{1,3}")) return "lineNumber";
        if (t.matches("(?:\\d{1,3}\\s+)?\\[\\d{1,4}[a-e]?\\]")) return "reference";
        if (t.matches("Q\\d{1,5}")) return "questionNumber";
        return "timestamp";
    }

    /** How a label is printed. Labels of one document share a form; stray look-alikes rarely do. */
    public enum Form {
        /** {@code HANS. …} */ CAPS_STOP,
        /** {@code HANS: …}, {@code MR. SMITH: …} */ CAPS_COLON,
        /** {@code Hans. …}: the weakest form, also the shape of an ordinary sentence start */ STOP,
        /** {@code Hans: …} */ COLON,
        /** {@code **Hans.** …}, {@code **Hans:** …} */ BOLD,
        /** {@code *Hans.* …} */ ITALIC,
        /** {@code <u>Hans</u>: …} */ UNDERLINE,
        /** {@code HANS — …}, {@code Hans – …}: the dash of French and German printing */ DASH,
        /** {@code HANS} alone on its line, the speech on the lines below: scripts for stage and radio */ OWN_LINE,
        /** {@code <anna> …}: a chat log's nick */ CHAT,
        /** {@code <span class="sc">Socrates.</span> …}: small capitals in an HTML copy */ SMALL_CAPS,
        /** {@code 1432:07  CAM-1  …}: the source column of a transcript set as a table, after the time */ COLUMN,
        /** {@code L e n e. …}, {@code D e r   P f a r r e r: …}: the name letter-spaced, as German and older prints set it */ SPACED;

        /** Forms whose look-alikes are common in prose need more evidence. */
        boolean weak() { return this == STOP || this == CAPS_STOP || this == ITALIC || this == DASH; }

        /** Forms set off by the name's style (bold, italic, underline, small capitals). */
        boolean styled() { return this == BOLD || this == ITALIC || this == UNDERLINE || this == SMALL_CAPS; }
    }
}
