package org.teikit.convert.speech;

import org.teikit.source.InlineCut;
import org.teikit.source.Inline;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the paragraphs of a record of conversation one by one and says, for each piece, whose turn it
 * is: a labelled turn ({@code Stalin: …}, {@code Stalin. …}, {@code <u>Liu</u> <u>Shaoqi</u>: …}), a
 * third-person turn ({@code Zhou Enlai says that …}), the continuation of the current speaker's turn
 * (a paragraph without label), or narration. A paragraph in which a second speaker starts after a
 * sentence ({@code … should also be expressed. Stalin. We must …}) is cut there. Stateful: one
 * instance per record, fed in source order.
 */
public final class TurnSegmenter {
    private static final Pattern SENTENCE_START = Pattern.compile("(?<=[.?!…])[\"”’)\\]]*\\s+(?=[\"“]?\\p{Lu})");

    public enum Kind { LABELLED, THIRD_PERSON, CONTINUATION, NARRATION }

    /**
     * One piece of a paragraph.
     *
     * @param who         the speaker's id (null for narration)
     * @param label       the label as printed, for labelled turns
     * @param attribution where the subject's name is in {@code content}, for third-person turns
     * @param content     the piece without its label
     */
    public record Piece(Kind kind, String who, String label, ThirdPerson.Attribution attribution, List<Inline> content) {
        public boolean startsTurn() { return kind == Kind.LABELLED || kind == Kind.THIRD_PERSON; }
    }

    private final NameFinder names;
    private final ThirdPerson thirdPerson;
    private final Predicate<String> participant;
    private final PersonRegistry registry;
    private String current;

    /** @param participant whether a person id takes part in this conversation (may speak in the third person) */
    public TurnSegmenter(PersonRegistry registry, Predicate<String> participant) {
        this.registry = registry;
        this.names = new NameFinder(registry);
        this.thirdPerson = new ThirdPerson(names);
        this.participant = participant;
    }

    /** The speaker whose turn a following unlabelled paragraph continues, or null. */
    public String current() { return current; }

    /** Ends the current turn (after narration, a heading, a closing formula). */
    public void interrupt() { current = null; }

    public List<Piece> segment(List<Inline> paragraph) {
        String plain = Inline.plain(paragraph);
        List<Integer> cuts = new ArrayList<>();
        Matcher m = SENTENCE_START.matcher(plain);
        while (m.find()) {
            int at = m.end();
            if (labelAt(InlineCut.from(paragraph, at)).isPresent()
                    || thirdPerson.at(plain, at, participant, true).isPresent()) {
                cuts.add(at);
            }
        }
        List<Piece> pieces = new ArrayList<>();
        int from = 0;
        cuts.add(plain.length());
        for (int cut : cuts) {
            List<Inline> part = InlineCut.stripTrailing(InlineCut.between(paragraph, from, cut));
            pieces.add(classify(part, from == 0));
            from = cut;
        }
        return pieces;
    }

    private Piece classify(List<Inline> part, boolean paragraphStart) {
        Optional<SpeakerLabel> label = labelAt(part);
        if (label.isPresent()) {
            current = registry.resolve(label.get().label()).id();
            return new Piece(Kind.LABELLED, current, label.get().label(), null, label.get().rest());
        }
        String plain = Inline.plain(part);
        if (paragraphStart && Narration.is(plain)) {
            current = null;
            return new Piece(Kind.NARRATION, null, null, null, part);
        }
        Optional<ThirdPerson.Attribution> a = thirdPerson.at(plain, 0, participant, !paragraphStart);
        if (a.isPresent()) {
            current = a.get().id();
            return new Piece(Kind.THIRD_PERSON, current, null, a.get(), part);
        }
        if (current != null) return new Piece(Kind.CONTINUATION, current, null, null, part);
        return new Piece(Kind.NARRATION, null, null, null, part);
    }

    /** A colon label, or a full-stop label naming a participant (a full stop after a name is usually just a sentence end). */
    private Optional<SpeakerLabel> labelAt(List<Inline> inlines) {
        return SpeakerLabel.at(inlines, this::isParticipantName);
    }

    private boolean isParticipantName(String name) {
        Optional<Person> p = registry.find(name);
        return p.isPresent() && participant.test(p.get().id()) && names.at(name, 0).map(n -> n.end() == name.length()).orElse(false);
    }
}
