package org.teikit.convert.conventions.speech;

import org.teikit.source.Block;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Who a label that names an office stands for, when the record says so in its own words: {@code THE CHAIRMAN} is
 * the person printed as presiding ({@code Senator Ivar Lindqvist (chairman) presiding}, {@code Mrs. Ortiz in the
 * chair}, {@code Chairman: Mr. Lee}, {@code Sir Edmund Rawle (Chairman)}), and {@code THE WITNESS} is the witness
 * last sworn above the turn ({@code YUSUF AL-MASRI, called and sworn.}, {@code Jane Doe, having been duly sworn,
 * testified as follows}), and {@code PRISONER} ({@code Pris.}, {@code DEFENDANT}) the person last indicted above the turn
 * ({@code 412. JOHN HARDCASTLE was indicted for …}) or the one the title says is tried ({@code The Trial of X}). The
 * chair is named in the head of the record, above the first turn; witnesses and prisoners anywhere.
 * An office named for two people ({@code X presiding} and {@code Y presiding}) names no one.
 */
public final class RoleNames {
    /** The words of a label that names the chair of a meeting. */
    private static final Set<String> CHAIR = Set.of("chairman", "chairwoman", "chairperson", "chair", "president", "presiding officer");
    private static final Set<String> WITNESS = Set.of("witness", "deponent");
    /** The one tried, and the short forms trial reports print for the word ({@code Pris.}). */
    private static final Set<String> PRISONER = Set.of("prisoner", "pris", "prisr", "defendant", "deft", "accused", "prisoner at the bar");
    /** "412. JOHN HARDCASTLE was indicted for …", "Mary Roe, charged with …": the person a trial's record opens on. */
    private static final Pattern INDICTED = Pattern.compile(
            "^(?:\\d{1,5}\\.\\s+)?([^,.;:]{2,60}?),?\\s+(?:was|were|is|stands?|stood)\\s+(?:indicted|charged|arraigned|tried)\\b");
    /** "The TRYAL of THOMAS BELLAMY, Gent.", "The Trial of Ann Lee": the title names the one tried. */
    private static final Pattern TRIAL_OF = Pattern.compile("(?i)^(?:the\\s+)?(?:tr(?:ia|ya)ll?|arraignment)\\s+of\\s+(?-i:(?=\\p{Lu}))");
    /** A record's question and answer labels: the examiner asks, the witness answers (when the record names them). */
    private static final Set<String> ASKS = Set.of("q", "question"), ANSWERS = Set.of("a", "answer");
    private static final String CHAIR_WORD = "(?:chairman|chairwoman|chairperson|chair|presiding\\s+officer)";
    private static final Pattern CHAIR_IN_PARENS = Pattern.compile("(?i)\\(\\s*(?:the\\s+)?" + CHAIR_WORD + "\\s*\\)");
    private static final Pattern PRESIDING = Pattern.compile("(?i),?\\s+(?:presiding|in\\s+the\\s+chair)\\b");
    private static final Pattern CHAIR_FIELD = Pattern.compile("(?im)^\\s*(?:the\\s+)?" + CHAIR_WORD + "\\s*[:—–]\\s*(.+)$");
    private static final Pattern SWORN = Pattern.compile(
            "^([^,]{2,60}?),\\s+(?:(?:the|a|an)\\s+[^,]{1,40},\\s+)?(?:(?:having\\s+been|being)\\s+)?(?:(?:first|duly)\\s+){0,2}(?:called\\s+and\\s+sworn|sworn|affirmed|recalled|called\\s+as\\s+a\\s+witness)\\b");
    /**
     * A deposition's or hearing's examination line, {@code BY MR. HOLT:}, {@code CROSS-EXAMINATION BY MS. BRANDT}: the
     * counsel who asks the questions ({@code Q.}) from there until the next such line.
     */
    private static final Pattern EXAMINER = Pattern.compile(
            "(?im)^\\s*(?:((?:direct|cross|re-?direct|re-?cross)?[- ]?examination)\\s+)?by\\s+(\\p{Lu}[^:\\n]{1,60}?)\\s*(:)?\\s*$");
    private static final int MAX_NAME_WORDS = 6;
    /** ", Lord Chief Justice,", ", Attorney-General;": an office in capitalised words after a name's comma, to the next stop. */
    private static final Pattern APPOSITION = Pattern.compile(",\\s+((?:\\p{Lu}\\p{Ll}+)(?:[ -]\\p{Lu}\\p{Ll}+){1,3})(?=\\s*(?:[,;.)]|and\\b|$))");
    private static final Pattern POSTNOMINAL = Pattern.compile(",\\s*(?:(?:\\p{Lu}\\.){1,4}|Esq\\.?|Jr\\.?|Sr\\.?|[A-Z]{2,4})\\s*$");

    /** A person the record names for an office, from the block where it says so. */
    private record Named(String office, String name, int block, int line) {}

    private final List<Named> named;
    private final Optional<String> chair;
    private final VoiceLegend voices;
    /** The offices the record's head prints beside a name ({@code Sir Robert Sawyer, Attorney-General}): office, name. */
    private final List<Named> offices;

    private RoleNames(List<Named> named, Optional<String> chair, VoiceLegend voices, List<Named> offices) {
        this.named = named;
        this.chair = chair;
        this.voices = voices;
        this.offices = offices;
    }

    public static RoleNames none() {
        return new RoleNames(List.of(), Optional.empty(), VoiceLegend.read(List.of()), List.of());
    }

    /**
     * @param firstTurn the block of the first speech turn: the chair is named in the record's head, above it (a
     *                  speech that says "Chairman: Mr. Lee, you are first" names no chair)
     */
    public static RoleNames read(List<Block> blocks, int firstTurn) {
        return read(blocks, firstTurn, false);
    }

    /**
     * @param numbered the document numbers its lines ({@link LineNumbers}): the numbers are read past, and a witness
     *                 sworn may stand on any line of a block (a page runs on in one block, its head above)
     */
    public static RoleNames read(List<Block> blocks, int firstTurn, boolean numbered) {
        List<Named> named = new ArrayList<>();
        List<Named> offices = new ArrayList<>();
        List<String> chairs = new ArrayList<>();
        for (int i = 0; i < blocks.size(); i++) {
            Block b = blocks.get(i);
            if (b.kind() == Block.Kind.HEADING || b.isBreak()) continue;
            String text = numbered ? withoutNumbers(b) : b.plain();
            Matcher sworn = SWORN.matcher(text.strip());
            String witness = sworn.lookingAt() ? nameAtEnd(sworn.group(1)) : "";
            if (!witness.isEmpty() && witness.equals(sworn.group(1).strip())) {
                named.add(new Named("witness", witness, i, b.line()));
            } else if (numbered) {
                for (Matcher m = LINE_START.matcher(text); m.find(); ) {
                    Matcher s = SWORN.matcher(text).region(m.end(), text.length());
                    if (!s.lookingAt()) continue;
                    String name = nameAtEnd(s.group(1));
                    if (!name.isEmpty() && name.equals(s.group(1).strip())) {
                        named.add(new Named("witness", name, i, b.line()));
                        break;
                    }
                }
            }
            Matcher indicted = INDICTED.matcher(text.strip());
            Matcher trial = TRIAL_OF.matcher(text.strip());
            String tried = indicted.lookingAt() ? nameAtEnd(indicted.group(1)) : trial.lookingAt() ? nameAtStart(text.strip().substring(trial.end())) : "";
            if (!tried.isEmpty() && (trial.lookingAt() || tried.equals(indicted.group(1).strip())) && !isOffice(tried)) {
                named.add(new Named("prisoner", tried, i, b.line()));
            }
            for (Matcher m = EXAMINER.matcher(text); m.find(); ) {
                String name = nameAtStart(m.group(2));
                if ((m.group(1) != null || m.group(3) != null) && !name.isEmpty() && !isOffice(name)) {
                    named.add(new Named("examiner", name, i, b.line()));
                }
            }
            if (i >= firstTurn) continue;
            for (Matcher m = APPOSITION.matcher(text); m.find(); ) {
                // "Before Sir Francis Pemberton, Lord Chief Justice, …": the office printed beside the name
                String name = nameAtEnd(text.substring(0, m.start()));
                if (!name.isEmpty() && !isOffice(name) && SpeakerNames.words(name).size() >= 2) {
                    offices.add(new Named(m.group(1).strip(), name, i, b.line()));
                }
            }
            for (Matcher m = CHAIR_IN_PARENS.matcher(text); m.find(); ) addChair(chairs, nameAtEnd(text.substring(0, m.start())));
            for (Matcher m = PRESIDING.matcher(text); m.find(); ) {
                // "Senator Lindqvist (chairman) presiding", "Mrs. Whitlock, the Inspector, in the chair": the name before the aside
                String before = text.substring(0, m.start()).replaceAll("\\s*\\([^)]*\\)\\s*$", "")
                        .replaceAll(",\\s*(?:the|a|an)\\s+[^,]{1,40}$", "");
                addChair(chairs, nameAtEnd(before));
            }
            for (Matcher m = CHAIR_FIELD.matcher(text); m.find(); ) addChair(chairs, nameAtStart(m.group(1)));
        }
        List<String> distinct = new ArrayList<>();
        for (String c : chairs) if (distinct.stream().noneMatch(d -> d.equals(c) || SpeakerNames.samePerson(d, c))) distinct.add(c);
        Optional<String> chair = distinct.size() == 1 ? Optional.of(fullest(chairs, distinct.get(0))) : Optional.empty();
        return new RoleNames(named, chair, VoiceLegend.read(blocks), offices);
    }

    private static final Pattern LINE_START = Pattern.compile("(?m)^\\s*");

    /** The block's lines without the numbers they open with. */
    private static String withoutNumbers(Block b) {
        StringBuilder sb = new StringBuilder();
        for (var line : b.lines()) {
            String p = org.teikit.source.Inline.plain(line);
            sb.append(p.substring(LineNumbers.prefix(p))).append('\n');
        }
        return sb.toString();
    }

    private static void addChair(List<String> chairs, String name) {
        if (!name.isEmpty() && !isOffice(name)) chairs.add(name);
    }

    private static String fullest(List<String> all, String one) {
        String best = one;
        for (String c : all) if (SpeakerNames.samePerson(c, one) && c.length() > best.length()) best = c;
        return best;
    }

    /** The person a label naming an office stands for at a block, if the record names one. */
    public Optional<String> nameFor(String label, int block) {
        Optional<String> voice = voices.nameFor(label).or(() -> printedOffice(label));
        if (voice.isPresent()) return voice;
        String office = office(label);
        if (office == null) return Optional.empty();
        if (CHAIR.contains(office)) return chair;
        String kind = WITNESS.contains(office) || ANSWERS.contains(office) ? "witness" : ASKS.contains(office) ? "examiner"
                : PRISONER.contains(office) ? "prisoner" : null;
        if (kind == null) return Optional.empty();
        Named last = null;
        for (Named n : named) if (n.office().equals(kind) && n.block() <= block) last = n;
        return Optional.ofNullable(last).map(Named::name);
    }

    /**
     * The person whose office, printed beside their name in the record's head, the label abbreviates word by word:
     * {@code L. C. J.} and {@code Lord Chief Justice}, {@code Att. Gen.} and {@code Attorney-General}. Two words or
     * more, each the start of the office's word; an office printed for two people names neither.
     */
    private Optional<String> printedOffice(String label) {
        List<String> l = SpeakerNames.words(label);
        if (l.size() < 2 || SpeakerNames.hasTitle(label)) return Optional.empty();
        List<String> fits = new ArrayList<>();
        for (Named o : offices) {
            List<String> w = SpeakerNames.words(o.office());
            boolean fit = w.size() == l.size();
            for (int k = 0; fit && k < w.size(); k++) fit = w.get(k).startsWith(l.get(k)) && (l.get(k).length() == 1 || l.get(k).length() >= 3);
            if (fit && !fits.contains(o.name())) fits.add(o.name());
        }
        return fits.size() == 1 ? Optional.of(fits.get(0)) : Optional.empty();
    }

    /** The office a label names ({@code THE CHAIRMAN}, {@code MR. CHAIRMAN}, {@code MADAM CHAIR} → {@code chairman} …), or null. */
    static String office(String label) {
        List<String> w = new ArrayList<>(SpeakerNames.words(label));
        while (!w.isEmpty() && Set.of("the", "mr", "mister", "madam", "madame", "mrs", "ms").contains(w.get(0))) w.remove(0);
        String rest = String.join(" ", w);
        return CHAIR.contains(rest) || WITNESS.contains(rest) || ASKS.contains(rest) || ANSWERS.contains(rest) || PRISONER.contains(rest) ? rest : null;
    }

    private static boolean isOffice(String name) {
        return office(name) != null || SpeakerNames.isTitleOnly(name);
    }

    /** The capitalised name that ends a text ({@code …, State House, Senator Ivar Lindqvist} → {@code Senator Ivar Lindqvist}). */
    static String nameAtEnd(String text) {
        // letters after a name ("Sir Edmund Rawle, K.C.", "J. Hale, Esq.") are not the name
        String t0 = text.strip();
        for (String prev = null; !t0.equals(prev); ) {
            prev = t0;
            t0 = POSTNOMINAL.matcher(t0).replaceFirst("");
        }
        if (t0.isEmpty()) return "";
        String[] tokens = t0.split("\\s+");
        int from = tokens.length;
        while (from > 0 && tokens.length - from < MAX_NAME_WORDS) {
            String t = tokens[from - 1];
            boolean last = from == tokens.length;
            if (!last && t.matches(".*[,;:!?)]$")) break;                     // "State House," ends the words before
            if (!last && t.endsWith(".") && !isAbbreviation(t)) break;         // a sentence's end
            String core = t.replaceAll("[,;:.]+$", "");
            boolean particle = from < tokens.length && Set.of("von", "van", "de", "der", "al", "el", "la", "du", "da", "di", "ten")
                    .contains(core.toLowerCase(Locale.ROOT));
            if (!particle && !Labels.isNameToken(core)) break;
            from--;
        }
        while (from < tokens.length && !Labels.isNameToken(tokens[from].replaceAll("[,;:.]+$", ""))) from++;
        if (from >= tokens.length) return "";
        String name = String.join(" ", java.util.Arrays.copyOfRange(tokens, from, tokens.length)).replaceAll("[,;:]+$", "");
        // a sentence's first word is capitalised too: "The", "At" before the name are not part of it
        return SpeakerNames.words(name).stream().anyMatch(x -> !Set.of("the", "a", "at", "in", "on", "with").contains(x)) ? stripArticle(name) : "";
    }

    private static String stripArticle(String name) {
        return name.replaceFirst("^(?i)(?:the|at|in|on|with|before|by|from)\\s+(?=\\p{Lu})", "").strip();
    }

    /** The capitalised name a text starts with ({@code Mr. Lee, of the Board} → {@code Mr. Lee}). */
    static String nameAtStart(String text) {
        String e = text.strip();
        int cut = e.length();
        for (char c : new char[]{',', '(', ';'}) if (e.indexOf(c) > 0) cut = Math.min(cut, e.indexOf(c));
        String name = e.substring(0, cut).strip().replaceAll("\\.$", "");
        if (name.isEmpty() || name.split("\\s+").length > MAX_NAME_WORDS) return "";
        for (String t : name.split("\\s+")) if (!Labels.isNameToken(t) && !t.matches("(?i)von|van|de|der|al|el|la|du|da|di|ten")) return "";
        return name;
    }

    private static boolean isAbbreviation(String token) {
        String core = token.substring(0, token.length() - 1);
        return core.length() == 1 || Labels.isTitleAbbreviation(core) || core.matches("(\\p{L}\\.)+\\p{L}");
    }

    /** For --explain: what the record names for its offices. */
    public String describe() {
        List<String> parts = new ArrayList<>();
        chair.ifPresent(c -> parts.add("the chair is " + c));
        for (Named n : named) parts.add(n.office() + " " + n.name() + " (line " + n.line() + ")");
        if (!voices.isEmpty()) parts.add("the legend's " + voices.describe());
        for (Named o : offices) parts.add(o.office() + " " + o.name() + " (line " + o.line() + ")");
        return String.join("; ", parts);
    }

    public boolean isEmpty() {
        return named.isEmpty() && chair.isEmpty() && voices.isEmpty() && offices.isEmpty();
    }
}
