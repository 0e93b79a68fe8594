package org.teikit.convert.apparatus;

import nu.xom.Element;
import nu.xom.Node;
import nu.xom.Text;
import org.teikit.source.Inline;
import org.teikit.source.InlineNotes;
import org.teikit.source.NoteMarks;
import org.teikit.tei.Tei;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns a block's inline content into TEI phrase-level markup: emphasis as {@code hi}, strike-through
 * as {@code del}, note references as notes placed where they are referenced, editorial brackets as
 * the encoding the guide fixes for their kind, layout characters dropped, blank form fields as
 * {@code space}. Shared by every family.
 */
public final class InlineEncoder {
    private static final Pattern BRACKET = Pattern.compile("\\[([^\\[\\]\\n]{1,400})\\]");
    private static final String BLANK_FIELD_MIN = "___";
    private static final Pattern BLANK_FIELD = Pattern.compile("_{3,}");
    private static final Set<String> CONNECTORS = Set.of("of", "the", "and", "for", "de", "von");
    private static final int AFTER_WINDOW = 200;
    private static final Pattern HTTP_URL = Pattern.compile("(?i)https?://\\S+");

    private final NoteSource notes;
    private final InlineNoteNumbers inlineNumbers;
    private static final Pattern ENUMERATION_START = Pattern.compile("\\s*\\(1\\)\\s");
    /** In a run that opens with {@code (1) }, the number its next item mark would have; 0 elsewhere. */
    private int nextItem;

    public InlineEncoder(NoteSource notes) {
        this.notes = notes;
        this.inlineNumbers = notes.inlineNumbers();
    }

    /** A new element {@code name} holding the encoded inlines. */
    public Element element(String name, List<Inline> inlines) {
        Element e = Tei.el(name);
        encode(inlines, e);
        return e;
    }

    public void encode(List<Inline> inlines, Element into) {
        // a run that opens with "(1) " enumerates: its "(2)", "(3)" after a space, in order, are its items' marks
        if (!inlines.isEmpty() && inlines.get(0) instanceof Inline.Text t && ENUMERATION_START.matcher(t.text()).lookingAt()) {
            int outer = nextItem;
            nextItem = 2;
            try {
                encodeAll(inlines, into);
            } finally {
                nextItem = outer;
            }
            return;
        }
        encodeAll(inlines, into);
    }

    private void encodeAll(List<Inline> inlines, Element into) {
        for (Inline inline : inlines) {
            if (inline instanceof Inline.Text t) text(t.text(), into);
            else if (inline instanceof Inline.Styled s) styled(s, into);
            else into.appendChild(Tei.el("lb"));
        }
    }

    private void styled(Inline.Styled s, Element into) {
        switch (s.style()) {
            case SUPERSCRIPT -> {
                // a letter refers only to a note the document defines: M<sup>r</sup> is an abbreviation
                // nor is a unit's power: 120 m<sup>2</sup>
                String before = trailingText(into);
                var n = NoteMarks.superscriptReference(s.plain())
                        .filter(x -> !Character.isLetter(x.charAt(0)) || notes.defines(x))
                        .filter(x -> !NoteMarks.isUnitPower(before, x));
                if (n.isPresent()) {
                    into.appendChild(notes.noteFor(n.get()));
                } else {
                    into.appendChild(element("hi", s.children(), "superscript"));
                }
            }
            case STRIKE -> {
                Element del = Tei.el("del", Tei.at("rend", "strikethrough"));
                encode(s.children(), del);
                into.appendChild(del);
            }
            case LINK -> {
                // the source model keeps a link's text, not its destination: only an autolink (text = URL)
                // has a target; any other link is its text (a ref without target is invalid)
                String url = s.plain();
                if (HTTP_URL.matcher(url).matches()) {
                    Element ref = Tei.el("ref", Tei.at("target", url));
                    encode(s.children(), ref);
                    into.appendChild(ref);
                } else {
                    encode(s.children(), into);
                }
            }
            case CODE -> encode(s.children(), into);
            case SMALL_CAPS -> into.appendChild(element("hi", s.children(), "small-caps"));
            default -> into.appendChild(element("hi", s.children(), s.style().name().toLowerCase(Locale.ROOT)));
        }
    }

    private Element element(String name, List<Inline> children, String rend) {
        Element e = Tei.el(name, Tei.at("rend", rend));
        encode(children, e);
        return e;
    }

    /** Plain text: notes written in place, brackets, Unicode superscript references, blank fields and layout characters. */
    private void text(String raw, Element into) {
        if (!InlineNotes.mayHold(raw)) {
            marked(raw, into);
            return;
        }
        List<InlineNotes.Span> spans = InlineNotes.find(raw);
        java.util.Set<InlineNotes.Span> taken = new java.util.HashSet<>();
        int pos = 0;
        for (int k = 0; k < spans.size(); k++) {
            InlineNotes.Span span = spans.get(k);
            marked(raw.substring(pos, span.start()), into);
            pos = span.end();
            if (taken.contains(span)) continue;       // a \footnotetext whose words went to its mark
            switch (span.kind()) {
                case LATEX -> into.appendChild(inlineNote(inlineNumbers.latex(span.number()), span.content(raw)));
                case LATEX_MARK -> {
                    // \footnotemark: its text is the next \footnotetext's, which is then no note of its own
                    String n = inlineNumbers.latex(span.number());
                    InlineNotes.Span text = spans.subList(k + 1, spans.size()).stream()
                            .filter(x -> x.kind() == InlineNotes.Kind.LATEX_TEXT).findFirst().orElse(null);
                    if (text == null) {
                        into.appendChild(Notes.unavailable(n, notes.place()));
                    } else {
                        taken.add(text);
                        into.appendChild(inlineNote(n, text.content(raw)));
                    }
                }
                case LATEX_TEXT -> into.appendChild(inlineNote(inlineNumbers.latex(span.number()), span.content(raw)));
                case WIKI -> {
                    String n = inlineNumbers.wiki(span.group(), span.name());
                    inlineNumbers.place(n);
                    into.appendChild(inlineNote(n, span.content(raw)));
                }
                // a reused reference's text stands at its first use: numbered here if this is it, placed there
                case WIKI_REUSE -> inlineNumbers.wiki(span.group(), span.name());
                case ORG -> into.appendChild(inlineNote(span.number() != null ? span.number() : inlineNumbers.latex(null), span.content(raw)));
                case PANDOC, ASCIIDOC -> into.appendChild(inlineNote(inlineNumbers.inOrder(span.name()), span.content(raw)));
                // a named AsciiDoc footnote used again: its text stands at its first use
                case ASCIIDOC_REUSE -> inlineNumbers.inOrder(span.name());
            }
        }
        marked(raw.substring(pos), into);
    }

    /** A note whose text the source wrote where it is referred to. */
    private Element inlineNote(String n, String content) {
        Element note = Tei.el("note", Tei.at("type", "source"), Tei.at("place", notes.place()), Tei.at("n", n));
        marked(content.strip(), note);
        return note;
    }

    /** Plain text without notes written in place: brackets, Unicode superscript references, blank fields and layout characters. */
    private void marked(String raw, Element into) {
        if (raw.isEmpty()) return;
        String s = closeQueriedBrackets(LayoutCharacters.remove(raw));
        Matcher m = BRACKET.matcher(s);
        int pos = 0;
        BracketDepths depths = null;
        while (m.find()) {
            if (depths == null) depths = new BracketDepths(s);
            plain(s.substring(pos, m.start()), into);
            // reStructuredText's [#]_, [#label]_, [*]_: the number its processor gives the note
            String auto = s.startsWith("_", m.end()) && NoteMarks.REST_REFERENCE.matcher(s).region(m.start(), s.length()).lookingAt()
                    ? notes.autoNumbered(m.group(1)) : null;
            if (auto != null) {
                if (!auto.equals(AutoNumberedNotes.USED_AGAIN)) into.appendChild(notes.noteFor(auto));
                pos = m.end() + 1;
                continue;
            }
            boolean glued = m.start() == 0 || !Character.isWhitespace(s.charAt(m.start() - 1));
            String reference = depths.enclosed(m.start(), m.end()) || !glued && namesMarks(s, m.start(), m.end())
                    ? null : reference(m.group(1), glued, setAgainstWord(s, m.start(), m.end()));
            if (reference != null) {                  // [^1] always; [1] where the document defines a note 1
                into.appendChild(notes.noteFor(reference));
                pos = m.end();
                continue;
            }
            String before = textBefore(into);
            // the classifier looks only at the start of what follows: a window keeps long lines linear
            String after = s.substring(m.end(), Math.min(s.length(), m.end() + AFTER_WINDOW));
            bracket(m.group(1), Brackets.classify(m.group(1), before, after), into);
            pos = m.end();
        }
        plain(s.substring(pos), into);
    }

    /**
     * The note a bracket refers to ({@code [^1]}, or {@code [1]}, {@code [a]} when that note is defined), or null. A
     * letter is a mark only set against the word before it ({@code Segedunum[A]}): {@code lettered [A], [B]} names them.
     */
    private String reference(String content, boolean glued, boolean againstWord) {
        if (content.startsWith("^") && content.length() > 1 && !content.contains(" ")) return content.substring(1);
        // Org's [fn:label], always a reference (its definition "[fn:label] text" opens a line)
        if (content.startsWith("fn:") && content.length() > 3 && !content.contains(" ")) return content.substring(3);
        String c = content.strip();
        if (c.length() <= 3 && c.chars().allMatch(Character::isDigit) && (notes.defines(c) || againstWord)) return c;
        if (c.matches("[A-Za-z]") && glued && notes.defines(c)) return c;   // [a], [A] where a note of that letter is defined
        // [iv], as a word processor numbers endnotes, set against the word like a letter
        if (c.matches(NoteMarks.ROMAN) && glued && notes.defines(c)) return c;
        // [*], [†], as a print's notes are marked in brackets where the document defines that symbol's note
        if (c.matches("\\*{1,3}|†|‡") && notes.defines(c)) return c;
        return null;
    }

    /**
     * Whether a bracket stands as a mark set against the word or stop before it and ends there ({@code in 1820.[1] It},
     * {@code the mill[2],}): a number so placed refers to a note even where the document defines none (then an empty
     * note, reported), as an editor supplies words, not a lone figure. A figure supplied inside a number
     * ({@code 178[9]}, {@code 1[5]0}) or opening a line ({@code [1] Smith, J.}) is none.
     */
    private static boolean setAgainstWord(String s, int start, int end) {
        if (start == 0 || end < s.length() && Character.isLetterOrDigit(s.codePointAt(end))) return false;
        int before = s.codePointBefore(start);
        return Character.isLetter(before) || !Character.isDigit(before) && !Character.isWhitespace(before) && before != '[' && before != '(';
    }

    private static final Pattern MARK_BEFORE = Pattern.compile("\\[\\d{1,3}\\],\\s*$");
    private static final Pattern MARK_AFTER = Pattern.compile("^,\\s*\\[\\d{1,3}\\]");

    /**
     * Whether the bracket at {@code start..end}, after a space, is one of a list of bracketed numbers with commas
     * between ({@code notes, marked [1], [2] …}): the text names the marks there, it does not refer to a note.
     */
    private static boolean namesMarks(String s, int start, int end) {
        return MARK_BEFORE.matcher(s.substring(Math.max(0, start - 8), start)).find()
                || MARK_AFTER.matcher(s.substring(end, Math.min(s.length(), end + 8))).find();
    }

    /**
     * Whether a bracket stands inside a wider bracket of the same text, opened before it and closed after it: an
     * editor's remark that names the marks ({@code [The notes are numbered [1], [2] …]}), where a number is
     * mentioned, not referred to. Brackets closed on either side cancel out. Counted once per text, so a long line of
     * many brackets stays linear.
     */
    private static final class BracketDepths {
        /** Brackets opened before each offset and not closed by it; closed from each offset on and not opened there. */
        private final int[] openBefore, closedAfter;

        BracketDepths(String s) {
            int n = s.length();
            openBefore = new int[n + 1];
            for (int i = 0, open = 0; i < n; i++) {
                if (s.charAt(i) == '[') open++;
                else if (s.charAt(i) == ']' && open > 0) open--;
                openBefore[i + 1] = open;
            }
            closedAfter = new int[n + 1];
            for (int i = n - 1, close = 0; i >= 0; i--) {
                if (s.charAt(i) == ']') close++;
                else if (s.charAt(i) == '[' && close > 0) close--;
                closedAfter[i] = close;
            }
        }

        boolean enclosed(int start, int end) {
            return openBefore[start] > 0 && closedAfter[end] > 0;
        }
    }

    /**
     * Inside a bracket the source opened and has not closed, {@code [?]} is the OCR of its closing
     * {@code ?]} ({@code [because … will the captives be sent to[?]}): read it so, rather than leave a
     * stray bracket in the text.
     */
    static String closeQueriedBrackets(String s) {
        int query = s.indexOf("[?]");
        if (query < 0) return s;
        StringBuilder out = new StringBuilder(s.length());
        int depth = 0;
        for (int i = 0; i < s.length(); i++) {
            if (depth > 0 && s.startsWith("[?]", i)) {
                out.append("?]");
                depth--;
                i += 2;
                continue;
            }
            char c = s.charAt(i);
            if (c == '[' && !s.startsWith("[?]", i)) depth++;
            else if (c == ']' && depth > 0) depth--;
            else if (c == '[') { out.append("[?]"); i += 2; continue; }
            out.append(c);
        }
        return out.toString();
    }

    /** The marks typed in plain text, the telling kinds first; a document's attested kinds ({@link NoteSource#attestedMarks}) come after them. */
    private static final List<Pattern> PLAIN_MARKS = List.of(NoteMarks.FN_REFERENCE, NoteMarks.FN_PAREN_REFERENCE, NoteMarks.N_REFERENCE,
            NoteMarks.STAR_NUMBER_REFERENCE, NoteMarks.CARET_REFERENCE, NoteMarks.SLASH_REFERENCE, NoteMarks.PAREN_REFERENCE,
            NoteMarks.CLOSING_PAREN_REFERENCE, NoteMarks.GLUED_LETTER_PAREN_REFERENCE);

    /** {@code landing^1}, {@code Hall.(1)}, {@code lease.FN1}, {@code acres 1/}, {@code acres. (fn. 1)}, {@code office. n1}: references where the document defines the note they name. */
    private void plain(String s, Element into) {
        if (s.isEmpty()) return;
        if (s.indexOf('^') < 0 && s.indexOf('(') < 0 && s.indexOf('{') < 0 && s.indexOf('<') < 0 && s.indexOf('/') < 0 && !s.contains("FN") && !hasNDigit(s) && s.indexOf('*') < 0 && s.indexOf(')') < 0) {
            flattened(s, into);
            return;
        }
        int pos = 0;
        List<Pattern> kinds = PLAIN_MARKS;
        if (!notes.attestedMarks().isEmpty()) {                  // rare: most documents attest none
            kinds = new ArrayList<>(PLAIN_MARKS);
            kinds.addAll(notes.attestedMarks());
        }
        for (Pattern p : kinds) {
            // one kind, then the next, each over what the first left: a text uses one style, the telling kinds tried first
            Matcher m = p.matcher(s);
            boolean any = false;
            while (m.find()) {
                if (!notes.defines(NoteMarks.number(m))) continue;
                if (p == NoteMarks.PAREN_REFERENCE && isNextItem(m)) continue;
                // a mark glued to the comma before ("Cong,6)") is no enumeration's item, which a space parts
                boolean glued = m.start() > 0 && !Character.isWhitespace(s.charAt(m.start() - 1));
                if ((p == NoteMarks.SPACED_LETTER_REFERENCE || p == NoteMarks.ATTESTED_CLOSING_PAREN_REFERENCE && !glued) && isEnumeration(s, m)) continue;
                if ((p == NoteMarks.CLOSING_PAREN_REFERENCE || p == NoteMarks.ATTESTED_CLOSING_PAREN_REFERENCE) && namesMarks(s, m)) continue;
                any = true;
                flattened(s.substring(pos, m.start()), into);
                into.appendChild(notes.noteFor(NoteMarks.number(m)));
                pos = m.end();
            }
            if (any) break;
        }
        flattened(s.substring(pos), into);
    }

    /** Whether {@code s} holds an {@code n} before a digit, as a law database's mark {@code n1} does. */
    private static boolean hasNDigit(String s) {
        for (int i = s.indexOf('n'); i >= 0 && i + 1 < s.length(); i = s.indexOf('n', i + 1)) {
            if (Character.isDigit(s.charAt(i + 1))) return true;
        }
        return false;
    }

    /** {@code winter.1}: digits glued to a word, where they name the next of the document's notes in order. */
    private void flattened(String s, Element into) {
        if (!notes.flattenedMarks()) {
            superscripts(s, into);
            return;
        }
        marks(s, into, NoteMarks.FLATTENED_REFERENCE, m -> notes.nextFlattened(m.group(1)) ? m.group(1) : null, this::superscripts);
    }

    private static boolean isEnumeration(String s, Matcher m) {
        return NoteMarks.isEnumerationItem(s.substring(0, m.start()), s.substring(m.end()));
    }

    /** A mark beside another of its kind: {@code 1), 2) etc.}, {@code 1) and 2)}: the marks named, no reference. */
    private static final Pattern MARK_NAMED_AFTER = NoteMarks.namedAfter("\\d{1,2}\\)");
    private static final Pattern MARK_NAMED_BEFORE = NoteMarks.namedBefore("\\d{1,2}\\)");

    private static boolean namesMarks(String s, Matcher m) {
        return MARK_NAMED_AFTER.matcher(s.substring(m.end())).find() || MARK_NAMED_BEFORE.matcher(s.substring(0, m.start())).find();
    }

    /** {@code … the pound; (2) a rabbit}: the enumeration's next mark, after a space, is no reference. */
    private boolean isNextItem(Matcher m) {
        if (nextItem == 0 || m.group(1) == null || !Character.isWhitespace(m.group().charAt(0))) return false;
        if (!m.group(1).equals(String.valueOf(nextItem))) return false;
        nextItem++;
        return true;
    }

    private void superscripts(String s, Element into) {
        if (s.isEmpty()) return;
        // most text has no superscript digit, and the pattern's look-behind is tried at every position
        if (!NoteMarks.hasSuperscriptDigit(s)) {
            modifiers(s, into);
            return;
        }
        marks(s, into, NoteMarks.UNICODE_REFERENCE, m -> NoteMarks.fromSuperscript(NoteMarks.number(m)), this::modifiers);
    }

    /** {@code sewersᵃ}: a modifier letter after a word is a reference where the document defines that letter's note. */
    private void modifiers(String s, Element into) {
        if (!NoteMarks.hasModifierLetter(s)) {
            symbols(s, into);
            return;
        }
        marks(s, into, NoteMarks.MODIFIER_REFERENCE, m -> {
            String n = NoteMarks.fromModifier(m.group(1));
            return notes.defines(n) ? n : null;
        }, this::symbols);
    }

    /** {@code river.†}: a symbol after a word is a reference where the document defines a note with it. */
    private void symbols(String s, Element into) {
        if (s.indexOf('*') < 0 && s.indexOf('†') < 0 && s.indexOf('‡') < 0 && s.indexOf('§') < 0 && s.indexOf('‖') < 0
                && s.indexOf('¶') < 0 && !s.contains("||")) {
            fields(s, into);
            return;
        }
        marks(s, into, NoteMarks.SYMBOL_REFERENCE, m -> notes.defines(m.group(1)) ? m.group(1) : null, InlineEncoder::fields);
    }

    /**
     * The references {@code mark} finds in {@code s}: each match that {@code number} names a note for (null: no
     * reference) becomes that note, and the text around them goes on to the next pass, {@code rest}.
     */
    private void marks(String s, Element into, Pattern mark, Function<Matcher, String> number,
                       BiConsumer<String, Element> rest) {
        Matcher m = mark.matcher(s);
        int pos = 0;
        while (m.find()) {
            String n = number.apply(m);
            if (n == null) continue;
            rest.accept(s.substring(pos, m.start()), into);
            into.appendChild(notes.noteFor(n));
            pos = m.end();
        }
        rest.accept(s.substring(pos), into);
    }

    private static void fields(String s, Element into) {
        if (!s.contains(BLANK_FIELD_MIN)) {                // no blank field: no need for the matcher
            append(s, into);
            return;
        }
        Matcher m = BLANK_FIELD.matcher(s);
        int pos = 0;
        while (m.find()) {
            append(s.substring(pos, m.start()), into);
            into.appendChild(Tei.el("space", Tei.at("unit", "chars"), Tei.at("quantity", String.valueOf(m.end() - m.start()))));
            pos = m.end();
        }
        append(s.substring(pos), into);
    }

    private static void append(String s, Element into) {
        if (s.isEmpty()) return;
        int n = into.getChildCount();
        if (n > 0 && into.getChild(n - 1) instanceof Text t) {
            t.setValue(t.getValue() + s);
        } else {
            into.appendChild(new Text(s));
        }
    }


    private void bracket(String content, Brackets.Kind kind, Element into) {
        String c = content.strip();
        switch (kind) {
            case SIC -> wrapPrevious(into, 1, Tei.el("sic"));
            case QUERY -> wrapPrevious(into, 1, Tei.el("seg", Tei.at("type", "query"), Tei.at("cert", "low")));
            case UNCLEAR -> into.appendChild(Tei.el("unclear"));
            case ORIGINAL_NOTE -> { }                // a convention word: the note it opens is typed "source"
            case ILLEGIBLE -> into.appendChild(gap("illegible", c));
            case SIGNATURE -> into.appendChild(gap(c.toLowerCase(Locale.ROOT).contains("illegible") ? "illegible" : "signature", c));
            case ELLIPSIS -> into.appendChild(Notes.typed("ellipsis", c));
            case CLASSIFICATION -> into.appendChild(Notes.typed("classification", c));
            case OMISSION -> into.appendChild(Notes.typed("omission", c));
            case EDITORIAL -> into.appendChild(Notes.typed("editorial", c));
            case IDENTIFICATION -> into.appendChild(Notes.typed("identification", c));
            case SOURCE -> into.appendChild(Tei.text("bibl", c, Tei.at("type", "source")));
            case EXPANSION -> choice(into, acronymRun(trailingText(into)), "abbr", "expan", c);
            case ABBREVIATION -> choice(into, capitalRun(trailingText(into), true), "expan", "abbr", c);
            case REGULARISATION -> {
                String prev = Brackets.lastWord(trailingText(into));
                int words = prev != null && Character.isUpperCase(prev.charAt(0)) ? capitalRun(trailingText(into), false) : 1;
                choice(into, words, "orig", "reg", c);
            }
            case SUPPLIED -> into.appendChild(Tei.text("supplied", content, Tei.at("reason", "omitted")));
            case INCIDENT -> into.appendChild(Tei.add(Tei.el("incident"), Tei.text("desc", c)));
            case INAUDIBLE -> into.appendChild(gap("inaudible", c));
            case PRINTED -> plain("[" + content + "]", into);
            case PAGE -> into.appendChild(Tei.el("pb", Tei.at("n", org.teikit.source.PageMarks.bracket(c).orElseThrow())));
        }
    }

    private static Element gap(String reason, String description) {
        return Tei.add(Tei.el("gap", Tei.at("reason", reason)), Tei.text("desc", description));
    }

    /** Moves the last {@code words} words of the trailing text into {@code wrapper}, then a reading inside a choice. */
    private static void choice(Element into, int words, String first, String second, String content) {
        Element firstEl = Tei.el(first);
        Element choice = Tei.el("choice");
        if (!wrapPrevious(into, words, firstEl)) {
            into.appendChild(Tei.text("supplied", content, Tei.at("reason", "omitted")));
            return;
        }
        into.removeChild(firstEl);
        choice.appendChild(firstEl);
        choice.appendChild(Tei.text(second, content));
        into.appendChild(choice);
    }

    /**
     * Moves the last {@code words} words of the element's trailing text (and the space after them) into
     * {@code wrapper}, appended in their place. False when there is no such text.
     */
    private static boolean wrapPrevious(Element into, int words, Element wrapper) {
        int n = into.getChildCount();
        if (n == 0 || !(into.getChild(n - 1) instanceof Text t)) {
            into.appendChild(wrapper);
            return false;
        }
        String v = t.getValue();
        int end = v.length();
        while (end > 0 && v.charAt(end - 1) == ' ') end--;
        int start = end;
        for (int w = 0; w < words && start > 0; w++) {
            while (start > 0 && v.charAt(start - 1) == ' ') start--;
            while (start > 0 && !Character.isWhitespace(v.charAt(start - 1))) start--;
        }
        if (start == end) {
            into.appendChild(wrapper);
            return false;
        }
        // keep leading punctuation such as an opening quote outside the wrapped words
        while (start < end && "\"'“‘(".indexOf(v.charAt(start)) >= 0) start++;
        wrapper.appendChild(v.substring(start, end));
        if (start == 0) into.removeChild(t); else t.setValue(v.substring(0, start));
        into.appendChild(wrapper);          // the space before the bracket went with the bracket
        return true;
    }

    /** The text a bracket follows: the run's text, or the words of the element just before it ({@code *Name* [...]}). */
    private static String textBefore(Element into) {
        int n = into.getChildCount();
        return n == 0 ? "" : into.getChild(n - 1).getValue();
    }

    private static String trailingText(Element into) {
        int n = into.getChildCount();
        return n > 0 && into.getChild(n - 1) instanceof Text t ? t.getValue() : "";
    }

    private static String[] tokens(String text) {
        return text.strip().isEmpty() ? new String[0] : text.strip().split("\\s+");
    }

    /** How many trailing tokens are acronyms ({@code CC CPC} → 2), at least 1. */
    private static int acronymRun(String before) {
        String[] t = tokens(before);
        int k = 0;
        for (int i = t.length - 1; i >= 0 && k < 3 && Brackets.isAcronym(t[i]) && !t[i].matches(".*[,;:]$") || (i == t.length - 1 && k == 0 && i >= 0 && Brackets.isAcronym(t[i])); i--) k++;
        return Math.max(k, 1);
    }

    /** How many trailing tokens form a capitalised name or title, connectors allowed inside when {@code connectors}. */
    private static int capitalRun(String before, boolean connectors) {
        String[] t = tokens(before);
        int k = 0, lastCapital = 0;
        for (int i = t.length - 1; i >= 0 && k < 6; i--) {
            String w = t[i];
            if (k > 0 && w.matches(".*[,;:.]$")) break;
            if (!w.isEmpty() && Character.isUpperCase(w.charAt(0))) {
                k++;
                lastCapital = k;
            } else if (connectors && k > 0 && CONNECTORS.contains(w.toLowerCase(Locale.ROOT))) {
                k++;
            } else {
                break;
            }
            if (!connectors && k >= 3) break;
        }
        return Math.max(lastCapital, 1);
    }

    /** Convenience for callers that want the encoded content as nodes of a throwaway element. */
    public static List<Node> children(Element e) {
        java.util.ArrayList<Node> out = new java.util.ArrayList<>();
        for (int i = 0; i < e.getChildCount(); i++) out.add(e.getChild(i));
        return out;
    }
}
