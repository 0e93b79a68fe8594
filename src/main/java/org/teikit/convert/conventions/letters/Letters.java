package org.teikit.convert.conventions.letters;

import org.teikit.convert.conventions.Explanation;
import org.teikit.convert.dates.DateParser;
import org.teikit.convert.dates.IsoDate;
import org.teikit.source.Block;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The letters and telegrams of a document: where each begins (a heading naming sender and addressee —
 * {@code X to Y}, {@code From X to Y}, {@code X TO Y}, {@code The Ambassador in Russia (Francis) to the
 * Secretary of State} — perhaps after a number, {@code 359.}, {@code No. 12}, {@code Telegram No. 123}), and
 * its parts: dateline at the top or the bottom, salutation, closing, signature. A heading-shaped line is a
 * letter's only when letter parts follow it, or when the document prints several such headings alike; a year
 * missing from a dateline comes from the heading, the previous letter or the document's title.
 */
public final class Letters {
    private static final Pattern NUMBER_ONLY = Pattern.compile(
            "(?i)^(?:(telegram|cable|despatch|dispatch|letter|message|document)\\s+)?(?:no\\.?\\s*|nr\\.?\\s*|number\\s+)?(\\d{1,4})\\.?$");
    private static final Pattern NUMBER_PREFIX = Pattern.compile(
            "(?i)^(?:(telegram|cable|despatch|dispatch)\\s+)?(?:no\\.?\\s*)?(\\d{1,4})[.:]\\s+");
    private static final Pattern FROM_TO = Pattern.compile(
            "^(?:(?i:(?:(letter|telegram|cable|message|note|despatch|dispatch)\\s+)?from)\\s+)?(.{2,120}?)\\s+(?:to|TO|To)\\s+(.{2,120}?)[.:]?$");
    private static final Pattern TELEGRAM = Pattern.compile("(?i)\\b(?:telegram|cable|telegraphic)\\b");
    private static final Pattern YEAR = Pattern.compile("\\b(1[5-9]\\d\\d|20\\d\\d)\\b");
    private static final int MAX_HEADING_WORDS = 30;
    private static final Pattern SENTENCE_BREAK = Pattern.compile(
            "(?<!\\b(?:Mr|Mrs|Ms|Dr|St|Jr|Sr|Gen|Col|Fr|Hr|Sen|Rep|Prof|Capt|Lt|No|Nr))(?<=\\p{Ll})\\.\\s+\\p{Lu}|,\\s+\\p{Ll}+\\s+\\p{Lu}\\p{Ll}+\\.");
    private static final int LOOK_AHEAD = 4;

    /** One letter: block range, the heading's parts, and where its own parts stand (-1 when absent). */
    public record Letter(int start, int heading, int end, String number, String kind, String sender, String addressee,
                         int dateline, String when, String place, int salute, int closing, int signature) {}

    private Letters() {}

    public static List<Letter> find(List<Block> blocks, Explanation explain) {
        List<Integer> candidates = new ArrayList<>();
        List<Matcher> parties = new ArrayList<>();
        for (int i = 0; i < blocks.size(); i++) {
            Matcher m = heading(blocks.get(i));
            if (m != null) {
                candidates.add(i);
                parties.add(m);
            }
        }
        String titleYear = titleYear(blocks);
        List<Letter> out = new ArrayList<>();
        String lastYear = titleYear;
        for (int c = 0; c < candidates.size(); c++) {
            int h = candidates.get(c);
            int next = c + 1 < candidates.size() ? candidates.get(c + 1) : blocks.size();
            int end = endOf(blocks, h, next);
            Matcher m = parties.get(c);
            int start = h;
            String number = "";
            String kind = m.group(1) != null && TELEGRAM.matcher(m.group(1)).find() ? "telegram" : "letter";
            if (h > 0) {                                         // "359." or "Telegram No. 12" on the line above
                Matcher num = NUMBER_ONLY.matcher(blocks.get(h - 1).plain().strip());
                if (num.matches() && (out.isEmpty() || out.get(out.size() - 1).end() <= h - 1)) {
                    start = h - 1;
                    number = num.group(2);
                    if (num.group(1) != null && TELEGRAM.matcher(num.group(1)).find()) kind = "telegram";
                }
            }
            Matcher prefix = NUMBER_PREFIX.matcher(clean(blocks.get(h).plain()));
            if (prefix.lookingAt()) {
                number = prefix.group(2);
                if (prefix.group(1) != null && TELEGRAM.matcher(prefix.group(1)).find()) kind = "telegram";
            }
            int dateline = -1, salute = -1, closing = -1, signature = -1;
            String when = "", place = "";
            for (int i = h + 1; i < Math.min(end, h + 1 + LOOK_AHEAD); i++) {
                String t = blocks.get(i).plain();
                if (dateline < 0 && salute < 0) {
                    var d = dateline(t, blocks.get(h).plain(), lastYear);
                    if (d.isPresent()) { dateline = i; when = d.get().when(); place = d.get().placeName(); continue; }
                }
                if (salute < 0 && LetterParts.isSalute(t)) { salute = i; break; }
            }
            for (int i = Math.max(h + 1, end - LOOK_AHEAD - 1); i < end; i++) {
                String t = blocks.get(i).plain();
                if (i == dateline || i == salute) continue;
                if (closing < 0 && LetterParts.isClosingSalute(t)) { closing = i; continue; }
                if (closing >= 0 && signature < 0 && isSignatureLike(t)) { signature = i; continue; }
                if (dateline < 0 && i > h + 1) {
                    var d = dateline(t, blocks.get(h).plain(), lastYear);
                    if (d.isPresent()) { dateline = i; when = d.get().when(); place = d.get().placeName(); }
                }
            }
            if (closing < 0 && end - 1 > h + 1 && isSignatureLike(blocks.get(end - 1).plain())
                    && !LetterParts.isSalute(blocks.get(end - 1).plain()) && end - 1 != dateline) {
                signature = end - 1;
            }
            boolean parts = dateline >= 0 || salute >= 0 || closing >= 0 || isStyled(blocks.get(h)) && candidates.size() >= 2
                    || !number.isEmpty();
            if (!parts) {
                explain.decided(blocks.get(h).line(), "letters", "'" + clean(blocks.get(h).plain()) + "' reads as 'X to Y' but no "
                        + "dateline, salutation or closing follows it: not taken as a letter");
                continue;
            }
            if (TELEGRAM.matcher(blocks.get(h).plain()).find()) kind = "telegram";
            if (!when.isEmpty() && when.length() >= 4 && Character.isDigit(when.charAt(0))) lastYear = when.substring(0, 4);
            String sender = tidy(m.group(2)), addressee = tidy(m.group(3));
            Letter l = new Letter(start, h, end, number, kind, sender, addressee, dateline, when, place, salute, closing, signature);
            out.add(l);
            explain.decided(blocks.get(h).line(), "letters", kind + " from '" + sender + "' to '" + addressee + "'"
                    + (when.isEmpty() ? ", undated" : ", dated " + when + (dateline >= 0 ? " (line " + blocks.get(dateline).line() + ")" : ""))
                    + (salute >= 0 ? ", salutation line " + blocks.get(salute).line() : "")
                    + (closing >= 0 ? ", closing line " + blocks.get(closing).line() : ""));
        }
        // a letter runs to the next one's start
        List<Letter> fixed = new ArrayList<>();
        for (int k = 0; k < out.size(); k++) {
            Letter l = out.get(k);
            int end = k + 1 < out.size() ? Math.min(l.end(), out.get(k + 1).start()) : l.end();
            fixed.add(new Letter(l.start(), l.heading(), end, l.number(), l.kind(), l.sender(), l.addressee(), l.dateline(),
                    l.when(), l.place(), l.salute(), l.closing() < end ? l.closing() : -1, l.signature() < end ? l.signature() : -1));
        }
        return fixed;
    }

    /** The heading's parties, if the block reads as one: short, capitalised on both sides, no sentence. */
    private static Matcher heading(Block b) {
        if (b.kind() != Block.Kind.PARAGRAPH && b.kind() != Block.Kind.HEADING) return null;
        String t = clean(b.plain());
        Matcher prefix = NUMBER_PREFIX.matcher(t);
        if (prefix.lookingAt()) t = t.substring(prefix.end());
        if (t.isEmpty() || !LetterParts.atMostWords(t, MAX_HEADING_WORDS) || t.matches(".*[?!;].*")) return null;
        if (SENTENCE_BREAK.matcher(t).find()) return null;                 // two sentences: prose, not a heading
        Matcher m = FROM_TO.matcher(t);
        if (!m.matches()) return null;
        String a = m.group(2).strip(), c = m.group(3).strip();
        if (!party(a) || !party(c)) return null;
        if (a.matches("(?i).*\\b(?:to|from)\\b.*") && m.group(1) == null && !a.contains("(")) return null;
        return m;
    }

    /** A sender or addressee: begins with a capital (or "the"), holds no verb-like lowercase run. */
    private static boolean party(String s) {
        String t = s.replaceAll("^[\\[(]+", "");
        if (t.isEmpty()) return false;
        if (!Character.isUpperCase(t.codePointAt(0)) && !t.matches("(?i)^the\\b.*")) return false;
        int lowercaseRun = 0;
        for (String w : t.split("\\s+")) {
            boolean lower = !w.isEmpty() && Character.isLowerCase(w.codePointAt(0))
                    && !w.matches("(?i)the|of|in|at|for|and|de|von|van|der|du|la|le|y|on|to");
            lowercaseRun = lower ? lowercaseRun + 1 : 0;
            if (lowercaseRun >= 2) return false;
        }
        return true;
    }

    private static boolean isStyled(Block b) {
        return b.kind() == Block.Kind.HEADING || !b.inlines().isEmpty() && b.inlines().get(0) instanceof org.teikit.source.Inline.Styled
                || clean(b.plain()).equals(clean(b.plain()).toUpperCase(java.util.Locale.ROOT));
    }

    /** Where a letter ends: at the next letter, or at a heading that is not its notes'. */
    private static int endOf(List<Block> blocks, int h, int next) {
        int level = blocks.get(h).kind() == Block.Kind.HEADING ? blocks.get(h).level() : 7;
        for (int i = h + 1; i < next; i++) {
            Block b = blocks.get(i);
            if (b.kind() == Block.Kind.HEADING && b.level() <= level
                    && !clean(b.plain()).matches("(?i)(?:foot|end)?notes?[:.]?")) return i;
        }
        return next;
    }

    private static boolean isSignatureLike(String text) {
        String t = clean(text);
        if (t.isEmpty() || !LetterParts.atMostWords(t, 6) || t.endsWith(",") || t.matches(".*[?!;:].*")) return false;
        if (LetterParts.isSignature(text)) return true;
        for (String w : t.split("\\s+")) {
            if (!w.isEmpty() && !Character.isUpperCase(w.codePointAt(0)) && !w.matches("(?i)von|van|de|der|du|la|le|y")) return false;
        }
        return true;
    }

    /** A dateline, its year taken from the heading, the previous letter or the title when it prints none. */
    private static Optional<LetterParts.Dateline> dateline(String text, String heading, String year) {
        var full = LetterParts.dateline(text);
        if (full.isPresent()) return full;
        String t = clean(text);
        if (!LetterParts.atMostWords(t, 9)) return Optional.empty();
        Optional<IsoDate> md = DateParser.monthDay(t);
        if (md.isEmpty()) return Optional.empty();
        IsoDate d = md.get();
        if (!t.substring(d.end()).matches("[\\s.,;*\\]]*")) return Optional.empty();
        String before = t.substring(0, d.start());
        if (!before.isBlank() && !before.matches("^\\[?\\p{Lu}[\\p{L}\\-' .]{0,40}?,?\\]?,?\\s*$")) return Optional.empty();
        Matcher y = YEAR.matcher(heading);
        String use = y.find() ? y.group(1) : year;
        String when = use == null || use.isEmpty() ? d.iso() : use + d.iso().substring(1);
        return Optional.of(new LetterParts.Dateline(before.strip(), when, d.start(), d.end()));
    }

    private static String titleYear(List<Block> blocks) {
        for (int i = 0; i < Math.min(blocks.size(), 5); i++) {
            Matcher y = YEAR.matcher(blocks.get(i).plain());
            if (y.find()) return y.group(1);
        }
        return "";
    }

    private static String clean(String s) {
        return LetterParts.clean(s).replace('\n', ' ').replaceAll("\\s+", " ").replaceAll("^[*_#]+|[*_]+$", "").strip();
    }

    private static String tidy(String party) {
        return party.strip().replaceAll("[.,:;*]+$", "").strip();
    }
}
