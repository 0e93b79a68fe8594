package org.teikit.convert.conventions.speech;

import org.teikit.convert.conventions.Explanation;
import org.teikit.source.Block;
import org.teikit.source.Inline;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.IntFunction;
import java.util.regex.Pattern;

/**
 * Whether a document is dialogue, and which line starts are its speaker labels, decided from what the document
 * shows: the same labels repeat and alternate, densely enough for their form, or a cast or participants list
 * names them. A label-shaped start that appears once ({@code NOTE.}, {@code Moscow:}) does not make dialogue;
 * fields, salutations and numerals never are labels ({@link FieldLabels}). The variants of one speaker's name
 * become one speaker ({@link SpeakerNames}). Every decision is recorded in the {@link Explanation}.
 */
public final class Dialogue {
    /** An interview's question and answer labels, in the languages interviews are printed in ({@code FRAGE}/{@code ANTWORT}). */
    private static final Set<String> QUESTION_LABELS = Set.of("[q]", "[question]", "[frage]", "[pregunta]", "[domanda]", "[vraag]", "[pergunta]");
    private static final Set<String> ANSWER_LABELS = Set.of("[a]", "[answer]", "[antwort]", "[reponse]", "[respuesta]", "[risposta]", "[antwoord]", "[resposta]");
    private static final Pattern ASKS = Pattern.compile("(?i)interviewer|question|q\\b|host|moderator");
    private static final Pattern ANSWERS = Pattern.compile("(?i)interviewee|narrator|respondent|witness|answer|a\\b|guest|subject");

    /** A table row's content that is one bracketed description: {@code [sound of click]}, {@code [unintelligible]}. */
    private static final Pattern BRACKETED = Pattern.compile("\\[[^\\]]*\\]|\\([^)]*\\)");

    /** Labels for several speakers at once, printed in plays of every language teikit reads. */
    private static final Set<String> COLLECTIVE = Set.of("both", "all", "omnes", "together", "alle", "tous", "tutti", "todos", "beide");

    /** A line that starts a turn: where it is, its label, and the speaker's id. */
    public record Turn(int block, int offset, int line, Label label, String who) {}

    /** One speaker: id, the printed forms of the name (the fullest first), a role from the cast list. */
    public record Speaker(String id, List<String> forms, String role) {}

    private final Map<Long, Turn> turns;
    private final List<Speaker> speakers;
    private final Optional<CastList> cast;
    private Set<Integer> exchangeEnds = Set.of();
    private Map<Long, Integer> rows = Map.of();

    private Dialogue(Map<Long, Turn> turns, List<Speaker> speakers, Optional<CastList> cast) {
        this.turns = turns;
        this.speakers = speakers;
        this.cast = cast;
    }

    public static Dialogue none() {
        return new Dialogue(Map.of(), List.of(), Optional.empty());
    }

    /** The turn a block's line at {@code offset} (of its plain text) starts, if it starts one. */
    public Optional<Turn> turnAt(int block, int offset) {
        return Optional.ofNullable(turns.get(key(block, offset)));
    }

    public boolean isEmpty() { return turns.isEmpty(); }

    public int turnCount() { return turns.size(); }

    /** The turns, in no particular order. */
    public java.util.Collection<Turn> turns() { return turns.values(); }

    public List<Speaker> speakers() { return speakers; }

    public Optional<CastList> cast() { return cast; }

    /**
     * Whether the speech of the turn in block {@code block} ends with that block: the last turn of an exchange set
     * verbatim into a record, which the record's own prose follows.
     */
    public boolean endsExchange(int block) { return exchangeEnds.contains(block); }

    /**
     * Whether the block's line at {@code offset} is a row of its own that no turn opens, and so no part of the speech
     * above: in a chat log or a table of rows a timed line without a label (a join, an action, a sound), in a numbered
     * transcript a line holding only its number or a remark of the record in parentheses. The value is how many
     * characters of furniture (number, time) open the line.
     */
    public Optional<Integer> rowAt(int block, int offset) {
        return Optional.ofNullable(rows.get(key(block, offset)));
    }

    static long key(int block, int offset) {
        return ((long) block << 32) | (offset & 0xffffffffL);
    }

    /** A line start and its readings as a label. */
    /** @param below the line under the label's, where its speech may start instead ({@code Name:} alone on its line) */
    private record Unit(int block, int offset, int line, List<Label> readings, List<Inline> below) {
        /** The words the speech opens with after the label, on its line or, where none follow it, the line below. */
        String opening(Label l) {
            String rest = Inline.plain(l.rest()).strip();
            return rest.isEmpty() ? Inline.plain(below).strip() : rest;
        }
    }

    /**
     * @param knownPerson the corpus-wide id of a name, when the edition already knows the person
     */
    public static Dialogue read(List<Block> blocks, Explanation explain, Function<String, Optional<String>> knownPerson) {
        return read(blocks, explain, knownPerson, i -> null);
    }

    /**
     * @param claimed for a block another convention has already read as one of its parts (a note's definition, a
     *                letter's heading, dateline, salutation, closing or signature), what it is; null for other blocks. Such a block is
     *                no speech, and its label-shaped start ({@code Weimar, den 3. März.}, {@code HARRIMAN}) is no
     *                evidence of dialogue.
     */
    public static Dialogue read(List<Block> blocks, Explanation explain, Function<String, Optional<String>> knownPerson,
                                IntFunction<String> claimed) {
        Optional<CastList> cast = CastList.find(blocks);
        cast.ifPresent(c -> explain.decided(blocks.get(c.title()).line(), "speech",
                (c.drama() ? "cast list" : "participants list") + " with " + c.members().size() + " names: "
                        + String.join(", ", c.members().stream().map(CastList.Member::name).toList())));
        List<Unit> units = units(blocks, cast, claimed, explain);
        if (units.isEmpty()) return none();

        Map<String, Integer> frequency = new HashMap<>();
        for (Unit u : units) {
            Set<String> keys = new LinkedHashSet<>();
            for (Label l : u.readings()) keys.add(SpeakerNames.parts(l.name()).key());
            for (String k : keys) frequency.merge(k, 1, Integer::sum);
        }
        Map<Unit, Label> chosen = new LinkedHashMap<>();
        for (Unit u : units) chosen.put(u, choose(u.readings(), frequency));

        int paragraphs = countParagraphs(blocks);
        Map<Label.Form, List<Unit>> byForm = new EnumMap<>(Label.Form.class);
        for (Map.Entry<Unit, Label> e : chosen.entrySet()) byForm.computeIfAbsent(e.getValue().form(), f -> new ArrayList<>()).add(e.getKey());

        byForm.entrySet().removeIf(e -> {
            List<Unit> us = e.getValue();
            if (!FieldRounds.fixedRound(us.stream().map(u -> SpeakerNames.parts(chosen.get(u).name()).key()).toList())) return false;
            explain.decided(us.get(0).line(), "speech", "not dialogue: " + us.size() + " " + describe(e.getKey())
                    + " labels come round in one order, each once a round (a record's fields)" + rejectedExamples(us, chosen));
            return true;
        });
        Set<String> cues = CapitalCues.of(List.copyOf(chosen.values()), n -> SpeakerNames.parts(n).key(), cast);
        if (!cues.isEmpty()) {
            for (List<Unit> us : byForm.values()) {
                us.removeIf(u -> {
                    boolean cue = cues.contains(SpeakerNames.parts(chosen.get(u).name()).key());
                    if (cue) explain.decided(u.line(), "speech", "'" + chosen.get(u).name() + "' is no speaker: its every cue is"
                            + " typed in capitals, the speakers' in ordinary case (a sound or studio cue)");
                    return cue;
                });
            }
            byForm.values().removeIf(List::isEmpty);
        }
        for (Map.Entry<Label.Form, List<Unit>> e : byForm.entrySet()) {
            if (e.getKey() != Label.Form.COLON && e.getKey() != Label.Form.CAPS_COLON) continue;
            List<Unit> us = e.getValue();
            List<Integer> fields = SmallLetterValues.fields(us.stream().map(u -> u.opening(chosen.get(u))).toList());
            for (int i = fields.size() - 1; i >= 0; i--) {
                Unit u = us.remove((int) fields.get(i));
                explain.decided(u.line(), "speech", "'" + chosen.get(u).name() + "' is no speaker: the words after its colon"
                        + " run on in small letters, where the record's speeches open on a capital (a field of its head)");
                chosen.remove(u);                                // nor taken later as the same name in another form
            }
        }
        byForm.values().removeIf(List::isEmpty);
        List<Unit> accepted = new ArrayList<>();
        List<String> acceptedNames = new ArrayList<>();
        Set<Integer> ends = new java.util.HashSet<>();
        for (Map.Entry<Label.Form, List<Unit>> e : byForm.entrySet()) {
            List<Unit> us = e.getValue();
            Evidence ev = Evidence.of(us, chosen, blocks, cast, paragraphs);
            Unit first = us.get(0);
            if (ev.castHits < 2 && UnansweredLabels.standAlone(us.stream().map(Unit::block).toList(),
                    us.stream().map(chosen::get).toList(), blocks)) {
                explain.decided(first.line(), "speech", "not dialogue: " + us.size() + " " + describe(e.getKey())
                        + " label-shaped starts each head a short block that no label answers, before or after"
                        + " (a letter's fields, address or salutation)" + rejectedExamples(us, chosen));
                continue;
            }
            String verdict = ev.verdict(e.getKey());
            if (verdict == null) {
                explain.decided(first.line(), "speech", "not dialogue: " + us.size() + " " + describe(e.getKey())
                        + " label-shaped starts (" + ev.summary() + ")" + rejectedExamples(us, chosen));
                continue;
            }
            explain.decided(first.line(), "speech", "dialogue: " + describe(e.getKey()) + " labels, " + verdict);
            if (ev.exchange(e.getKey()) && (cast.isEmpty() || !cast.get().drama())) ends.add(us.get(us.size() - 1).block());
            for (Unit u : us) {
                Label l = chosen.get(u);
                String key = SpeakerNames.parts(l.name()).key();
                // a name printed in full once and cut short after ("GILES HOBSON.", then "HOB.") comes back
                boolean repeated = ev.counts.getOrDefault(key, 0) >= 2 || us.stream().anyMatch(o -> o.block() > u.block()
                        && ev.counts.getOrDefault(SpeakerNames.parts(chosen.get(o).name()).key(), 0) >= 2
                        && (SpeakerNames.abbreviationOf(chosen.get(o).name(), l.name())
                        // "JANE MARSH, CORRESPONDENT" once, then "MARSH" at every turn: a broadcast names and places a voice once
                        || SpeakerNames.hasRole(l.name()) && SpeakerNames.samePerson(chosen.get(o).name(), l.name())));
                boolean inCast = cast.flatMap(c -> c.member(l.name())).isPresent();
                boolean inRegion = u.block() >= ev.regionStart && u.block() <= ev.regionEnd;
                // "BOTH.", "ALL.": the speakers of the scene at once, however seldom a play prints it
                boolean together = COLLECTIVE.contains(SpeakerNames.parts(l.name()).key()) && u.block() >= ev.regionStart;
                if (repeated || inCast || together || inRegion && (cast.isEmpty() || !cast.get().drama())) {
                    accepted.add(u);
                    acceptedNames.add(l.name());
                } else {
                    explain.decided(u.line(), "speech", "'" + l.name() + "' not taken as a speaker: it appears once, "
                            + (inRegion ? "and the cast list does not name it" : "outside the dialogue"));
                }
            }
        }
        pooled(byForm, accepted, acceptedNames, chosen, blocks, cast, paragraphs, explain);
        // a transcriber who changes style halfway: a start of another form naming a speaker already found
        for (Map.Entry<Unit, Label> e : chosen.entrySet()) {
            if (accepted.contains(e.getKey())) continue;
            Label l = e.getValue();
            if (l.form() == Label.Form.STOP || l.form() == Label.Form.ITALIC) continue;   // the prose look-alikes
            for (String n : acceptedNames) {
                if (SpeakerNames.parts(n).key().equals(SpeakerNames.parts(l.name()).key())) {
                    accepted.add(e.getKey());
                    explain.decided(e.getKey().line(), "speech", "'" + l.name() + "' (" + describe(l.form())
                            + ") taken as a speaker: the same name labels turns in another form");
                    break;
                }
            }
        }
        colonsBetween(chosen, accepted, acceptedNames, explain);
        if (accepted.isEmpty()) return new Dialogue(Map.of(), List.of(), cast);
        accepted.sort((a, b) -> a.block() != b.block() ? Integer.compare(a.block(), b.block()) : Integer.compare(a.offset(), b.offset()));
        explainLabelParts(accepted, chosen, explain);
        RoleNames offices = RoleNames.read(blocks, accepted.get(0).block(), LineNumbers.printed(blocks));
        if (!offices.isEmpty()) explain.decided(0, "speech", "offices the record names: " + offices.describe());
        Set<Integer> speech = new java.util.HashSet<>();
        for (Unit u : accepted) speech.add(u.block());
        Dialogue d = assemble(accepted, chosen, cast, offices, FullNames.in(blocks, speech), explain, knownPerson);
        d.exchangeEnds = Set.copyOf(ends);
        // a chat log, a table, or a record that times every turn keeps one row a line
        long recordRows = accepted.stream().filter(u -> chosen.get(u).form() == Label.Form.CHAT || chosen.get(u).form() == Label.Form.COLUMN
                || !chosen.get(u).time().isEmpty()).count();
        d.rows = OwnRows.find(blocks, speech, d.turns::containsKey, recordRows * 2 > accepted.size(), explain);
        return d;
    }

    /**
     * A play that prints its labels in several styles (bold in one act, plain in the next; {@code NAME.} with a
     * {@code NAME:} here and there), none of which shows enough on its own: the label-like forms' starts that no
     * form's evidence took are weighed together, as one form needing the density of the weak ones. Ordinary
     * sentence starts ({@code Name.}) are never pooled: they are the look-alikes of prose.
     */
    private static void pooled(Map<Label.Form, List<Unit>> byForm, List<Unit> accepted, List<String> acceptedNames,
                               Map<Unit, Label> chosen, List<Block> blocks, Optional<CastList> cast, int paragraphs,
                               Explanation explain) {
        List<Unit> rest = new ArrayList<>();
        Set<Label.Form> forms = new LinkedHashSet<>();
        for (Map.Entry<Label.Form, List<Unit>> e : byForm.entrySet()) {
            if (e.getKey() == Label.Form.STOP) continue;
            for (Unit u : e.getValue()) {
                if (accepted.contains(u)) continue;
                rest.add(u);
                forms.add(e.getKey());
            }
        }
        if (forms.size() < 2) return;
        rest.sort((a, b) -> a.block() != b.block() ? Integer.compare(a.block(), b.block()) : Integer.compare(a.offset(), b.offset()));
        Evidence ev = Evidence.of(rest, chosen, blocks, cast, paragraphs);
        String verdict = ev.verdict(Label.Form.CAPS_STOP);
        if (verdict == null) return;
        explain.decided(rest.get(0).line(), "speech", "dialogue: labels of " + forms.size() + " styles together ("
                + String.join(", ", forms.stream().map(Dialogue::describe).toList()) + "), " + verdict);
        for (Unit u : rest) {
            Label l = chosen.get(u);
            boolean repeated = ev.counts.getOrDefault(SpeakerNames.parts(l.name()).key(), 0) >= 2;
            // once, among the pooled labels' alternation, as a single form takes it (a prisoner's one reply)
            boolean inRegion = u.block() >= ev.regionStart && u.block() <= ev.regionEnd && (cast.isEmpty() || !cast.get().drama());
            if (repeated || inRegion || cast.flatMap(c -> c.member(l.name())).isPresent()) {
                accepted.add(u);
                acceptedNames.add(l.name());
            }
        }
    }

    /**
     * A record that closes its labels with a colon, whatever their case ({@code The MAYOR:} and {@code A MEMBER:}): a
     * start in the other case of the colon form, between the accepted turns, is a turn too, though its own form
     * shows too little alone. Only among the turns: a colon start before or after them is the record's field or heading.
     */
    private static void colonsBetween(Map<Unit, Label> chosen, List<Unit> accepted, List<String> acceptedNames, Explanation explain) {
        Set<Label.Form> colons = Set.of(Label.Form.COLON, Label.Form.CAPS_COLON);
        List<Unit> colonTurns = accepted.stream().filter(u -> colons.contains(chosen.get(u).form())).toList();
        if (colonTurns.size() < 4) return;
        int first = colonTurns.stream().mapToInt(Unit::block).min().orElseThrow();
        int last = colonTurns.stream().mapToInt(Unit::block).max().orElseThrow();
        for (Map.Entry<Unit, Label> e : chosen.entrySet()) {
            Unit u = e.getKey();
            if (accepted.contains(u) || !colons.contains(e.getValue().form()) || u.block() <= first || u.block() >= last) continue;
            boolean otherCase = colonTurns.stream().anyMatch(t -> chosen.get(t).form() != e.getValue().form());
            if (!otherCase) continue;
            accepted.add(u);
            acceptedNames.add(e.getValue().name());
            explain.decided(u.line(), "speech", "'" + e.getValue().name() + "' taken as a speaker: a colon label among the record's"
                    + " colon-labelled turns, printed in the other case");
        }
    }

    /** For --explain: the timestamps kept before the labels, and the labels that identify their person in parentheses. */
    private static void explainLabelParts(List<Unit> accepted, Map<Unit, Label> chosen, Explanation explain) {
        long timed = accepted.stream().filter(u -> !chosen.get(u).time().isEmpty()).count();
        if (timed > 0) explain.decided(accepted.get(0).line(), "speech", timed + " turns open with the recording's time or the line's number, kept before the speaker as furniture");
        long spaced = accepted.stream().filter(u -> chosen.get(u).form() == Label.Form.SPACED).count();
        if (spaced > 0) explain.decided(accepted.get(0).line(), "speech", spaced + " labels printed letter-spaced, read as the names they spell");
        Set<String> said = new LinkedHashSet<>();
        for (Unit u : accepted) {
            String name = chosen.get(u).name(), person = SpeakerNames.person(name);
            if (!person.equals(name) && said.add(name)) {
                explain.decided(u.line(), "speech", "'" + name + "': the parentheses are part of the label; the person is " + person);
            }
        }
    }

    private static String rejectedExamples(List<Unit> us, Map<Unit, Label> chosen) {
        List<String> names = us.stream().map(u -> "'" + chosen.get(u).name() + "' (line " + u.line() + ")").distinct().limit(4).toList();
        return names.isEmpty() ? "" : ": " + String.join(", ", names);
    }

    private static String describe(Label.Form f) {
        return switch (f) {
            case CAPS_STOP -> "'NAME.'";
            case CAPS_COLON -> "'NAME:'";
            case STOP -> "'Name.'";
            case COLON -> "'Name:'";
            case BOLD -> "bold";
            case ITALIC -> "italic";
            case UNDERLINE -> "underlined";
            case DASH -> "'NAME —'";
            case OWN_LINE -> "own-line";
            case CHAT -> "chat '<nick>'";
            case SMALL_CAPS -> "small-caps";
            case COLUMN -> "source-column";
            case SPACED -> "letter-spaced";
        };
    }

    /** Each paragraph's line starts with their readings as labels (fields, salutations and numerals left out). */
    private static List<Unit> units(List<Block> blocks, Optional<CastList> cast, IntFunction<String> claimed, Explanation explain) {
        List<Unit> out = new ArrayList<>();
        boolean numbered = LineNumbers.printed(blocks);
        if (numbered) explain.decided(1, "speech", "the lines are numbered in one run (counting up, starting again at 1): the numbers are layout, labels are read after them");
        List<List<List<Label>>> shapesOf = labelShapes(blocks, numbered);
        Set<String> letterVoices = letterVoices(shapesOf);
        if (!letterVoices.isEmpty()) explain.decided(1, "speech", "single letters " + String.join(", ", letterVoices)
                + " label voices: they repeat and alternate, not in an outline's order (A, B, C)");
        for (int i = 0; i < blocks.size(); i++) {
            Block b = blocks.get(i);
            if (b.kind() != Block.Kind.PARAGRAPH) continue;
            if (cast.isPresent() && i >= cast.get().title() && i < cast.get().end()) continue;
            List<Integer> offsets = b.lineOffsets();
            List<List<Inline>> lines = b.lines();
            String part = claimed.apply(i);
            if (part != null) {
                List<Label> shaped = lines.isEmpty() ? List.of() : shapesOf.get(i).get(0);
                if (!shaped.isEmpty()) explain.decided(b.line(), "speech", "'" + shaped.get(0).name() + "' is no speaker: the line is " + part);
                continue;
            }
            if (Legend.isKey(lines)) {
                explain.decided(b.line(), "speech", "no speech in the block: it is a key to the transcript's codes (a title, then each term once with its meaning)");
                continue;
            }
            // a label that is the whole paragraph speaks in the paragraph below ("MARGIT", blank line, the speech)
            boolean speechBelow = b.lines().size() == 1 && i + 1 < blocks.size() && blocks.get(i + 1).kind() == Block.Kind.PARAGRAPH;
            // ... unless that paragraph is another convention's ("HARRIMAN" over the next telegram's heading or a note)
            String claimedBelow = speechBelow ? claimed.apply(i + 1) : null;
            if (claimedBelow != null) speechBelow = false;
            // a paragraph whose first label-shaped line is a field ("Date: …", then "Moderator: K. Adeyemi.") is a header
            boolean header = false, labelAbove = false;
            for (int k = 0; k < lines.size() && k < offsets.size(); k++) {
                List<Label> shapes = shapesOf.get(i).get(k);
                if (!labelAbove && !shapes.isEmpty()) header = shapes.stream().anyMatch(l -> FieldLabels.isField(l.name()));
                boolean fieldsAbove = header && labelAbove;
                labelAbove |= !shapes.isEmpty();
                if (fieldsAbove && !shapes.isEmpty() && shapes.stream().noneMatch(l -> FieldLabels.isField(l.name()))) {
                    explain.decided(b.line() + k, "speech", "'" + shapes.get(0).name() + "' is no speaker: the line is one of a header's fields, below '"
                            + Inline.plain(lines.get(0)).strip().split(":", 2)[0] + "'");
                    continue;
                }
                boolean moreLines = k + 1 < lines.size() || speechBelow;
                List<Inline> below = k + 1 < lines.size() ? lines.get(k + 1) : speechBelow && !blocks.get(i + 1).lines().isEmpty()
                        ? blocks.get(i + 1).lines().get(0) : List.of();
                List<Label> readings = new ArrayList<>();
                for (Label l : shapes) {
                    String start = LabelStarts.whyNot(l);
                    if (start != null) {
                        explain.decided(b.line() + k, "speech", start);
                        continue;
                    }
                    String whyNot = FieldLabels.whyNot(l.name());
                    if (whyNot != null && letterVoices.contains(l.name().strip().toUpperCase(Locale.ROOT))) whyNot = null;
                    if (whyNot != null && !initialsOfParticipant(l.name(), cast)) continue;
                    if (whyNot != null) explain.decided(b.line() + k, "speech", "'" + l.name() + "' read as a participant's initials, though " + whyNot);
                    if (l.form() == Label.Form.COLUMN && BRACKETED.matcher(Inline.plain(l.rest()).strip()).matches()) {
                        explain.decided(b.line() + k, "speech", "'" + l.name() + "' row holds only a sound in brackets: no speech");
                        continue;
                    }
                    if (!hasWords(l.rest()) && !moreLines) {                // a label needs a speech
                        if (claimedBelow != null) explain.decided(b.line(), "speech", "'" + l.name() + "' is no speaker: the paragraph below is " + claimedBelow);
                        continue;
                    }
                    String layout = LabelLayout.whyNot(l, lines.get(k), k > 0 ? lines.get(k - 1) : null, below,
                            cast.flatMap(c -> c.member(l.name())).isPresent());
                    if (layout != null) {
                        explain.decided(b.line() + k, "speech", "'" + l.name() + "' is no speaker: " + layout);
                        continue;
                    }
                    readings.add(l);
                }
                if (!readings.isEmpty()) out.add(new Unit(i, offsets.get(k), b.line() + k, readings, below));
            }
        }
        return out;
    }

    /** Each paragraph line's readings as a label, by block and line (none for other blocks): read once, used twice. */
    private static List<List<List<Label>>> labelShapes(List<Block> blocks, boolean numbered) {
        List<List<List<Label>>> out = new ArrayList<>();
        for (Block b : blocks) {
            List<List<Label>> lines = new ArrayList<>();
            if (b.kind() == Block.Kind.PARAGRAPH) for (List<Inline> line : b.lines()) lines.add(Labels.at(line, numbered));
            out.add(lines);
        }
        return out;
    }

    /** The single letters that label voices, from the first label-shaped start of every paragraph line ({@link LetterVoices}). */
    private static Set<String> letterVoices(List<List<List<Label>>> shapesOf) {
        List<String> names = new ArrayList<>();
        for (List<List<Label>> lines : shapesOf) {
            for (List<Label> shapes : lines) if (!shapes.isEmpty()) names.add(shapes.get(0).name());
        }
        return LetterVoices.in(names);
    }

    /** {@code RE:} for Rose Ebbing: initials of a listed participant label turns, even where they spell a field word. */
    private static boolean initialsOfParticipant(String name, Optional<CastList> cast) {
        return cast.isPresent() && cast.get().members().stream().anyMatch(m -> SpeakerNames.initialsOf(name, m.name()));
    }

    private static boolean hasWords(List<Inline> in) {
        return Inline.plain(in).chars().anyMatch(Character::isLetterOrDigit);
    }

    /** The reading whose name the document uses most; a bare title ({@code MR}) only when nothing else. */
    private static Label choose(List<Label> readings, Map<String, Integer> frequency) {
        Label best = null;
        int bestScore = -1;
        for (Label l : readings) {
            boolean bare = SpeakerNames.isTitleOnly(l.name()) && readings.size() > 1;
            int score = bare ? 0 : frequency.getOrDefault(SpeakerNames.parts(l.name()).key(), 0) * 100 + Math.min(99, l.name().length());
            if (score > bestScore) {
                best = l;
                bestScore = score;
            }
        }
        return best;
    }

    private static int countParagraphs(List<Block> blocks) {
        int n = 0;
        for (Block b : blocks) if (b.kind() == Block.Kind.PARAGRAPH) n += Math.max(1, b.lines().size());
        return n;
    }

    /** What one form's starts show: how often each name comes, how they alternate, how dense they stand. */
    private static final class Evidence {
        final Map<String, Integer> counts = new HashMap<>();
        int alternations, castHits, regionStart = Integer.MAX_VALUE, regionEnd = -1;
        double density;
        int n;

        static Evidence of(List<Unit> us, Map<Unit, Label> chosen, List<Block> blocks, Optional<CastList> cast, int paragraphs) {
            Evidence ev = new Evidence();
            ev.n = us.size();
            String previous = null;
            Set<String> inCast = new LinkedHashSet<>();
            for (Unit u : us) {
                Label l = chosen.get(u);
                String key = SpeakerNames.parts(l.name()).key();
                ev.counts.merge(key, 1, Integer::sum);
                if (previous != null && !previous.equals(key)) ev.alternations++;
                previous = key;
                cast.flatMap(c -> c.member(l.name())).ifPresent(m -> inCast.add(m.name()));
            }
            ev.castHits = inCast.size();
            ev.countVariantsTogether(us, chosen);
            for (Unit u : us) {
                if (ev.counts.get(SpeakerNames.parts(chosen.get(u).name()).key()) >= 2) {
                    ev.regionStart = Math.min(ev.regionStart, u.block());
                    ev.regionEnd = Math.max(ev.regionEnd, u.block());
                }
            }
            // a paragraph counts once, unless it holds several turns one a line: then each line counts (a hard-wrapped
            // speech of a hundred lines is one paragraph, a block of "A: …" lines is many)
            Map<Integer, Integer> perBlock = new HashMap<>();
            for (Unit u : us) perBlock.merge(u.block(), 1, Integer::sum);
            int span = 0;
            if (ev.regionEnd >= 0) {
                for (int i = ev.regionStart; i <= ev.regionEnd; i++) {
                    Block b = blocks.get(i);
                    if (b.kind() == Block.Kind.PARAGRAPH) span += perBlock.getOrDefault(i, 0) > 1 ? Math.max(1, b.lines().size()) : 1;
                }
            }
            ev.density = span == 0 ? 0 : (double) us.stream().filter(u -> u.block() >= ev.regionStart && u.block() <= ev.regionEnd).count() / span;
            return ev;
        }

        /**
         * A titled name printed in full once and short after ({@code Mr. Gordon Pike (Leader of the Opposition)}, then
         * {@code Mr. Pike}) is one speaker coming back: each form counts the turns of both, when it varies only the one.
         */
        void countVariantsTogether(List<Unit> us, Map<Unit, Label> chosen) {
            Map<String, String> printed = new LinkedHashMap<>();
            for (Unit u : us) printed.putIfAbsent(SpeakerNames.parts(chosen.get(u).name()).key(), chosen.get(u).name());
            Map<String, Integer> merged = new HashMap<>(counts);
            for (Map.Entry<String, String> a : printed.entrySet()) {
                if (!SpeakerNames.hasTitle(a.getValue())) continue;
                List<String> variants = printed.entrySet().stream().filter(b -> !b.getKey().equals(a.getKey())
                        && SpeakerNames.hasTitle(b.getValue()) && SpeakerNames.samePerson(a.getValue(), b.getValue())).map(Map.Entry::getKey).toList();
                if (variants.size() == 1) merged.merge(a.getKey(), counts.get(variants.get(0)), Integer::sum);
            }
            counts.putAll(merged);
        }

        int repeated() {
            return (int) counts.values().stream().filter(c -> c >= 2).count();
        }

        int repeatedTurns() {
            return counts.values().stream().filter(c -> c >= 2).mapToInt(Integer::intValue).sum();
        }

        String summary() {
            return counts.size() + " names, " + repeated() + " repeated, " + alternations + " changes of speaker, density "
                    + String.format("%.2f", density) + (castHits > 0 ? ", " + castHits + " in the cast list" : "");
        }

        /** Too few names come back for dialogue, but every paragraph of the stretch is a turn: a verbatim exchange. */
        boolean exchange(Label.Form form) {
            return !form.weak() && form != Label.Form.STOP && n >= 4 && repeated() >= 1 && repeated() < 2 && alternations == n - 1 && density >= 1.0;
        }

        /** Why this form is dialogue, or null when the evidence is not enough. */
        String verdict(Label.Form form) {
            if (castHits >= 2 && n >= 2) return castHits + " names of the cast list speak (" + summary() + ")";
            // an exchange recorded verbatim in a record (minutes, a report): a stretch of paragraphs that all open with
            // a label of a strong form, the speaker changing at each and one coming back
            if (exchange(form)) {
                return "every paragraph of the stretch opens with a label and the speaker changes at each (" + summary() + ")";
            }
            boolean enough = repeated() >= 2 && alternations >= 2;
            if (!enough) return null;
            // "Q." and "A." taking turns: a record of examination, however long the answers and the colloquy between them
            if (counts.keySet().equals(Set.of("q", "a")) && alternations >= 3) return "questions and answers alternate (" + summary() + ")";
            double needed = switch (form) {
                case STOP -> 0.5;
                case CAPS_STOP, ITALIC, DASH, OWN_LINE -> 0.25;
                default -> 0.1;
            };
            // three or more speakers, two of them coming back, taking turns often: a play or a hearing, even where one
            // long speech thins the labels out
            if (counts.size() >= 3 && repeated() >= 2 && alternations >= 4) needed /= 2;
            if (density < needed) return null;
            if (form == Label.Form.STOP && repeatedTurns() * 2 < n) return null;
            return "names repeat and alternate (" + summary() + ")";
        }
    }

    /**
     * Speakers from the accepted labels: one per person, ids from the edition or from the fullest name. A label the
     * cast list resolves, or an office the record names a person for ({@link RoleNames}), joins that person; other
     * labels join the one speaker whose name they vary ({@link SpeakerNames#samePerson}).
     */
    private static Dialogue assemble(List<Unit> accepted, Map<Unit, Label> chosen, Optional<CastList> cast, RoleNames offices,
                                     FullNames printed, Explanation explain, Function<String, Optional<String>> knownPerson) {
        List<List<String>> groups = new ArrayList<>();
        List<String> roles = new ArrayList<>();
        List<String> anchors = new ArrayList<>();
        int[] groupOf = new int[accepted.size()];
        Map<String, Integer> lastTurn = new LinkedHashMap<>();
        for (int idx = 0; idx < accepted.size(); idx++) lastTurn.put(chosen.get(accepted.get(idx)).name(), idx);
        for (int idx = 0; idx < accepted.size(); idx++) {
            Unit u = accepted.get(idx);
            String name = chosen.get(u).name();
            Optional<CastList.Member> member = cast.flatMap(c -> castMember(c, name));
            // an office's person as the cast names them in full ("BY MR. HOLT:" and "For the Plaintiff: Mr. Samuel Holt")
            Optional<String> person = member.map(CastList.Member::name).or(() -> offices.nameFor(name, u.block())
                    .map(n -> cast.flatMap(c -> c.member(n)).map(CastList.Member::name).orElse(n)));
            int home = -1;
            if (person.isPresent()) {
                home = anchors.indexOf(person.get());
                if (home < 0) {
                    for (int g = 0; g < groups.size() && home < 0; g++) {
                        // a group of labels that already names this person ("SENATOR LINDQVIST", then "THE CHAIRMAN")
                        if (anchors.get(g) == null && groups.get(g).stream().anyMatch(n -> SpeakerNames.samePerson(n, person.get()))
                                && groups.get(g).stream().noneMatch(n -> RoleNames.office(n) != null)) home = g;
                    }
                    if (home >= 0) {
                        anchors.set(home, person.get());
                        groups.get(home).add(0, person.get());
                    } else {
                        home = newGroup(groups, roles, anchors, person.get(), member.map(CastList.Member::role).orElse(""));
                    }
                }
                if (member.isEmpty() && !groups.get(home).contains(name)) {
                    explain.decided(u.line(), "speech", "'" + name + "' is " + person.get() + ", as the record names them");
                }
            } else {
                int matches = 0;
                for (int g = 0; g < groups.size(); g++) {
                    List<String> forms = groups.get(g);
                    if (forms.contains(name) || forms.stream().anyMatch(n -> SpeakerNames.samePerson(n, name))) {
                        matches++;
                        if (home < 0 || forms.contains(name)) home = g;
                    }
                }
                if (home < 0) home = abbreviated(groups, name, u, explain);
                if (home < 0 && matches == 0) home = initialAfter(groups, name, idx, lastTurn, u, explain);
                if (home < 0 || matches > 1 && !groups.get(home).contains(name)) home = newGroup(groups, roles, anchors, null, "");
            }
            if (!groups.get(home).contains(name)) groups.get(home).add(name);
            groupOf[idx] = home;
        }
        namePrinted(groups, anchors, printed, explain);
        Set<String> taken = new LinkedHashSet<>();
        List<String> ids = new ArrayList<>();
        List<Speaker> speakers = new ArrayList<>();
        for (int g = 0; g < groups.size(); g++) {
            List<String> forms = groups.get(g);
            String fullest = fullest(forms);
            String id = forms.stream().map(knownPerson).flatMap(Optional::stream).findFirst().orElse(SpeakerNames.id(SpeakerNames.person(fullest)));
            String unique = id;
            for (int k = 2; taken.contains(unique); k++) unique = id + "-" + k;
            taken.add(unique);
            ids.add(unique);
            List<String> ordered = new ArrayList<>(forms);
            ordered.remove(fullest);
            ordered.add(0, fullest);
            speakers.add(new Speaker(unique, ordered, roles.get(g)));
            if (forms.size() > 1) {
                explain.decided(0, "speech", "one speaker '" + unique + "' for " + String.join(", ", forms.stream().map(f -> "'" + f + "'").toList()));
            }
        }
        Map<Long, Turn> turns = new LinkedHashMap<>();
        for (int idx = 0; idx < accepted.size(); idx++) {
            Unit u = accepted.get(idx);
            turns.put(key(u.block(), u.offset()), new Turn(u.block(), u.offset(), u.line(), chosen.get(u), ids.get(groupOf[idx])));
        }
        return new Dialogue(turns, speakers, cast);
    }

    /**
     * A speaker no cast list or office names, labelled by initials ({@code JR}) or by title and surname ({@code Mr.
     * VANCE}), takes the one full name outside the speeches that fits ({@link FullNames}), when no other speaker takes it.
     */
    private static void namePrinted(List<List<String>> groups, List<String> anchors, FullNames printed, Explanation explain) {
        List<String> found = new ArrayList<>();
        for (int g = 0; g < groups.size(); g++) {
            String name = null;
            if (anchors.get(g) == null) {
                for (String form : groups.get(g)) {
                    Optional<String> n = printed.forLabel(form);
                    if (n.isPresent() && (name == null || name.equals(n.get()))) name = n.get();
                    else if (n.isPresent()) { name = null; break; }
                }
            }
            found.add(name);
        }
        for (int g = 0; g < groups.size(); g++) {
            String name = found.get(g);
            if (name == null || java.util.Collections.frequency(found, name) > 1) continue;
            explain.decided(0, "speech", "'" + groups.get(g).get(0) + "' is " + name + ", as the text outside the speeches names them");
            anchors.set(g, name);
            groups.get(g).add(0, name);
        }
    }

    /**
     * The one speaker already found whose name the label cuts short ({@code HOB.} after {@code GILES HOBSON.}): a play
     * prints the name in full at the first speech and abbreviated after. -1 when none or several.
     */
    private static int abbreviated(List<List<String>> groups, String name, Unit u, Explanation explain) {
        int found = -1;
        for (int g = 0; g < groups.size(); g++) {
            if (groups.get(g).stream().anyMatch(f -> SpeakerNames.abbreviationOf(name, f))) {
                if (found >= 0) return -1;
                found = g;
            }
        }
        if (found >= 0) explain.decided(u.line(), "speech", "'" + name + "' is '" + groups.get(found).get(0) + "' cut short, printed in full before");
        return found;
    }

    /**
     * The one speaker whose one-word label the label gives as its initial, once that label is done with: an interview
     * labelled {@code FRAGE:}/{@code ANTWORT:} that goes on, after a tape change, as {@code F:}/{@code A:}. The short
     * label's first turn comes after the long one's last, so the two never stand side by side as two speakers would.
     */
    private static int initialAfter(List<List<String>> groups, String name, int turn, Map<String, Integer> lastTurn, Unit u, Explanation explain) {
        String l = name.strip();
        if (l.length() != 1 || !Character.isLetter(l.charAt(0))) return -1;
        int found = -1;
        String full = null;
        for (int g = 0; g < groups.size(); g++) {
            for (String f : groups.get(g)) {
                Integer last = lastTurn.get(f);
                if (last == null || f.length() < 3 || f.strip().contains(" ") || !f.toUpperCase(Locale.ROOT).startsWith(l.toUpperCase(Locale.ROOT))) continue;
                if (last >= turn || found >= 0 && found != g) return -1;
                found = g;
                full = f;
            }
        }
        if (found >= 0) explain.decided(u.line(), "speech", "'" + name + "' is '" + full + "' by its initial: it takes over where '" + full + "' stops");
        return found;
    }

    private static int newGroup(List<List<String>> groups, List<String> roles, List<String> anchors, String person, String role) {
        List<String> forms = new ArrayList<>();
        if (person != null) forms.add(person);
        groups.add(forms);
        roles.add(role);
        anchors.add(person);
        return groups.size() - 1;
    }

    /** The cast member a label names; {@code Q} and {@code A} are the members whose roles ask and answer. */
    private static Optional<CastList.Member> castMember(CastList c, String label) {
        String l = label.strip();
        if (QUESTION_LABELS.contains(SpeakerNames.words(l).toString())) return c.byRole(ASKS);
        if (ANSWER_LABELS.contains(SpeakerNames.words(l).toString())) return c.byRole(ANSWERS);
        return c.member(label).or(() -> c.byRoleName(label));
    }

    /** The form with the most words, unabbreviated preferred: {@code Frau von Ahlden} over {@code Fr. v. Ahlden}. */
    private static String fullest(List<String> forms) {
        String best = forms.get(0);
        for (String f : forms) {
            int w = SpeakerNames.words(f).size(), bw = SpeakerNames.words(best).size();
            if (w > bw || w == bw && f.replace(".", "").length() > best.replace(".", "").length()) best = f;
        }
        return best;
    }
}
