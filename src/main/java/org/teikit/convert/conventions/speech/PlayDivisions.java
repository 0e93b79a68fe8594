package org.teikit.convert.conventions.speech;

import java.util.regex.Pattern;

/**
 * The headings that divide a play into acts and scenes, in the words plays are printed with: the division's word
 * and its number ({@code ACT II}, {@code Scene 3}, {@code ESCENA PRIMERA}, {@code ACTO ÚNICO}, {@code SCENE B}), or
 * an ordinal before the word ({@code Erster Aufzug.}, {@code Second Act}, {@code Zweiter Auftritt}). The words are
 * those of the languages teikit reads (English, German, French, Italian, Spanish); the layout asks only of a heading
 * or a line standing alone as one.
 */
public final class PlayDivisions {
    private static final String ACT_WORD = "act|akt|acte|atto|acto|aufzug";
    private static final String SCENE_WORD = "scene|szene|scène|scena|escena|auftritt";
    /**
     * A number in figures or Roman numerals, a number word, or one capital letter ending the line or before its stop
     * ({@code SCENE A}, as scripts letter them; not the article of {@code Scene. A tower on the border}).
     */
    private static final String NUMBER = "(?:[IVXLC]+|\\d+|one|two|three|four|five|six|seven|eight|nine|ten|(?-i:\\p{Lu})(?=\\s*(?:[.:—–-]|$)))";
    /** Ordinals, and "only" for a one-act play ({@code ACTO ÚNICO}, {@code Acte unique}). */
    private static final String ORDINAL = "(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|last|"
            + "erste[rs]?|zweite[rs]?|dritte[rs]?|vierte[rs]?|fünfte[rs]?|sechste[rs]?|siebente[rs]?|siebte[rs]?|letzte[rs]?|"
            + "premier|première|deuxième|second|seconde|troisième|quatrième|cinquième|dernier|dernière|unique|"
            + "prim[oa]|second[oa]|terz[oa]|quart[oa]|quint[oa]|ultim[oa]|unic[oa]|"
            + "primer[oa]?|segund[oa]|tercer[oa]?|cuart[oa]|últim[oa]|únic[oa])";
    private static final String ARTICLE = "(?:the|der|die|das|le|la|il|lo|el)";
    private static final String CAPITAL = "(?=(?-i:\\p{Lu}))";
    private static final String TITLE_AFTER_STOP = "[.:]?(?:\\s*[.:—–-]\\s*.{0,60})?";
    private static final Pattern ACT = division(ACT_WORD);
    private static final Pattern SCENE = division(SCENE_WORD);

    private PlayDivisions() {}

    /** Whether the line is an act's heading. */
    public static boolean isAct(String line) {
        return ACT.matcher(line.strip()).matches();
    }

    /** Whether the line is a scene's heading. */
    public static boolean isScene(String line) {
        return SCENE.matcher(line.strip()).matches();
    }

    /** A closing line naming an act: its word inflected ({@code Aufzuges}), an ordinal or number beside it, few words. */
    private static final Pattern NAMES_ACT = Pattern.compile("(?iu)(?<![\\p{L}])(?:" + ACT_WORD + ")\\p{L}{0,3}(?![\\p{L}])");
    private static final Pattern COUNTS = Pattern.compile("(?iu)(?<![\\p{L}\\d])(?:" + ORDINAL.replace("(?:", "(?:") + "\\p{L}{0,2}|[IVXLC]+|\\d+)(?![\\p{L}\\d])");
    private static final int MAX_CLOSING_WORDS = 8;

    /**
     * Whether the line names an act by its word and its number without being its heading: {@code Ende des ersten
     * Aufzuges.}, {@code End of the Second Act}, {@code Fin du premier acte}; where it stands (closing an act) the layout says.
     */
    public static boolean namesAct(String line) {
        String t = line.strip();
        return !isAct(t) && t.split("\\s+").length <= MAX_CLOSING_WORDS && NAMES_ACT.matcher(t).find() && COUNTS.matcher(t).find();
    }

    /** The word then its number or ordinal, or the ordinal then the word; what follows short (a place, a title). */
    private static Pattern division(String word) {
        return Pattern.compile("(?iu)^(?:(?:" + word + ")\\.?\\s+(?:" + NUMBER + "|" + ORDINAL + ")(?![\\p{L}\\d]).{0,100}"
                + "|" + ORDINAL + "\\s+(?:" + word + ")(?![\\p{L}\\d]).{0,60}"
                // with an article ("Scene the First", "The Second Act"): capitals, as headings print them, and only a
                // title after a stop, so that a sentence ("The first act of the council was …") is no heading
                + "|" + CAPITAL + "(?:" + word + ")\\.?\\s+" + ARTICLE + "\\s+" + CAPITAL + ORDINAL + TITLE_AFTER_STOP
                + "|" + ARTICLE + "\\s+" + CAPITAL + ORDINAL + "\\s+" + CAPITAL + "(?:" + word + ")" + TITLE_AFTER_STOP + ")$");
    }
}
