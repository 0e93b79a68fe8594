package org.teikit.convert.family.bulletin;

import org.teikit.convert.apparatus.BreakMarkers;
import org.teikit.convert.dates.DateParser;
import org.teikit.source.InlineCut;
import org.teikit.convert.speech.Narration;
import org.teikit.source.Block;
import org.teikit.source.Inline;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Undoes what page layout and OCR did to a bulletin section, before anything is encoded: running heads
 * and catchwords become furniture; paragraphs cut by a page or column break are rejoined (with a break
 * mark); and a sidebar article whose column the OCR interleaved with the main text is read as a second
 * stream. The sidebar is recognised by its title and byline arriving while a main-text sentence is
 * still open; a continuation paragraph then belongs to whichever stream is waiting for one; a
 * {@code continued on page N} catchword suspends the sidebar until {@code NAME continued from page N}
 * resumes it, and marks where the division will stand.
 */
final class BulletinLayout {
    enum Kind { BLOCK, FW_HEADER, FW_CATCH, SIDEBAR_HERE }

    /** A block of the reading text, a piece of furniture, or the place of the sidebar division. */
    record Item(Kind kind, Block block, String text) {
        static Item of(Block b) { return new Item(Kind.BLOCK, b, b.plain().strip()); }
        boolean isBlock() { return kind == Kind.BLOCK; }
    }

    /** The main text (with a {@link Kind#SIDEBAR_HERE} mark) and the sidebar stream, both in reading order. */
    record Arrangement(List<Item> main, List<Item> sidebar) {}

    private static final Pattern LONE_CAPS = Pattern.compile("^[\\p{Lu}'’\\-]+(?: [\\p{Lu}'’\\-]+)?$");
    private static final Pattern CONTINUED_ON = Pattern.compile("(?i)^continued on (?:page|p\\.) \\d+\\.?$");
    private static final Pattern CONTINUED_FROM = Pattern.compile("(?i)^[\\p{L}'\\- ]{2,40} continued from (?:page|p\\.) \\d+\\.?$");
    static final Pattern BYLINE = Pattern.compile("^(?:(?:Introduction|Commentary|Comments?)\\s+)?[Bb]y\\s+\\p{Lu}[\\p{L}.'’\\- ]{2,60}$");
    private static final Pattern FIRST_PERSON = Pattern.compile("\\b(?:we|our|us|I|my|me|you|your)\\b");
    private static final Pattern LAST_WORD = Pattern.compile("(\\p{L}+)$");
    private static final Pattern WORD = Pattern.compile("\\p{L}[\\p{L}'’\\-]*");
    private static final Set<String> OPEN_WORDS = Set.of("to", "the", "of", "a", "an", "and", "or", "by", "in", "with",
            "from", "for", "that", "which", "on", "at", "as", "than");

    private enum Stream { MAIN, SIDEBAR }

    private final List<Item> main = new ArrayList<>();
    private final List<Item> sidebar = new ArrayList<>();
    private Stream current = Stream.MAIN;
    private boolean sidebarStarted, sidebarSuspended, sidebarPlaced;

    private BulletinLayout() {}

    static Arrangement arrange(List<Block> blocks) {
        BulletinLayout l = new BulletinLayout();
        for (int i = 0; i < blocks.size(); i++) {
            l.take(blocks, i);
        }
        if (l.sidebarStarted && !l.sidebarPlaced) l.main.add(new Item(Kind.SIDEBAR_HERE, null, ""));
        return new Arrangement(l.main, l.sidebar);
    }

    /** Furniture printed at the head of a page: a running head, or the catchword a continuation opens with. */
    static boolean topOfPage(Item it) {
        return it.kind() == Kind.FW_HEADER || it.kind() == Kind.FW_CATCH && CONTINUED_FROM.matcher(it.text()).matches();
    }

    private List<Item> list(Stream s) { return s == Stream.MAIN ? main : sidebar; }

    private void take(List<Block> blocks, int i) {
        Block b = blocks.get(i);
        String text = b.plain().strip();
        Block prev = i > 0 ? blocks.get(i - 1) : null;
        if (b.isBreak()) {
            list(current).add(Item.of(b));
            return;
        }
        if (i > 0 && prev != null && !prev.isBreak() && LONE_CAPS.matcher(text).matches() && text.length() <= 25) {
            list(current).add(new Item(Kind.FW_HEADER, b, text));
            return;
        }
        if (CONTINUED_ON.matcher(text).matches()) {
            if (current == Stream.MAIN && sidebarStarted && !sidebarSuspended && isOpen(last(sidebar))) {
                splice();
            }
            if (sidebarStarted && !sidebarSuspended) {
                sidebar.add(new Item(Kind.FW_CATCH, b, text));
                sidebarSuspended = true;
                current = Stream.MAIN;
            } else {
                list(current).add(new Item(Kind.FW_CATCH, b, text));
            }
            return;
        }
        if (CONTINUED_FROM.matcher(text).matches() && sidebarStarted) {
            sidebarSuspended = false;
            current = Stream.SIDEBAR;
            if (!sidebarPlaced) main.add(new Item(Kind.SIDEBAR_HERE, null, ""));
            sidebarPlaced = true;
            sidebar.add(new Item(Kind.FW_CATCH, b, text));
            return;
        }
        if (current == Stream.SIDEBAR && isCapsHeading(text)) {
            current = Stream.MAIN;                 // the next article begins: the sidebar is over
            main.add(Item.of(b));
            return;
        }
        if (!sidebarStarted && headingLike(b) && i + 1 < blocks.size()
                && BYLINE.matcher(blocks.get(i + 1).plain().strip()).matches() && isOpen(last(main))) {
            sidebarStarted = true;
            current = Stream.SIDEBAR;
            sidebar.add(Item.of(b));
            return;
        }
        Stream target = continuationTarget(b, text);
        if (target != null) {
            join(list(target), b);
            current = target;
            return;
        }
        list(current).add(Item.of(b));
    }

    /** The stream an unfinished paragraph waits in, when {@code b} (whose stripped text is {@code text}) continues it. */
    private Stream continuationTarget(Block b, String text) {
        if (b.kind() == Block.Kind.HEADING) return null;
        boolean mainOpen = continues(last(main), text, current == Stream.MAIN);
        boolean sideOpen = sidebarStarted && !sidebarSuspended && continues(last(sidebar), text, current == Stream.SIDEBAR);
        if (mainOpen && sideOpen) return current == Stream.MAIN ? Stream.SIDEBAR : Stream.MAIN;
        if (mainOpen) return Stream.MAIN;
        if (sideOpen) return Stream.SIDEBAR;
        return null;
    }

    /** Whether the block whose stripped text is {@code n} carries on {@code open}; a capitalised start only within the stream being read. */
    private static boolean continues(Item open, String n, boolean sameStream) {
        if (open == null || !isOpen(open)) return false;
        if (n.isEmpty() || Narration.is(n)) return false;          // "translated by …" opens its own line
        char c = n.charAt(0);
        if (Character.isLowerCase(c) || Character.isDigit(c) && DateParser.parse(n).isEmpty()) return true;
        if (!sameStream) return false;
        String p = open.text();
        if (c == '[' && !n.startsWith("[Source") && !n.startsWith("[signature")) return true;
        if (p.endsWith("-") || p.endsWith(",") && p.split("\\s+").length >= 8) return true;
        Matcher w = LAST_WORD.matcher(p);
        return w.find() && OPEN_WORDS.contains(w.group(1)) && !BYLINE.matcher(n).matches();
    }

    /** A paragraph that stops mid-sentence: no final punctuation, or a bracket left open. */
    static boolean isOpen(Item it) {
        if (it == null || !it.isBlock() || it.block().kind() == Block.Kind.HEADING || it.block().isBreak()) return false;
        String s = it.text();
        if (s.isEmpty()) return false;
        int depth = 0;
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            if (ch == '[') depth++;
            else if (ch == ']') depth--;
        }
        if (depth > 0) return true;   // more opened than closed
        return ".!?:;\"”’)]…".indexOf(s.charAt(s.length() - 1)) < 0 && !headingLikeText(s);
    }

    private static Item last(List<Item> items) {
        for (int i = items.size() - 1; i >= 0; i--) {
            Item it = items.get(i);
            if (it.kind() == Kind.BLOCK) return it;
        }
        return null;
    }

    private static void join(List<Item> items, Block next) {
        for (int i = items.size() - 1; i >= 0; i--) {
            Item it = items.get(i);
            if (it.kind() != Kind.BLOCK) continue;
            items.set(i, Item.of(joined(it.block(), next.inlines())));
            return;
        }
    }

    /** Two parts of one paragraph with the break between them marked; a hyphen at the break is dropped. */
    static Block joined(Block first, List<Inline> rest) {
        List<Inline> a = InlineCut.stripTrailing(first.inlines());
        List<Inline> b = InlineCut.stripLeading(rest);
        String pa = Inline.plain(a), pb = Inline.plain(b);
        List<Inline> out = new ArrayList<>();
        if (pa.endsWith("-") && !pa.endsWith(" -") && !pb.isEmpty() && Character.isLowerCase(pb.charAt(0))) {
            out.addAll(InlineCut.before(a, pa.length() - 1));
            out.add(new Inline.Text(BreakMarkers.WORD));
        } else {
            out.addAll(a);
            out.add(new Inline.Text(" " + BreakMarkers.COLUMN));
        }
        out.addAll(b);
        return first.withInlines(mergeText(out));
    }

    /** Adjacent text runs as one, so an editorial bracket cut by the break is still seen whole. */
    private static List<Inline> mergeText(List<Inline> in) {
        List<Inline> out = new ArrayList<>();
        for (Inline i : in) {
            if (i instanceof Inline.Text t && !out.isEmpty() && out.get(out.size() - 1) instanceof Inline.Text prev) {
                out.set(out.size() - 1, new Inline.Text(prev.text() + t.text()));
            } else {
                out.add(i);
            }
        }
        return out;
    }

    /**
     * The OCR ran the sidebar's next lines into the main text before the sidebar's catchword. The main
     * text here is dialogue in the first person, the sidebar an essay in the third: trailing paragraphs
     * without a first-person word go back to the sidebar whole; in the paragraph before them the cut is
     * at the first past-tense verb after the last first-person word (the sidebar's sentence still lacks
     * its verb).
     */
    private void splice() {
        List<Block> moved = new ArrayList<>();
        int at = main.size() - 1;
        for (; at >= 0 && moved.size() < 3; at--) {
            Item it = main.get(at);
            if (it.kind() != Kind.BLOCK || it.block().isBreak()) return;
            if (FIRST_PERSON.matcher(it.text()).find() || it.text().matches("^\\p{Lu}[\\p{L} .]{1,40}:.*")) break;
            moved.add(0, it.block());
        }
        if (at < 0 || main.get(at).kind() != Kind.BLOCK) return;
        Block b = main.get(at).block();
        String plain = b.plain();
        Matcher fp = FIRST_PERSON.matcher(plain);
        int lastFirst = 0;   // a speaker's label paragraph may have no first-person word: then from its start
        while (fp.find()) lastFirst = fp.end();
        Matcher w = WORD.matcher(plain);
        int cut = -1;
        if (w.find(lastFirst)) {
            do {
                String word = w.group();
                if (word.length() > 3 && word.endsWith("ed") && Character.isLowerCase(word.charAt(0))) {
                    cut = w.start();
                    break;
                }
            } while (w.find());
        }
        if (cut < 0) return;
        main.set(at, Item.of(b.withInlines(InlineCut.stripTrailing(InlineCut.before(b.inlines(), cut)))));
        join(sidebar, b.withInlines(InlineCut.from(b.inlines(), cut)));
        for (Block m : moved) {
            main.remove(at + 1);
            sidebar.add(Item.of(m));
        }
    }

    static boolean headingLike(Block b) {
        return (b.kind() == Block.Kind.PARAGRAPH || b.kind() == Block.Kind.QUOTE || b.kind() == Block.Kind.HEADING)
                && headingLikeText(b.plain().strip());
    }

    /** A short line without final punctuation that starts with a capital or a quotation mark. */
    static boolean headingLikeText(String s) {
        if (s.isEmpty() || s.length() > 200 || s.split("\\s+").length > 25) return false;
        char first = s.charAt(0);
        if (!(Character.isUpperCase(first) || first == '"' || first == '“')) return false;
        char lastCh = s.charAt(s.length() - 1);
        Matcher lastWord = LAST_WORD.matcher(s);
        if (lastWord.find() && OPEN_WORDS.contains(lastWord.group(1))) return false;
        return ".!?:;,".indexOf(lastCh) < 0 && capitalised(s);
    }

    /** Most content words capitalised, as in a title ({@code Rivals and Allies: Stalin, Mao, …}). */
    private static boolean capitalised(String s) {
        int words = 0, caps = 0;
        for (String w : s.split("\\s+")) {
            String t = w.replaceAll("^[\"“(‘']+", "");
            if (t.isEmpty() || !Character.isLetter(t.charAt(0)) || t.length() <= 3) continue;
            words++;
            if (Character.isUpperCase(t.charAt(0))) caps++;
        }
        return words == 0 || caps * 10 >= words * 6;
    }

    static boolean isCapsHeading(String s) {
        return inCapitals(s) && s.split("\\s+").length >= 3;
    }

    /** Printed in capitals: upper case throughout, with at least one letter. */
    static boolean inCapitals(String s) {
        return !changedByUpperCase(s) && s.equals(s.toUpperCase()) && s.chars().anyMatch(Character::isLetter);
    }

    /**
     * A quick and certain "not in capitals": a character that upper-casing changes. Asked of every
     * paragraph, often several times, and a paragraph's first lower-case letter comes early, while
     * upper-casing the whole of it did not.
     */
    private static boolean changedByUpperCase(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!Character.isSurrogate(c) && Character.toUpperCase(c) != c) return true;
        }
        return false;
    }
}
