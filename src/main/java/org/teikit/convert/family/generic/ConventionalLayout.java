package org.teikit.convert.family.generic;

import org.teikit.convert.layout.Correspondence;
import org.teikit.convert.layout.BlockWriter;
import nu.xom.Element;
import org.teikit.convert.TeiBuilder;
import org.teikit.convert.apparatus.Footnotes;
import org.teikit.convert.apparatus.InlineEncoder;
import org.teikit.convert.conventions.Explanation;
import org.teikit.convert.conventions.letters.LetterParts;
import org.teikit.convert.conventions.letters.Letters;
import org.teikit.convert.conventions.notes.NotePlan;
import org.teikit.convert.conventions.speech.CastList;
import org.teikit.convert.conventions.speech.InlineStages;
import org.teikit.convert.conventions.speech.PrintedDirections;
import org.teikit.convert.conventions.speech.Dialogue;
import org.teikit.convert.conventions.speech.PlayDivisions;
import org.teikit.convert.conventions.speech.RecordLines;
import org.teikit.convert.conventions.speech.Label;
import org.teikit.convert.conventions.speech.Labels;
import org.teikit.source.Block;
import org.teikit.source.Inline;
import org.teikit.source.InlineCut;
import org.teikit.source.PageMarks;
import org.teikit.tei.Tei;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Lays a document out with the shared conventions' decisions: acts and scenes as nested divisions, turns as
 * {@code sp} (speaker, stage direction in the label, the speech as paragraphs or verse lines), stage
 * directions between or inside speeches, a printed cast list as {@code castList}, letters as divisions with
 * opener, closer and {@code correspDesc}, note definitions placed at their references. What no convention
 * claims is laid out the generic way ({@link BlockWriter}).
 */
final class ConventionalLayout {
    private static final int ACT_LEVEL = 1, SCENE_LEVEL = 2, LETTER_LEVEL = 7;
    private static final int MAX_VERSE_LINE = 60;
    /** "SOUND: Wind.", "MUSIC: A few bars": a radio play's cue, a direction, never a speaker. */
    private static final Pattern CUE = Pattern.compile("^(?:SOUND|MUSIC|SFX|SOUND EFFECTS?|EFFECTS|NOISE|Sound|Music)\\s*:\\s+\\S");
    /** The words that close a play, an act or a scene, printed alone on their line: a direction, not speech. */
    private static final Pattern CLOSING_DIRECTION = Pattern.compile(
            "(?i)^(?:(?:quick|slow)\\s+)?curtain|black-?out|exeunt(?:\\s+omnes)?|end\\s+of\\s+(?:the\\s+)?(?:play|act|scene)(?:\\s+[\\p{L}\\d]+)?|the\\s+end$");
    /**
     * A script's transition between shots, in capitals alone on its line: {@code CUT TO:}, {@code DISSOLVE TO:}, {@code
     * FADE IN:}, {@code FADE OUT.}: a direction to the camera, no one's speech.
     */
    private static final Pattern TRANSITION = Pattern.compile("^(?:\\p{Lu}+\\s+){1,2}TO:$|^FADE\\s+(?:IN|OUT)(?:\\s+TO\\s+BLACK)?[:.]?$");
    /** "FINIS.", alone on its line: the printer's word for the end of the book, no one's speech and no direction. */
    private static final Pattern FINIS = Pattern.compile("(?i)^finis$");
    /** A direction that opens a speech is short: "(bursting in)", "*covering the mouthpiece*". */
    private static final int MAX_OPENING_STAGE = 120;

    private final List<Block> blocks;
    private final TeiBuilder tei;
    private final BlockWriter writer;
    private final InlineEncoder inline;
    private final Footnotes notes;
    private final NotePlan plan;
    private final Dialogue dialogue;
    private final List<Letters.Letter> letters;
    private final Explanation explain;
    private final boolean drama;
    private final boolean parenthesisedDirections;
    /** A play whose labels carry their directions in parentheses ("MAUD (alone)."): an italic word opening a speech is emphasis. */
    private final boolean labelDirectionsInParentheses;
    /** In a play with acts or scenes, the block of the first such heading: what stands before it is the title's matter. */
    private final int firstPart;
    private Element turn;
    private int letterCount;

    ConventionalLayout(List<Block> blocks, TeiBuilder tei, BlockWriter writer, InlineEncoder inline, Footnotes notes,
                       NotePlan plan, Dialogue dialogue, List<Letters.Letter> letters, Explanation explain) {
        this.blocks = blocks;
        this.tei = tei;
        this.writer = writer;
        this.inline = inline;
        this.notes = notes;
        this.plan = plan;
        this.dialogue = dialogue;
        this.letters = letters;
        this.explain = explain;
        this.drama = !dialogue.isEmpty() && (dialogue.cast().map(CastList::drama).orElse(false) || hasActsOrScenes());
        this.parenthesisedDirections = drama || !dialogue.isEmpty() && printsParenthesisedDirections();
        this.labelDirectionsInParentheses = drama && labelsHoldParentheses();
        this.firstPart = drama ? firstActOrScene() : -1;
    }

    /** Whether a direction in parentheses stands alone between the speeches or opens one, as a play prints them. */
    private boolean printsParenthesisedDirections() {
        for (int i = 0; i < blocks.size(); i++) {
            Block b = blocks.get(i);
            String p = b.plain().strip();
            if (b.kind() == Block.Kind.PARAGRAPH && p.startsWith("(") && isStage(b.inlines()) && dialogue.turnAt(i, 0).isEmpty()) return true;
        }
        return labelsHoldParentheses();
    }

    private boolean labelsHoldParentheses() {
        for (Dialogue.Turn t : dialogue.turns()) {          // "MARTHA (sharply)."
            String plain = blocks.get(t.block()).plain();
            if (plain.substring(t.offset(), Math.min(plain.length(), t.offset() + t.label().length())).contains("(")) return true;
        }
        return false;
    }

    private int firstActOrScene() {
        for (int i = 0; i < blocks.size(); i++) {
            Block b = blocks.get(i);
            String t = b.plain().strip();
            if ((b.kind() == Block.Kind.HEADING || isStandaloneDivision(b)) && (PlayDivisions.isAct(t) || PlayDivisions.isScene(t))) return i;
        }
        return -1;
    }

    void write() {
        declareSpeakers();
        Optional<CastList> cast = dialogue.cast().filter(CastList::drama);
        int letterIndex = 0;
        for (int i = 0; i < blocks.size(); i++) {
            Block b = blocks.get(i);
            if (cast.isPresent() && i == cast.get().title()) {
                writeCast(cast.get());
                i = cast.get().end() - 1;
                continue;
            }
            if (letterIndex < letters.size() && letters.get(letterIndex).start() == i) {
                i = writeLetter(letters.get(letterIndex++)) - 1;
                continue;
            }
            block(b, i);
        }
    }

    /** One block of running text (outside or inside a letter). */
    private void block(Block b, int i) {
        notes.at(i);
        if (plan.isContinuation(i)) return;                 // a further paragraph of a note: placed with it
        int defs = plan.definitionStart(i);
        if (defs > 0) {                                      // text, then definitions, in one paragraph
            closeTurn();
            writer.addUnlessEmpty(inline.element("p", NotePlan.before(b, defs)));
            writer.write(b, i);
            return;
        }
        if (defs == 0) {
            writer.write(b, i);
            return;
        }
        String text = b.plain().strip();
        if (b.kind() == Block.Kind.HEADING || isStandaloneDivision(b)) {
            if (PlayDivisions.isAct(text) && (b.kind() == Block.Kind.HEADING || drama)) {
                closeTurn();
                writer.division("act", ACT_LEVEL, b.inlines());
                explain.decided(b.line(), "drama", "act: '" + text + "'");
                return;
            }
            if (PlayDivisions.isScene(text) && (b.kind() == Block.Kind.HEADING || drama)) {
                closeTurn();
                writer.division("scene", SCENE_LEVEL, b.inlines());
                explain.decided(b.line(), "drama", "scene: '" + text + "'");
                return;
            }
        }
        if (b.kind() == Block.Kind.HEADING) {
            closeTurn();
            writer.write(b, i);
            return;
        }
        writeText(b, i);
    }

    private static final int DIVISION_LINE = 120;

    /** A paragraph of one line that may head an act or scene: its setting may follow ({@code SCENE I. The parlour of …}). */
    private static boolean isStandaloneDivision(Block b) {
        return b.kind() == Block.Kind.PARAGRAPH && b.lines().size() == 1 && b.plain().strip().length() <= DIVISION_LINE;
    }

    /** Whether nothing but another act's heading follows block {@code i}: the end of the text, or the next act. */
    private boolean closesAct(int i) {
        for (int j = i + 1; j < blocks.size(); j++) {
            Block n = blocks.get(j);
            if (n.plain().isBlank() || n.isBreak()) continue;
            return PlayDivisions.isAct(n.plain().strip());
        }
        return true;
    }

    /** Whether no reading of the paragraph's start is a label closed by a colon ({@code A MEMBER: Agreed.}). */
    private static boolean noColonLabel(Block b) {
        return Labels.at(b.lines().get(0)).stream().noneMatch(l -> l.form() == Label.Form.COLON || l.form() == Label.Form.CAPS_COLON);
    }

    /** A paragraph: turns where the dialogue found labels, stage directions, continuations, or plain text. */
    private void writeText(Block b, int i) {
        if (b.kind() != Block.Kind.PARAGRAPH || dialogue.isEmpty()) {
            if (b.kind() != Block.Kind.PARAGRAPH) closeTurn();
            writer.write(b, i);
            return;
        }
        String whole = b.plain().strip().replaceAll("[.!]$", "");
        if (drama && b.lines().size() <= 1 && dialogue.turnAt(i, 0).isEmpty() && CLOSING_DIRECTION.matcher(whole).matches()) {
            closeTurn();                                     // "CURTAIN", "Curtain.", "END OF ACT I"
            writer.add(stageElement(b.inlines()));
            explain.decided(b.line(), "drama", "'" + b.plain().strip() + "' closes the play or a part of it: a stage direction");
            return;
        }
        if (drama && b.lines().size() <= 1 && dialogue.turnAt(i, 0).isEmpty() && TRANSITION.matcher(b.plain().strip()).matches()) {
            closeTurn();                                     // "CUT TO:": the script's transition, between the scenes' speeches
            writer.add(stageElement(b.inlines()));
            explain.decided(b.line(), "drama", "'" + b.plain().strip() + "' is a script's transition between shots: a stage direction");
            return;
        }
        if (drama && b.lines().size() <= 1 && dialogue.turnAt(i, 0).isEmpty() && PlayDivisions.namesAct(whole) && closesAct(i)) {
            closeTurn();                                     // "Ende des ersten Aufzuges.": the act's closing line, before the next act
            writer.add(inline.element("trailer", b.inlines()));
            explain.decided(b.line(), "drama", "'" + b.plain().strip() + "' names the act it closes (the next act or the end follows): the act's trailer, no part of the speech above");
            return;
        }
        if (drama && b.lines().size() <= 1 && dialogue.turnAt(i, 0).isEmpty() && FINIS.matcher(whole).matches()) {
            closeTurn();
            writer.write(b, i);
            explain.decided(b.line(), "drama", "'" + b.plain().strip() + "' ends the book: the speech above ends before it");
            return;
        }
        if (turn != null && PageMarks.isPageBreak(b)) {      // "-- p. 218 --" between two speeches: the page turns, no words
            turn.appendChild(Tei.el("pb", Tei.at("n", PageMarks.line(b.plain()).orElseThrow())));
            return;
        }
        if (turn != null && !drama && dialogue.turnAt(i, 0).isEmpty() && !b.lines().isEmpty() && !isStage(b.inlines())
                && (RecordLines.isProceeding(b.plain()) && noColonLabel(b) || RecordLines.reportsSpeech(b.plain()))) {
            closeTurn();                                     // "Clause agreed to.", "Mr. LUMB asked whether …": the record's own voice
            writer.write(b, i);
            explain.decided(b.line(), "speech", "'" + b.plain().strip().split("\\s+", 2)[0] + " …' is the record's own line (a proceeding, or speech reported"
                    + " in the third person): the speech above ends before it");
            return;
        }
        if (turn != null && i > 0 && dialogue.endsExchange(i - 1) && dialogue.turnAt(i, 0).isEmpty()) {
            closeTurn();                                     // the record's prose again after an exchange it set down verbatim
            explain.decided(b.line(), "speech", "the exchange recorded verbatim ends above: the record's own text again");
        }
        List<Integer> offsets = b.lineOffsets();
        List<Integer> starts = new ArrayList<>();
        for (int off : offsets) if (dialogue.turnAt(i, off).isPresent() || dialogue.rowAt(i, off).isPresent()) starts.add(off);
        String plain = b.plain();
        int firstStart = starts.isEmpty() ? plain.length() : starts.get(0);
        if (firstStart > 0) {
            List<Inline> before = InlineCut.stripTrailing(InlineCut.before(b.inlines(), firstStart));
            if (Inline.plain(before).isBlank()) {
                // nothing before the first turn
            } else if (isStage(before) && !(turn == null && i < firstPart)) {   // a title page's italics and notes are no directions
                stage(before, i, starts.isEmpty() ? nextStartsTurn(i) : true);
            } else if (turn != null) {
                addToTurn(before, lineStartsWithin(b, 0, firstStart));
            } else {
                writer.write(b.withInlines(before), i);
            }
        }
        for (int k = 0; k < starts.size(); k++) {
            int at = starts.get(k);
            int end = k + 1 < starts.size() ? starts.get(k + 1) : plain.length();
            Optional<Integer> row = dialogue.rowAt(i, at);
            if (row.isPresent()) {                              // a row of its own: a join, a sound, the record's remark
                row(b, i, at, row.get(), end);
                continue;
            }
            Dialogue.Turn t = dialogue.turnAt(i, at).orElseThrow();
            openTurn(t);
            List<Inline> raw = InlineCut.stripTrailing(InlineCut.between(b.inlines(), at + t.label().length(), end));
            List<Inline> content = InlineCut.stripLeading(raw);
            // the label's own styling may close after its stop: "**HANS.** Text" leaves an empty run
            while (!content.isEmpty() && content.get(0).plain().isBlank()) content = InlineCut.stripLeading(content.subList(1, content.size()));
            int stageEnd = leadingStageEnd(content, !labelDirectionsInParentheses);
            if (stageEnd > 0) {                                // "ZOLTÁN: (bursting in) Éva!": the direction, then the speech
                turn.appendChild(stageElement(InlineCut.stripTrailing(InlineCut.before(content, stageEnd))));
                content = InlineCut.stripLeading(InlineCut.between(content, stageEnd, Inline.plain(content).length()));
            }
            // what was cut from the front (space after the label, an opening direction) moves the line starts with it
            int cut = Inline.plain(raw).length() - Inline.plain(content).length();
            if (!content.isEmpty()) addToTurn(content, lineStartsWithin(b, at + t.label().length() + cut, end));
        }
    }

    /**
     * A line that is a row of its own between the turns: its furniture (number, time) as {@code fw}, then its words, a
     * stage direction where they are one (a remark in parentheses), else a paragraph; the remark may run on over the
     * numbered lines below.
     */
    private void row(Block b, int i, int at, int furniture, int end) {
        closeTurn();
        String plain = b.plain();
        int textStart = at + furniture;
        String number = plain.substring(at, Math.min(textStart, end)).strip();
        if (!number.isEmpty()) writer.add(Tei.text("fw", number, Tei.at("type", number.matches("\\d{1,3}") ? "lineNumber" : "timestamp")));
        if (textStart >= end) return;
        List<Inline> words = InlineCut.stripLeading(InlineCut.stripTrailing(InlineCut.between(b.inlines(), textStart, end)));
        if (Inline.plain(words).isBlank()) return;
        if (isMarkedStage(words)) writer.add(stageElement(words));
        else writer.addUnlessEmpty(inline.element("p", words));
    }

    /** Offsets, relative to {@code from}, of the block's line starts strictly inside [from, to). */
    private static List<Integer> lineStartsWithin(Block b, int from, int to) {
        List<Integer> out = new ArrayList<>();
        for (int off : b.lineOffsets()) if (off > from && off < to) out.add(off - from);
        return out;
    }

    /** Whether the block after {@code i} ends the current speech: no paragraph, a new turn or another direction. */
    private boolean nextStartsTurn(int i) {
        if (i + 1 >= blocks.size()) return true;
        Block n = blocks.get(i + 1);
        return n.kind() != Block.Kind.PARAGRAPH || dialogue.turnAt(i + 1, 0).isPresent() || isStage(n.inlines());
    }

    private void openTurn(Dialogue.Turn t) {
        closeTurn();
        turn = Tei.el("sp", Tei.at("who", "#" + t.who()));
        if (!t.label().time().isEmpty()) {                 // "[00:03:12] INTERVIEWER:": the tape's time, furniture before the speaker
            // as printed, brackets and all: the brackets of a time are no editor's supplied word
            turn.appendChild(Tei.text("fw", Inline.plain(t.label().time()), Tei.at("type", t.label().timeKind())));
        }
        turn.appendChild(Tei.text("speaker", t.label().name()));
        if (!t.label().stage().isEmpty()) turn.appendChild(inline.element("stage", t.label().stage()));
        writer.add(turn);
    }

    private void closeTurn() {
        if (turn != null && turn.getChild(turn.getChildCount() - 1) instanceof Element last && last.getLocalName().equals("speaker")) {
            // a label with no speech: keep its words as a paragraph (with the time printed before it)
            Element speaker = last;
            Element p = Tei.el("p");
            if (turn.getChildCount() > 1) {
                var time = turn.getChild(0);
                time.detach();
                p.appendChild(time);
            }
            while (speaker.getChildCount() > 0) {
                var n = speaker.getChild(0);
                n.detach();
                p.appendChild(n);
            }
            turn.getParent().replaceChild(turn, p);
        }
        turn = null;
    }

    /** The speech: verse lines in a play when its lines are short and begin with capitals, else a paragraph. */
    private void addToTurn(List<Inline> content, List<Integer> lineStarts) {
        if (isStage(content)) {
            turn.appendChild(stageElement(content));
            return;
        }
        if (drama && !lineStarts.isEmpty() && splitAtBracketedLines(content, lineStarts)) return;
        if (drama && !lineStarts.isEmpty() && isVerse(content, lineStarts)) {
            List<Integer> cuts = new ArrayList<>(lineStarts);
            cuts.add(0, 0);
            cuts.add(Inline.plain(content).length());
            for (int k = 0; k + 1 < cuts.size(); k++) {
                List<Inline> line = InlineCut.stripLeading(InlineCut.stripTrailing(InlineCut.between(content, cuts.get(k), cuts.get(k + 1))));
                Element l = speechElement("l", line);
                if (!Tei.isBlank(l)) turn.appendChild(l);
            }
            return;
        }
        Element p = speechElement("p", content);
        if (parenthesisedDirections) markInlineStages(p);
        if (!Tei.isBlank(p)) turn.appendChild(p);
    }

    /**
     * A play's direction in square brackets on a line of its own inside a speech ({@code [He sits.]}, {@code [Reading.]}
     * under the label): a {@code stage} between the speech's parts, the lines around it the speech. False when no line is
     * one, and nothing is written.
     */
    private boolean splitAtBracketedLines(List<Inline> content, List<Integer> lineStarts) {
        List<Integer> cuts = new ArrayList<>(lineStarts);
        cuts.add(0, 0);
        cuts.add(Inline.plain(content).length());
        List<Boolean> stageLine = new ArrayList<>();
        boolean any = false;
        for (int k = 0; k + 1 < cuts.size(); k++) {
            List<Inline> line = InlineCut.between(content, cuts.get(k), cuts.get(k + 1));
            boolean st = Inline.plain(line).strip().startsWith("[") && isStage(line);
            stageLine.add(st);
            any |= st;
        }
        if (!any) return false;
        int from = 0;
        for (int k = 0; k <= stageLine.size(); k++) {
            if (k < stageLine.size() && !stageLine.get(k)) continue;
            if (from < k) {                                      // the speech's lines before this direction
                int a = cuts.get(from), z = cuts.get(k);
                List<Integer> inner = new ArrayList<>();
                for (int j = from + 1; j < k; j++) inner.add(cuts.get(j) - a);
                List<Inline> part = InlineCut.stripTrailing(InlineCut.between(content, a, z));
                if (!Inline.plain(part).isBlank()) addToTurn(part, inner);
            }
            if (k < stageLine.size()) turn.appendChild(stageElement(InlineCut.between(content, cuts.get(k), cuts.get(k + 1))));
            from = k + 1;
        }
        return true;
    }

    /** A paragraph or verse line of speech; in a play, its bracketed italics ({@code [_Aside._]}) are stage directions there. */
    private Element speechElement(String name, List<Inline> content) {
        List<PrintedDirections.Span> spans = drama ? PrintedDirections.bracketedItalics(content) : List.of();
        if (spans.isEmpty()) return inline.element(name, content);
        Element e = Tei.el(name);
        int at = 0;
        for (PrintedDirections.Span span : spans) {
            inline.encode(InlineCut.between(content, at, span.start()), e);
            e.appendChild(stageElement(InlineCut.between(content, span.start(), span.end())));
            at = span.end();
        }
        inline.encode(InlineCut.from(content, at), e);
        return e;
    }

    /** A direction in parentheses inside the speech's text ({@link InlineStages}) becomes a {@code stage} there. */
    private static void markInlineStages(Element speech) {
        for (int k = 0; k < speech.getChildCount(); k++) {
            if (!(speech.getChild(k) instanceof nu.xom.Text text)) continue;
            String s = text.getValue();
            List<InlineStages.Span> spans = InlineStages.in(s);
            if (spans.isEmpty()) continue;
            List<nu.xom.Node> parts = new ArrayList<>();
            int at = 0;
            for (InlineStages.Span span : spans) {
                if (span.start() > at) parts.add(new nu.xom.Text(s.substring(at, span.start())));
                parts.add(Tei.text("stage", s.substring(span.start(), span.end())));
                at = span.end();
            }
            if (at < s.length()) parts.add(new nu.xom.Text(s.substring(at)));
            speech.removeChild(k);
            for (int j = 0; j < parts.size(); j++) speech.insertChild(parts.get(j), k + j);
            k += parts.size() - 1;
        }
    }

    private static boolean isVerse(List<Inline> content, List<Integer> lineStarts) {
        String plain = Inline.plain(content);
        List<Integer> cuts = new ArrayList<>(lineStarts);
        cuts.add(0, 0);
        cuts.add(plain.length());
        for (int k = 0; k + 1 < cuts.size(); k++) {
            String line = plain.substring(cuts.get(k), cuts.get(k + 1)).strip();
            if (line.isEmpty() || line.length() > MAX_VERSE_LINE || !Character.isUpperCase(line.codePointAt(0))) return false;
        }
        return true;
    }

    /**
     * Where a stage direction that opens a speech ends — a parenthesis or an italic run, with speech after it — or 0
     * when the speech opens with none.
     */
    private static int leadingStageEnd(List<Inline> content, boolean italics) {
        String plain = Inline.plain(content);
        int start = 0;
        while (start < plain.length() && Character.isWhitespace(plain.charAt(start))) start++;
        int end = 0;
        if (start < plain.length() && plain.charAt(start) == '(') {
            int close = plain.indexOf(')', start);
            if (close > start + 1 && close - start <= MAX_OPENING_STAGE && plain.substring(start, close).indexOf('\n') < 0) {
                end = close + 1;
                if (end < plain.length() && plain.charAt(end) == '.') end++;
            }
        } else {
            int offset = 0;
            for (Inline in : content) {
                String p = in.plain();
                if (p.isBlank()) { offset += p.length(); continue; }
                if (italics && in instanceof Inline.Styled st && st.style() == Inline.Style.ITALIC && p.length() <= MAX_OPENING_STAGE) end = offset + p.length();
                break;
            }
        }
        return end > 0 && !plain.substring(end).isBlank() ? end : 0;
    }

    /** A stage direction, and in a play also the ways its directions are set ({@link PrintedDirections}). */
    private boolean isStage(List<Inline> content) {
        if (isMarkedStage(content)) return true;
        return drama && (PrintedDirections.italicWithNames(content) || PrintedDirections.unclosedBracket(Inline.plain(content)));
    }

    /** A stage direction: a paragraph all in italics, or all in parentheses or brackets, or a radio play's cue. */
    private static boolean isMarkedStage(List<Inline> content) {
        List<Inline> c = InlineCut.stripLeading(InlineCut.stripTrailing(content));
        if (c.isEmpty()) return false;
        if (CUE.matcher(Inline.plain(c)).lookingAt()) return true;
        if (c.size() == 1 && c.get(0) instanceof Inline.Styled s && s.style() == Inline.Style.ITALIC) return true;
        String p = Inline.plain(c).strip();
        return p.length() > 2 && (p.startsWith("(") && p.endsWith(")") || p.startsWith("(") && p.endsWith(").")
                || p.startsWith("[") && (p.endsWith("]") || p.endsWith("].")) && p.indexOf(']') >= p.length() - 2)
                && p.chars().anyMatch(Character::isLetter);
    }

    private Element stageElement(List<Inline> content) {
        List<Inline> c = InlineCut.stripLeading(InlineCut.stripTrailing(content));
        if (c.size() == 1 && c.get(0) instanceof Inline.Styled s && s.style() == Inline.Style.ITALIC) c = s.children();
        String p = Inline.plain(c);
        int close = p.endsWith("].") ? p.length() - 2 : p.length() - 1;
        if (p.startsWith("[") && close > 1 && p.charAt(close) == ']' && p.indexOf(']') == close) {
            // "[He sits.]": the brackets of a play's direction are its printing, not an editor's note or supplied word
            Element stage = inline.element("stage", InlineCut.between(c, 1, close));
            stage.insertChild("[", 0);
            stage.appendChild(p.substring(close));
            return stage;
        }
        return inline.element("stage", c);
    }

    /** A stage direction between speeches, or inside the current one when its speech goes on after it. */
    private void stage(List<Inline> content, int i, boolean nextStartsTurn) {
        Element stage = stageElement(content);
        if (turn != null && !nextStartsTurn) {
            turn.appendChild(stage);
        } else {
            closeTurn();
            writer.add(stage);
        }
    }

    private boolean hasActsOrScenes() {
        for (Block b : blocks) {
            String t = b.plain().strip();
            if ((b.kind() == Block.Kind.HEADING || isStandaloneDivision(b))
                    && (PlayDivisions.isAct(t) || PlayDivisions.isScene(t))) return true;
        }
        return false;
    }

    private void declareSpeakers() {
        for (Dialogue.Speaker s : dialogue.speakers()) {
            tei.people().declare(s.id(), s.forms());
            if (!s.role().isBlank() && s.role().matches("[\\p{L} ]{1,30}")) tei.people().role(s.id(), s.role().strip().replace(' ', '-'));
        }
    }

    /**
     * The play's own cast list, in the front: each part's name linked to the person its speeches name. A list printed
     * as one run after its title ({@code CHARACTERS: MARTHA, a glover. JONAS, her apprentice.}) keeps the title alone
     * as its head, and what stands between the entries ({@code and}, the stops) with the entry before it.
     */
    private void writeCast(CastList cast) {
        closeTurn();
        Element list = Tei.el("castList");
        Block title = blocks.get(cast.title());
        String titleLine = (title.lines().isEmpty() ? title.plain() : Inline.plain(title.lines().get(0))).strip();
        Element head = Tei.text("head", titleLine);
        list.appendChild(head);
        int at = 0;                       // how far the title line is written, when entries stand on it
        Element previous = null;
        for (CastList.Member m : cast.members()) {
            int inTitle = m.line() == title.line() ? titleLine.indexOf(m.text(), at) : -1;
            if (inTitle > 0) {
                String between = titleLine.substring(at, inTitle);
                if (previous == null) {
                    head.removeChildren();
                    head.appendChild(between.strip());
                } else {
                    previous.appendChild(between);
                }
                at = inTitle + m.text().length();
            }
            previous = castItem(m);
            list.appendChild(previous);
        }
        if (at > 0 && at < titleLine.length() && previous != null) previous.appendChild(titleLine.substring(at));
        tei.front().appendChild(list);
        explain.decided(title.line(), "drama", "cast list of " + cast.members().size() + " parts, to the front");
    }

    /** One entry as printed: the name as role, its description as roleDesc, the rest as text. */
    private Element castItem(CastList.Member m) {
        Element item = Tei.el("castItem");
        String who = dialogue.speakers().stream().filter(s -> s.forms().contains(m.name())
                || s.forms().stream().anyMatch(f -> org.teikit.convert.conventions.speech.SpeakerNames.samePerson(f, m.name())))
                .map(Dialogue.Speaker::id).findFirst().orElse(null);
        String text = m.text();
        int at = text.indexOf(m.name());
        if (at > 0) item.appendChild(new nu.xom.Text(text.substring(0, at)));
        item.appendChild(Tei.text("role", m.name(), Tei.at("corresp", who == null ? null : "#" + who)));
        String rest = at >= 0 ? text.substring(at + m.name().length()) : " " + text;
        int desc = m.role().isBlank() ? -1 : rest.indexOf(m.role());
        if (desc >= 0) {
            if (desc > 0) item.appendChild(new nu.xom.Text(rest.substring(0, desc)));
            item.appendChild(Tei.text("roleDesc", m.role()));
            rest = rest.substring(desc + m.role().length());
        }
        if (!rest.isEmpty()) item.appendChild(new nu.xom.Text(rest));
        return item;
    }

    /** A letter or telegram: its division, opener, body, closer and metadata; returns the block after it. */
    private int writeLetter(Letters.Letter l) {
        closeTurn();
        String id = "letter-" + (++letterCount);
        Element div = writer.division(l.kind(), LETTER_LEVEL, List.of());
        Tei.attr(div, "xml:id", id);
        if (l.start() < l.heading()) {
            Block above = blocks.get(l.start());
            String text = above.plain().isBlank() ? above.marker() : above.plain().strip();   // "412." alone is a list item
            div.appendChild(l.number().isEmpty() ? Tei.text("head", text) : Tei.text("head", text, Tei.at("type", "number")));
            for (int a = l.start() + 1; a < l.heading(); a++) {      // a dateline between the number and the heading
                if (blocks.get(a).isBreak()) continue;
                Element part = inline.element(a == l.dateline() ? "dateline" : "head", blocks.get(a).inlines());
                if (a == l.dateline()) LetterParts.wrapPlace(part, l.place());
                div.appendChild(part);
            }
        }
        notes.at(l.heading());
        for (int h = l.heading(); h < l.headEnd(); h++) {
            if (h > l.heading()) notes.at(h);
            div.appendChild(inline.element("head", blocks.get(h).inlines()));
        }
        int bodyStart = l.headEnd();
        Element opener = null;
        for (int i = bodyStart; i <= Math.max(l.dateline(), l.salute()) && i < l.end(); i++) {
            // the inside address of a business letter stands between its dateline and its salutation
            Block b = blocks.get(i);
            boolean address = l.dateline() >= 0 && l.dateline() < i && i < l.salute() && !b.isBreak()
                    && b.kind() == Block.Kind.PARAGRAPH && b.lines().size() <= 4 && !b.plain().strip().startsWith("[");
            // a letter with no heading that begins above its dateline begins with its letterhead (HeadlessLetters)
            address |= l.headEnd() == l.heading() && i == l.heading() && l.dateline() > i;
            if (i != l.dateline() && i != l.salute() && !address) break;
            if (opener == null) opener = Tei.el("opener");
            notes.at(i);
            if (address) {                              // the project's schema has no <address>: its lines, as printed
                List<List<Inline>> lines = b.lines();
                for (int k = 0; k < lines.size(); k++) {
                    boolean broken = opener.getChildCount() > 0 && opener.getChild(opener.getChildCount() - 1) instanceof Element e
                            && e.getLocalName().equals("lb");     // the block above ended its line
                    if (!broken) opener.appendChild(Tei.el("lb"));
                    Element line = inline.element("seg", lines.get(k));
                    while (line.getChildCount() > 0) { nu.xom.Node n = line.getChild(0); n.detach(); opener.appendChild(n); }
                }
                opener.appendChild(Tei.el("lb"));
                bodyStart = i + 1;
                continue;
            }
            int right = i == l.dateline() && i == l.salute() ? LetterParts.saluteThenDateline(b.plain()) : -1;
            if (right > 0) {                            // the salutation, then the dateline set off to its right
                List<Inline> in = b.inlines();
                opener.appendChild(inline.element("salute", InlineCut.stripTrailing(InlineCut.before(in, right))));
                Element date = inline.element("dateline", InlineCut.between(in, right, b.plain().length()));
                LetterParts.wrapPlace(date, l.place());
                opener.appendChild(date);
                bodyStart = i + 1;
                continue;
            }
            Element part = inline.element(i == l.dateline() ? "dateline" : "salute", blocks.get(i).inlines());
            if (i == l.dateline()) LetterParts.wrapPlace(part, l.place());
            opener.appendChild(part);
            bodyStart = i + 1;
        }
        if (opener != null) div.appendChild(opener);
        int closerStart = closerStart(l, bodyStart);
        for (int i = bodyStart; i < closerStart; i++) block(blocks.get(i), i);
        closeTurn();
        if (closerStart < l.end()) {
            Element closer = Tei.el("closer");
            int i = closerStart;
            for (; i < l.end(); i++) {
                if (plan.definitionStart(i) >= 0 || plan.isContinuation(i) || blocks.get(i).isBreak()) break;
                notes.at(i);
                String name = i == l.closing() || secondClosing(l, i) ? "salute" : i == l.signature() ? "signed"
                        : i == l.dateline() ? "dateline" : null;
                if (name == null) break;
                int signedAt = i == l.closing() && l.signature() < 0 ? signatureUnderClosing(blocks.get(i)) : -1;
                if (signedAt > 0) {                      // "Your loving son,\nArthur": the formula, then who signs
                    List<Inline> in = blocks.get(i).inlines();
                    closer.appendChild(inline.element("salute", InlineCut.stripTrailing(InlineCut.before(in, signedAt))));
                    closer.appendChild(inline.element("signed", InlineCut.between(in, signedAt + 1, blocks.get(i).plain().length())));
                    continue;
                }
                Element part = inline.element(name, blocks.get(i).inlines());
                if (i == l.dateline()) LetterParts.wrapPlace(part, l.place());
                closer.appendChild(part);
            }
            if (closer.getChildCount() > 0) writer.current().appendChild(closer);
            for (; i < l.end(); i++) block(blocks.get(i), i);
        }
        Correspondence c = new Correspondence(id).place(l.place()).sent(l.when().isEmpty() ? null : l.when());
        // a letter without heading may name no sender or addressee: no empty persName
        if (!l.sender().isBlank()) c.sender(new Correspondence.Party(l.sender(), Optional.empty()));
        c.signedFor(l.signedFor());
        if (!l.addressee().isBlank()) c.addressee(new Correspondence.Party(l.addressee(), Optional.empty()));
        tei.correspDesc(c.toTei());
        return l.end();
    }

    /**
     * Where the signature begins in a closing formula's own block (the offset of the break after the formula), or -1: the
     * first line is the formula and the one to three short lines under it name the writer.
     */
    private static int signatureUnderClosing(Block b) {
        List<List<Inline>> lines = b.lines();
        if (lines.size() < 2 || lines.size() > 4) return -1;
        String formula = Inline.plain(lines.get(0));
        if (!LetterParts.isClosingSalute(formula.strip())) return -1;
        for (List<Inline> line : lines.subList(1, lines.size())) {
            String t = Inline.plain(line);
            if (!LetterParts.atMostWords(t, 6) || t.matches(".*[?!;].*")) return -1;
        }
        return formula.length();
    }

    /**
     * Where the letter's closer begins: its closing formula, or the signature (or bottom dateline) that ends
     * it, provided nothing but those and notes follows; the letter's end when it has none.
     */
    private int closerStart(Letters.Letter l, int bodyStart) {
        int first = l.end();
        for (int i : new int[]{l.closing(), l.signature(), l.dateline()}) if (i >= bodyStart && i < first) first = i;
        for (int i = first; i < l.end(); i++) {
            boolean part = i == l.closing() || i == l.signature() || i == l.dateline() || secondClosing(l, i);
            boolean quiet = plan.definitionStart(i) >= 0 || plan.isContinuation(i) || blocks.get(i).isBreak();
            if (quiet) break;
            if (!part) return l.end();                     // text after the closer (a postscript): no closer
        }
        return first;
    }

    /** A closing formula printed in two blocks ("Mit vorzüglicher Hochachtung", then "Ihr ergebener"): the second. */
    private boolean secondClosing(Letters.Letter l, int i) {
        return l.closing() >= 0 && i > l.closing() && (l.signature() < 0 || i < l.signature())
                && LetterParts.isClosingSalute(blocks.get(i).plain());
    }
}
