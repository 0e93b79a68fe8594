package org.teikit.convert.speech;

import java.util.Optional;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A turn of a third-person record: a sentence whose subject is a participant and whose verb reports
 * what they said or did ({@code Zhou Enlai says that …}, {@code STALIN, opening the conversation with …,
 * says that …}, {@code To this Zhou Enlai responds …}, {@code As for …, comrade Stalin answers …}). The
 * name stays in the text; the turn is attributed to its person.
 */
public final class ThirdPerson {
    /** Words that may open the sentence before the subject. */
    private static final Pattern LEAD_WORDS = Pattern.compile("(?:Then|To this|In reply|In response|Again|Finally)\\s+");
    /** An opening phrase ending in a comma ({@code As for Zhou Enlai's request …, comrade Stalin answers}). */
    private static final Pattern LEAD_PHRASE = Pattern.compile(
            "(?:As for|As to|Regarding|Referring to|In response to|In reply to|Turning to|Returning to)\\b");
    /** After the name: an optional parenthetical or participle clause, an optional adverb, the verb. */
    private static final String PARENTHESIS = "(?:\\s*,[^.;:]{0,200}?,\\s*|\\s+\\p{Ll}+ing\\b[^.;:]{0,200}?,\\s*|\\s+)";
    private static final Pattern ANY_VERB = Pattern.compile(PARENTHESIS
            + "(?:\\p{Ll}+ly\\s+)?(?:does|did|is|was|has|\\p{Ll}{2,}(?:s|ed))(?=[\\s,:.\\-—–]|$)");
    /** Reporting verbs: the only ones trusted inside a paragraph, where a false split costs more. */
    private static final Pattern REPORTING_VERB = Pattern.compile(PARENTHESIS
            + "(?:\\p{Ll}+ly\\s+)?(?:says|said|asks|asked|answers|answered|replies|replied|responds|responded|notes|noted|adds|added|"
            + "affirms|agrees|agreed|explains|informs|observes|points out|emphasizes|emphasises|remarks|declares|states|"
            + "inquires|objects|proposes|suggests|repeats|confirms|concedes|reminds|mentions|announces|expresses|thanks|"
            + "raises|returns|shifts|turns|promises|advises|approves|reports|underscores|acknowledges|admits)(?=[\\s,:.\\-—–]|$)");

    /** Where the subject's name is and whom it names. */
    public record Attribution(int nameStart, int nameEnd, String id, String surface) {}

    private final NameFinder names;

    public ThirdPerson(NameFinder names) {
        this.names = names;
    }

    /** The attribution of a sentence starting at {@code start}; {@code strict} allows only reporting verbs. */
    public Optional<Attribution> at(String text, int start, Predicate<String> participant, boolean strict) {
        Matcher words = LEAD_WORDS.matcher(text).region(start, text.length());
        Optional<Attribution> a = subjectAt(text, words.lookingAt() ? words.end() : start, participant, strict);
        if (a.isPresent() || !LEAD_PHRASE.matcher(text).region(start, text.length()).lookingAt()) return a;
        int sentenceEnd = text.indexOf(". ", start);
        int limit = Math.min(sentenceEnd < 0 ? text.length() : sentenceEnd, start + 200);
        for (int comma = text.indexOf(", ", start); comma > 0 && comma < limit; comma = text.indexOf(", ", comma + 2)) {
            a = subjectAt(text, comma + 2, participant, strict);
            if (a.isPresent()) return a;
        }
        return Optional.empty();
    }

    private Optional<Attribution> subjectAt(String text, int nameAt, Predicate<String> participant, boolean strict) {
        Optional<NameFinder.Match> m = names.at(text, nameAt);
        if (m.isEmpty() || !participant.test(m.get().id())) return Optional.empty();
        Matcher verb = (strict ? REPORTING_VERB : ANY_VERB).matcher(text).region(m.get().end(), text.length());
        if (!verb.lookingAt()) return Optional.empty();
        return Optional.of(new Attribution(m.get().start(), m.get().end(), m.get().id(), m.get().surface()));
    }
}
