package org.teikit.convert.conventions.speech;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * When two printed labels name one person: {@code GRETE} and {@code Grete}, {@code Fr. v. Ahlden} and
 * {@code Frau von Ahlden}, {@code Comrade Stalin} and {@code Stalin}, {@code MR. SMITH} and {@code Smith}, but
 * not {@code Mr. Smith} and {@code Mrs. Smith}. A name is read as titles, particles and a core; two names are
 * one person when their cores agree and their titles do not contradict each other (a man's title against a
 * woman's). A name that is all title ({@code THE CHAIRMAN}) is its own core.
 */
public final class SpeakerNames {
    private static final Pattern MARKS = Pattern.compile("\\p{M}");
    /** Titles and honorifics, with the sex they imply where they imply one (m, f) or none (-). */
    private static final Map<String, Character> TITLES = Map.ofEntries(
            Map.entry("mr", 'm'), Map.entry("mister", 'm'), Map.entry("herr", 'm'), Map.entry("hr", 'm'),
            Map.entry("monsieur", 'm'), Map.entry("m", 'm'), Map.entry("signor", 'm'), Map.entry("senor", 'm'),
            Map.entry("sir", 'm'), Map.entry("lord", 'm'), Map.entry("pan", 'm'),
            Map.entry("mrs", 'f'), Map.entry("ms", 'f'), Map.entry("miss", 'f'), Map.entry("frau", 'f'),
            Map.entry("fraulein", 'f'), Map.entry("frl", 'f'), Map.entry("madame", 'f'), Map.entry("mme", 'f'),
            Map.entry("mademoiselle", 'f'), Map.entry("mlle", 'f'), Map.entry("lady", 'f'), Map.entry("signora", 'f'),
            Map.entry("senora", 'f'), Map.entry("pani", 'f'), Map.entry("dame", 'f'),
            Map.entry("fr", '-'), Map.entry("dr", '-'), Map.entry("doctor", '-'), Map.entry("prof", '-'),
            Map.entry("professor", '-'), Map.entry("comrade", '-'), Map.entry("comr", '-'), Map.entry("senator", '-'),
            Map.entry("sen", '-'), Map.entry("rep", '-'), Map.entry("representative", '-'),
            Map.entry("congressman", 'm'), Map.entry("congresswoman", 'f'), Map.entry("general", '-'),
            Map.entry("gen", '-'), Map.entry("colonel", '-'), Map.entry("col", '-'), Map.entry("captain", '-'),
            Map.entry("capt", '-'), Map.entry("lieutenant", '-'), Map.entry("lt", '-'), Map.entry("major", '-'),
            Map.entry("maj", '-'), Map.entry("admiral", '-'), Map.entry("adm", '-'), Map.entry("judge", '-'),
            Map.entry("justice", '-'), Map.entry("father", 'm'), Map.entry("brother", 'm'), Map.entry("sister", 'f'),
            Map.entry("rev", '-'), Map.entry("reverend", '-'), Map.entry("hon", '-'), Map.entry("marshal", '-'),
            Map.entry("ambassador", '-'), Map.entry("amb", '-'), Map.entry("minister", '-'),
            Map.entry("count", 'm'), Map.entry("countess", 'f'), Map.entry("baron", 'm'), Map.entry("baroness", 'f'),
            Map.entry("prince", 'm'), Map.entry("princess", 'f'), Map.entry("king", 'm'), Map.entry("queen", 'f'),
            Map.entry("duke", 'm'), Map.entry("duchess", 'f'), Map.entry("uncle", 'm'), Map.entry("aunt", 'f'),
            Map.entry("the", '-'), Map.entry("old", '-'), Map.entry("young", '-'), Map.entry("little", '-'));
    private static final Set<String> PARTICLES = Set.of(
            "von", "v", "van", "der", "den", "de", "du", "da", "di", "del", "della", "la", "le", "zu", "of", "y",
            "al", "el", "ten", "ter", "dos", "das");

    /** A name read into its parts: the core words, and the sex its titles imply ('m', 'f' or '-'). */
    public record Parts(List<String> core, char sex) {
        public String key() { return String.join(" ", core); }
    }

    private SpeakerNames() {}

    /** Words that describe rather than entitle: {@code the}, {@code old}; not evidence that a label names a person. */
    private static final Set<String> DESCRIPTIVE = Set.of("the", "old", "young", "little");
    /** A name in capitals, then its role in capitals after a comma: {@code PAUL DENNEHY, ANCHOR}. */
    private static final Pattern ROLED = Pattern.compile("^(\\p{Lu}[\\p{Lu}'’.\\- ]+),\\s+(\\p{Lu}[\\p{Lu}'’.\\- ]+)$");
    private static final Pattern IDENTIFIED = Pattern.compile("^(.*?)\\s*\\(([^()]+)\\)\\s*$");

    /**
     * The person a label names, when it identifies them in parentheses as parliamentary records do: the name inside
     * when it is a titled name ({@code The Prime Minister (Mr. Edmund Harrow)} → {@code Mr. Edmund Harrow}), else the
     * name before it ({@code Mr. Ralph Dunstan (Fenwold)} → {@code Mr. Ralph Dunstan}). Other labels are themselves.
     */
    public static String person(String printed) {
        java.util.regex.Matcher role = ROLED.matcher(printed.strip());
        if (role.matches()) return role.group(1).strip();        // "JANE MARSH, CORRESPONDENT": the name before the role
        java.util.regex.Matcher m = IDENTIFIED.matcher(printed.strip());
        if (!m.matches() || m.group(1).isBlank()) return printed;
        List<String> inside = words(m.group(2));
        boolean titled = inside.size() >= 2 && TITLES.containsKey(inside.get(0)) && !DESCRIPTIVE.contains(inside.get(0));
        return titled ? m.group(2).strip() : m.group(1).strip();
    }

    /** Whether a label gives the person's role after the name, a broadcast's first label for them ({@code JANE MARSH, CORRESPONDENT}). */
    public static boolean hasRole(String printed) {
        return ROLED.matcher(printed.strip()).matches();
    }

    /** Whether a label begins with a title of address ({@code Mr.}, {@code Mrs.}, {@code Dr.}): a person's name follows. */
    public static boolean hasTitle(String printed) {
        List<String> w = words(person(printed));
        return w.size() >= 2 && TITLES.containsKey(w.get(0)) && !DESCRIPTIVE.contains(w.get(0));
    }

    public static Parts parts(String printed) {
        List<String> words = words(person(printed));
        List<String> core = new ArrayList<>();
        char sex = '-';
        int i = 0;
        while (i < words.size() - 1 && TITLES.containsKey(words.get(i))) {     // leading titles; the last word stays
            char s = TITLES.get(words.get(i));
            if (s != '-') sex = s;
            i++;
        }
        for (; i < words.size(); i++) {
            if (!PARTICLES.contains(words.get(i)) || i == words.size() - 1) core.add(words.get(i));
        }
        return new Parts(core, sex);
    }

    /** A name that is only titles ({@code MR}, {@code Dr.}): the start of a label, not a speaker's name. */
    public static boolean isTitleOnly(String printed) {
        List<String> words = words(printed);
        return !words.isEmpty() && words.stream().allMatch(w -> TITLES.containsKey(w) || Labels.isTitleAbbreviation(w));
    }

    /** Whether two printed names can be one person. */
    public static boolean samePerson(String a, String b) {
        Parts pa = parts(a), pb = parts(b);
        if (pa.core().isEmpty() || pb.core().isEmpty()) return false;
        if (pa.sex() != '-' && pb.sex() != '-' && pa.sex() != pb.sex()) return false;
        if (pa.core().equals(pb.core())) return true;
        // "Petrov" and "Ivan Petrov", "Hans" and "Hans Weber": one core begins or ends the other (the caller
        // accepts it only when it is unambiguous)
        List<String> shorter = pa.core().size() < pb.core().size() ? pa.core() : pb.core();
        List<String> longer = shorter == pa.core() ? pb.core() : pa.core();
        if (pa.core().size() == 1 && pb.core().size() >= 1 && pa.sex() != '-' && pa.sex() == pb.sex()) {
            // "Mrs. B." for "Mrs. Brill": a play abbreviates a titled name to its initial once the name is known
            if (initialOf(pa.core().get(0), pb.core()) || initialOf(pb.core().get(0), pa.core())) return true;
        }
        if (shorter.size() == longer.size() || initialsOnly(shorter)) return false;
        return longer.subList(longer.size() - shorter.size(), longer.size()).equals(shorter)
                || longer.subList(0, shorter.size()).equals(shorter);
    }

    /**
     * Whether a label is the initials of a name: {@code DM} or {@code D.M.} of {@code Daniel Mbeki}, {@code RO} of
     * {@code Mrs. Ruth Okafor} (titles left out). Transcripts of interviews label their turns so.
     */
    public static boolean initialsOf(String label, String name) {
        String l = label.strip().replace(".", "").replace(" ", "");
        if (l.length() < 2 || l.length() > 3 || !l.chars().allMatch(Character::isUpperCase)) return false;
        List<String> core = parts(name).core();
        if (core.size() != l.length()) return false;
        StringBuilder initials = new StringBuilder();
        for (String w : core) initials.append(w.charAt(0));
        return initials.toString().equals(words(l).get(0));
    }

    /**
     * Whether a label is a name cut short, as old plays print a speaker after the first speech: {@code HOB} of
     * {@code GILES HOBSON}, {@code LOV} of {@code MASTER LOVELACE}. One word of three letters or more that begins a
     * word of the name and is not that whole word.
     */
    public static boolean abbreviationOf(String label, String name) {
        List<String> l = words(label);
        if (l.size() != 1 || l.get(0).length() < 3 || !l.get(0).chars().allMatch(Character::isLetter)) return false;
        String cut = l.get(0);
        return parts(name).core().stream().anyMatch(w -> w.length() > cut.length() && w.startsWith(cut));
    }

    private static boolean initialOf(String initial, List<String> core) {
        String last = core.get(core.size() - 1);
        return initial.length() == 1 && last.length() > 1 && last.startsWith(initial);
    }

    private static boolean initialsOnly(List<String> words) {
        return words.stream().allMatch(w -> w.length() == 1);
    }

    /** Lowercased words without accents and punctuation: {@code Fr. v. Ahlden} → {@code fr v ahlden}. */
    static List<String> words(String printed) {
        String s = Normalizer.normalize(printed, Normalizer.Form.NFD);
        s = MARKS.matcher(s).replaceAll("").toLowerCase(Locale.ROOT);
        // letters with no decomposition keep a Latin reading, so Øystein is "oystein", not "ystein"
        if (!s.chars().allMatch(c -> c < 0x80)) {
            s = s.replace("ø", "o").replace("æ", "ae").replace("œ", "oe").replace("ß", "ss").replace("đ", "d")
                    .replace("ð", "d").replace("ł", "l").replace("þ", "th").replace("ı", "i");
        }
        List<String> out = new ArrayList<>();
        for (String w : s.split("[^\\p{L}\\p{N}'’]+")) {
            String t = w.replace("'", "").replace("’", "");
            if (!t.isEmpty()) out.add(t);
        }
        return out;
    }

    /**
     * A readable id for a person named so: {@code Frau von Ahlden} → {@code frau-von-ahlden}, {@code THE
     * CHAIRMAN} → {@code the-chairman}. Lowercase ASCII words joined by hyphens, starting with a letter.
     */
    public static String id(String printed) {
        String id = String.join("-", words(printed)).replaceAll("[^a-z0-9-]", "");
        id = id.replaceAll("-{2,}", "-").replaceAll("^-|-$", "");
        if (id.isEmpty()) return "person";
        return Character.isLetter(id.charAt(0)) ? id : "p-" + id;
    }
}
