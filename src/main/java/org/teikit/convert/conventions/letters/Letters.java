package org.teikit.convert.conventions.letters;

import org.teikit.convert.dates.DateParser;

import org.teikit.convert.conventions.Explanation;
import org.teikit.convert.conventions.speech.CastList;
import org.teikit.source.Block;
import org.teikit.source.NoteMarks;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The letters, telegrams and memoranda of a document: where each begins (a {@link LetterHeading}, perhaps under a
 * number or a document-type line), and its parts: dateline at the top or the bottom, salutation, closing,
 * signature. A heading-shaped line is a letter's only when letter parts follow it, when it is numbered, or when the
 * document prints several such headings alike and no section follows it; a year missing from a dateline comes from
 * {@link Datelines}. A document with no heading-shaped line at all may still be a collection of letters: see
 * {@link HeadlessLetters}.
 */
public final class Letters {
    private static final Pattern DOC_TYPE = Pattern.compile("(?i)^(?:(?:circular|confidential|secret|urgent|paraphrase\\s+of)\\s+)?(?:memorandum|memo|telegram|telegraphic|cable|letter|note|despatch|dispatch|aide-m[eé]moire)[.:]?$");
    /** A collection's author in its title: {@code Letters of Mary Ashworth}, {@code THE LIFE AND LETTERS OF EDWARD FAIRLIE}. */
    private static final Pattern AUTHOR = Pattern.compile("\\b(?i:letters|letter-?\\s?books?|life|memoirs?|correspondence|correspondance|corrispondenza|correspondencia|briefwechsel|papers|lettere|lettres|cartas|briefe|brieven|carteggio|epistolario)"
            + "(?:\\s+(?i:and)\\s+\\p{L}+)?"
            // an edition's word for what its letters are after the kind: "LETTERE INEDITE DI X", "Lettres inédites de X", "Familiar Letters of X" reads so already
            + "(?:\\s+(?i:inedite|inédites|inéditas|ineditas|familiari|familières|scelte|choisies|inéditos|unpublished|selected|private|original))?"
            + "(?:\\s+(?i:of|from|di|de|del|della|von|van)\\s+|\\s+(?i:d)['’])"
            // the name ends with its line: "THE CORRESPONDENCE OF HENRIETTA VOSS" over "Volume 2: 1889-1894"
            + "(\\p{Lu}[\\p{L}.'\\-]*(?:[ \\t]+(?!(?:TO|A|AN|AL|À|AAN|AND|ET|Y|E|UND|AU|AUX)\\b)\\p{Lu}[\\p{L}.'\\-]*){0,3})");
    /** A collection's title that is only a kind ({@code LETTERE AGLI AMICI}, {@code Letters}): its author may stand on the line above. */
    private static final Pattern COLLECTION_TITLE = Pattern.compile("(?i)^(?:letters|correspondence|correspondance|corrispondenza|correspondencia|briefwechsel|lettere|lettres|cartas|briefe|brieven|carteggio|epistolario)\\b.*");
    private static final Pattern SALUTE_OPENING = Pattern.compile("^(?:(?i:sir|madam|gentlemen|your excellency|(?:my\\s+)?dear(?:est)?)|(?:My |MY )?(?:Dear|DEAR) [^,:]{1,40})[:,](?:\\s+|\\s*[—–]\\s*)\\p{Lu}");
    private static final int LOOK_AHEAD = 4;
    /** The word before the name of one who signs for a firm or another person: {@code By}, {@code Per}, {@code p.p.}. */
    private static final Pattern SIGNED_FOR = Pattern.compile("^(?:By|BY|Per|PER|p\\.\\s?p\\.)\\s+(?=\\p{Lu})");
    /** The line a telegraph office's copy opens with: {@code TELEGRAM RECEIVED}, {@code TELEGRAM SENT}. */
    private static final Pattern TELEGRAM_FORM = Pattern.compile("(?i)^(?:telegram|cablegram|cable)\\s+(?:received|sent)\\.?$");
    /** A telegram's address block: a few short lines in capitals ({@code AMEMBASSY / TOKYO}). */
    private static final Pattern ADDRESS_LINE = Pattern.compile("^[\\p{Lu}][\\p{Lu}\\d .,'&\\-]{0,40}$");

    /**
     * One letter: its block range, the heading's blocks ({@code heading} up to {@code headEnd}), the parties, and where
     * its own parts stand (-1 when absent).
     */
    public record Letter(int start, int heading, int headEnd, int end, String number, String kind, String sender,
                         String addressee, int dateline, String when, String place, int salute, int closing, int signature,
                         String signedFor) {
        /** A letter its sender signs in his own name. */
        public Letter(int start, int heading, int headEnd, int end, String number, String kind, String sender,
                      String addressee, int dateline, String when, String place, int salute, int closing, int signature) {
            this(start, heading, headEnd, end, number, kind, sender, addressee, dateline, when, place, salute, closing, signature, "");
        }

        /** The same letter between other parties, as a later reading names them. */
        public Letter withParties(String sender, String addressee) {
            return new Letter(start, heading, headEnd, end, number, kind, sender, addressee, dateline, when, place, salute,
                    closing, signature, signedFor);
        }
    }

    /**
     * A letter's heading and where it ends; {@code form}: a message printed as a form (its fields read in one block);
     * {@code letterhead}: the firm a business letter's letterhead names, or "".
     */
    private record Candidate(int heading, int headEnd, LetterHeading head, boolean form, String letterhead, int referenceDate) {
        Candidate(int heading, int headEnd, LetterHeading head) { this(heading, headEnd, head, false, "", -1); }
        Candidate(int heading, int headEnd, LetterHeading head, boolean form) { this(heading, headEnd, head, form, "", -1); }
        Candidate(int heading, int headEnd, LetterHeading head, boolean form, String letterhead) { this(heading, headEnd, head, form, letterhead, -1); }
    }

    private Letters() {}

    public static List<Letter> find(List<Block> blocks, Explanation explain) {
        String author = author(blocks);
        String recipient = recipient(blocks, author);
        List<Candidate> candidates = candidates(blocks, author, explain);
        boolean headless = candidates.isEmpty();
        // forms among letters that print no heading lines (a soldier's printed cards between his letters): both are read
        boolean formsOnly = !headless && candidates.stream().allMatch(Candidate::form);
        java.util.Set<Integer> headlessStarts = new java.util.HashSet<>();
        if (headless || formsOnly) {                               // a collection that prints no heading lines
            List<Candidate> forms = List.copyOf(candidates);
            for (HeadlessLetters.Start s : HeadlessLetters.find(blocks, Datelines.titleYear(blocks), explain)) {
                if (forms.stream().anyMatch(f -> s.block() >= f.heading() && s.block() < Math.max(f.headEnd(), f.heading() + 1))) continue;
                // an extract's introducing line names its parties and date as a heading's fields do
                boolean introduced = s.referenceDate() < 0 && !s.dateText().isEmpty();
                candidates.add(new Candidate(s.block(), introduced ? s.block() + 1 : s.block(),
                        new LetterHeading(s.sender(), s.addressee(), "letter", "", s.dateText(), introduced),
                        false, s.letterhead(), s.referenceDate()));
                headlessStarts.add(s.block());
            }
            if (headless) {
                // the editor's numbers over the letters found ("3." above its dateline): a number over none begins one too
                for (int n : numberedWithoutStart(blocks, headlessStarts, explain)) {
                    candidates.add(new Candidate(n, n + 1, new LetterHeading("", "", "letter", numberOf(blocks.get(n)), "", false)));
                    headlessStarts.add(n);
                }
                candidates.sort(java.util.Comparator.comparingInt(Candidate::heading));
            }
            if (formsOnly && !headlessStarts.isEmpty()) {
                candidates.sort(java.util.Comparator.comparingInt(Candidate::heading));
                explain.decided(blocks.get(candidates.get(0).heading()).line(), "letters", "the document prints " + forms.size()
                        + " message forms and " + headlessStarts.size() + " letters without heading lines between them: both are read");
            }
        }
        Datelines years = new Datelines(Datelines.titleYear(blocks), explain);
        years.numericOrder(NumericDateOrder.of(blocks, explain));
        Datelines probe = new Datelines("", new Explanation());
        String frontMonth = frontMonth(blocks);
        // the first heading below the document's title: no letter precedes it, so no foot can stand above it
        int titleBlock = firstText(blocks, 0, blocks.size());
        int firstHead = candidates.stream().mapToInt(Candidate::heading).filter(x -> x > titleBlock).findFirst().orElse(-1);
        boolean datesAbove = !headless && datedAboveHeading(blocks, firstHead, probe);
        if (datesAbove) explain.decided(blocks.get(firstHead - 1).line(), "letters",
                "the first letter's dateline stands above its heading: a dateline right above a heading is that letter's, not a foot of the letter before");
        List<Letter> out = new ArrayList<>();
        for (int c = 0; c < candidates.size(); c++) {
            Candidate cand = candidates.get(c);
            int next = c + 1 < candidates.size() ? headTop(blocks, candidates.get(c + 1).heading(), probe, datesAbove) : blocks.size();
            Optional<Letter> l = letter(blocks, cand, next, candidates.size(), years, probe, out, frontMonth, datesAbove, explain);
            // a letter no signature names is the collection's author's ("THE WAR LETTERS OF AMOS TRUESDELL")
            boolean ownHead = !headless && !headlessStarts.contains(cand.heading());
            if (!ownHead && !author.isEmpty()) l = l.map(x -> x.sender().isEmpty() ? authors(x, author, blocks, explain) : x);
            l.ifPresent(out::add);
        }
        // a letter runs to the next one's start; "To the same" is the letter before's addressee
        List<Letter> fixed = new ArrayList<>();
        for (int k = 0; k < out.size(); k++) {
            Letter l = namedKin(sameParties(out.get(k), fixed, blocks, explain), blocks, out.get(0).start(), explain);
            boolean headed = !headless && !headlessStarts.contains(l.heading());
            if (!headed) l = titledAddressee(l, out, blocks, explain);
            if (!headed) l = TitledParties.complete(l, author, recipient, l.closing() >= 0 ? blocks.get(l.closing()).plain() : "",
                    blocks.get(l.heading()).line(), explain, signedTimes(out, l.sender()));
            l = titledSurname(l, author, recipient, blocks, explain);
            int end = k + 1 < out.size() ? Math.min(l.end(), out.get(k + 1).start()) : l.end();
            fixed.add(new Letter(l.start(), l.heading(), l.headEnd(), end, l.number(), l.kind(), l.sender(), l.addressee(),
                    l.dateline(), l.when(), l.place(), l.salute(), l.closing() < end ? l.closing() : -1,
                    l.signature() < end ? l.signature() : -1, l.signedFor()));
        }
        return envelopeNamesKin(introducedNames(initialsNamed(kinByName(fixed, recipient, blocks, explain), blocks, explain), blocks, explain),
                blocks, explain);
    }

    /**
     * A title naming the recipient by kinship alone ({@code to his wife}) whose letters, where their salutations name
     * someone, all name one person ({@code My own dearest Kate}, twice or more): that person is the kinsman, so the
     * letters saluting by kinship or endearment ({@code My darling wife}, {@code Dearest}) are to her too.
     */
    private static List<Letter> kinByName(List<Letter> letters, String recipient, List<Block> blocks, Explanation explain) {
        if (LetterHeading.kinOnly(recipient).isEmpty()) return letters;
        java.util.Set<String> named = new java.util.HashSet<>();
        int times = 0;
        for (Letter l : letters) {
            if (l.addressee().isBlank() || l.addressee().equalsIgnoreCase(recipient)) continue;
            named.add(l.addressee().strip());
            times++;
        }
        if (named.size() != 1 || times < 2) return letters;
        String name = named.iterator().next();
        if (!FIRST_NAME_ONLY.matcher(name).matches()) return letters;
        List<Letter> out = new ArrayList<>();
        for (Letter l : letters) {
            if (l.addressee().equalsIgnoreCase(recipient)) {
                explain.decided(blocks.get(l.heading()).line(), "letters", "the title's '" + recipient + "' is the '" + name
                        + "' every letter saluting by name greets (" + times + " letters): the addressee");
                l = l.withParties(l.sender(), name);
            }
            out.add(l);
        }
        return out;
    }

    /** How many of the letters are signed exactly so. */
    private static int signedTimes(List<Letter> letters, String sender) {
        return sender.isBlank() ? 0 : (int) letters.stream().filter(x -> x.sender().equals(sender)).count();
    }

    /** A party named by title and surname ({@code Mrs. X}) whom the collection's title names in full: that name ({@link TitledSurnames}). */
    private static Letter titledSurname(Letter l, String author, String recipient, List<Block> blocks, Explanation explain) {
        String sender = l.sender(), addressee = l.addressee();
        for (String titled : List.of(author, recipient)) {
            if (titled.isEmpty()) continue;
            sender = TitledSurnames.fuller(sender, titled);
            addressee = TitledSurnames.fuller(addressee, titled);
        }
        if (!TitledSurnames.differs(sender, l.sender()) && !TitledSurnames.differs(addressee, l.addressee())) return l;
        explain.decided(blocks.get(l.heading()).line(), "letters", "'" + (TitledSurnames.differs(sender, l.sender()) ? l.sender() : l.addressee())
                + "', a title or initials and a surname, is the person the collection's title names in full: from '" + sender + "' to '" + addressee + "'");
        return l.withParties(sender, addressee);
    }

    private static final Pattern FIRST_NAME_ONLY = Pattern.compile("^\\p{Lu}\\p{Ll}{2,}$");

    /**
     * A party signing with a first name alone ({@code Agnes.}) where the editor's introduction, above the first letter,
     * names exactly one person by that first name and a surname ({@code Agnes Rendle wrote to her brother …}): that
     * person. (An initial and a surname, {@code A. Rendle}, is left as signed: the signature is already a name.)
     */
    private static List<Letter> introducedNames(List<Letter> letters, List<Block> blocks, Explanation explain) {
        if (letters.isEmpty()) return letters;
        StringBuilder front = new StringBuilder();
        for (int i = 0; i < letters.get(0).start(); i++) front.append(blocks.get(i).plain()).append('\n');
        if (front.length() == 0) return letters;
        List<Letter> out = new ArrayList<>();
        for (Letter l : letters) {
            String sender = introduced(l.sender(), front.toString());
            if (sender.equals(l.sender())) { out.add(l); continue; }
            explain.decided(blocks.get(l.heading()).line(), "letters", "'" + l.sender() + "' signs by first name; the introduction names one '"
                    + sender + "': the sender");
            out.add(l.withParties(sender, l.addressee()));
        }
        return out;
    }

    private static String introduced(String party, String front) {
        String name = party.strip().replaceAll("[.,]$", "");
        if (!FIRST_NAME_ONLY.matcher(name).matches()) return party;
        Pattern full = Pattern.compile("\\b(" + Pattern.quote(name) + "\\s+\\p{Lu}\\p{Ll}+(?:-\\p{Lu}\\p{Ll}+)?)\\b");
        Matcher m = full.matcher(front);
        java.util.Set<String> names = new java.util.LinkedHashSet<>();
        while (m.find()) names.add(m.group(1));
        return names.size() == 1 ? names.iterator().next() : party;
    }

    private static final Pattern INITIALS_ONLY = Pattern.compile("^(?:\\p{Lu}\\.\\s?){2,4}$");

    /**
     * A party who signs by initials alone ({@code — A. W. H.}) where exactly one name among the document's other
     * letters' parties has those initials ({@code ARTHUR W. HANSON}, who signs the circulars): that person.
     */
    private static List<Letter> initialsNamed(List<Letter> letters, List<Block> blocks, Explanation explain) {
        List<Letter> out = new ArrayList<>();
        for (Letter l : letters) {
            String sender = fullName(l.sender(), letters), addressee = fullName(l.addressee(), letters);
            if (sender.equals(l.sender()) && addressee.equals(l.addressee())) { out.add(l); continue; }
            explain.decided(blocks.get(l.heading()).line(), "letters", "initials stand for the one party of the document's other letters "
                    + "whose name has them: from '" + sender + "' to '" + addressee + "'");
            out.add(l.withParties(sender, addressee));
        }
        return out;
    }

    private static String fullName(String party, List<Letter> letters) {
        if (!INITIALS_ONLY.matcher(party.strip()).matches()) return party;
        String initials = party.replaceAll("[^\\p{Lu}]", "");
        java.util.Set<String> fits = new java.util.LinkedHashSet<>();
        for (Letter o : letters) {
            for (String name : List.of(o.sender(), o.addressee())) {
                if (INITIALS_ONLY.matcher(name.strip()).matches()) continue;
                String[] w = name.strip().split("[\\s.]+");
                StringBuilder firsts = new StringBuilder();
                for (String x : w) if (!x.isEmpty()) firsts.append(x.charAt(0));
                if (w.length >= 2 && firsts.toString().equals(initials)) fits.add(name.strip());
            }
        }
        return fits.size() == 1 ? fits.iterator().next() : party;
    }

    /** An envelope described after its letter: {@code Envelope: Mrs X, The Vicarage, …}, {@code Addressed to: …}. */
    private static final Pattern ENVELOPE = Pattern.compile("(?i)^(?:envelope|cover|addressed(?:\\s+to)?|superscription)\\s*:\\s*(\\p{Lu}[^,;]{1,50}?)\\s*[,;]\\s*\\S.*");

    /**
     * Letters to a kinsman the title names by kinship alone ({@code to her mother}) whose envelopes, described after
     * them, all name one person ({@code Envelope: Mrs Fanshawe, The Vicarage, …}): that kinsman is the person, in every
     * letter that names him by kinship.
     */
    private static List<Letter> envelopeNamesKin(List<Letter> letters, List<Block> blocks, Explanation explain) {
        java.util.Map<String, java.util.Set<String>> named = new java.util.HashMap<>();
        int line = -1;
        for (Letter l : letters) {
            String kin = LetterHeading.kinOnly(l.addressee());
            if (kin.isEmpty()) continue;
            for (int i = l.start(); i < l.end(); i++) {
                Block b = blocks.get(i);
                if (b.kind() != Block.Kind.PARAGRAPH) continue;
                Matcher m = ENVELOPE.matcher(LetterHeading.clean(b.plain()));
                if (!m.matches() || FormFields.AS_BEFORE.matcher(m.group(1)).matches()) continue;
                named.computeIfAbsent(l.addressee().toLowerCase(java.util.Locale.ROOT), k -> new java.util.LinkedHashSet<>()).add(m.group(1).strip());
                if (line < 0) line = b.line();
            }
        }
        if (named.isEmpty()) return letters;
        List<Letter> out = new ArrayList<>();
        for (Letter l : letters) {
            java.util.Set<String> to = named.get(l.addressee().toLowerCase(java.util.Locale.ROOT));
            java.util.Set<String> from = named.get(l.sender().toLowerCase(java.util.Locale.ROOT));
            String addressee = to != null && to.size() == 1 ? l.addressee() + " " + to.iterator().next() : l.addressee();
            String sender = from != null && from.size() == 1 ? l.sender() + " " + from.iterator().next() : l.sender();
            out.add(addressee.equals(l.addressee()) && sender.equals(l.sender()) ? l : l.withParties(sender, addressee));
        }
        for (var e : named.entrySet()) {
            if (e.getValue().size() == 1) explain.decided(line, "letters", "the envelopes of the letters to '" + e.getKey()
                    + "' name one person, '" + e.getValue().iterator().next() + "': the kinsman is that person");
        }
        return out;
    }

    /**
     * An addressee named by kinship alone ({@code Aan zijn broeder.}) whom the introduction names ({@code de brieven aan
     * zijn broeder Hendrik}): the kinsman and his name, when the front matter gives the kinship word one name only.
     */
    private static Letter namedKin(Letter l, List<Block> blocks, int front, Explanation explain) {
        String kin = LetterHeading.kinOnly(l.addressee());
        if (kin.isEmpty()) return l;
        Pattern named = Pattern.compile("(?iu)\\b" + Pattern.quote(kin) + "\\s+(?-i:(\\p{Lu}\\p{Ll}+))\\b");
        java.util.Set<String> names = new java.util.LinkedHashSet<>();
        for (int i = 0; i < front; i++) {
            Matcher m = named.matcher(blocks.get(i).plain().replace('\n', ' '));
            while (m.find()) names.add(m.group(1));
        }
        if (names.size() != 1) return l;
        String addressee = l.addressee() + " " + names.iterator().next();
        explain.decided(blocks.get(l.heading()).line(), "letters", "the introduction names the addressee '" + l.addressee()
                + "': '" + addressee + "'");
        return l.withParties(l.sender(), addressee);
    }

    /**
     * A letter that salutes by courtesy alone ({@code Monsieur,}, {@code Cher ami,}) in a collection whose title names
     * one of its letters' addressees ({@code Fonds Vasseur …} over an inside address {@code Monsieur Henri Vasseur}):
     * the letters are that person's, received; the courtesy is addressed to him.
     */
    private static Letter titledAddressee(Letter l, List<Letter> all, List<Block> blocks, Explanation explain) {
        if (!courtesyOnly(l.addressee()) || all.isEmpty()) return l;
        String title = " " + blocks.get(firstText(blocks, 0, blocks.size())).plain().replaceAll("[^\\p{L}]+", " ") + " ";
        for (Letter o : all) {
            if (courtesyOnly(o.addressee())) continue;
            String[] words = o.addressee().replaceAll("[^\\p{L} ]+", " ").strip().split("\\s+");
            String surname = words[words.length - 1];
            if (surname.length() < 3 || !Character.isUpperCase(surname.codePointAt(0)) || !title.contains(" " + surname + " ")) continue;
            // the titled one writes none of the letters: they are his, received
            if (all.stream().anyMatch(x -> x.sender().contains(surname))) return l;
            explain.decided(blocks.get(l.heading()).line(), "letters", (l.addressee().isEmpty() ? "the letter names no addressee" : "the salutation '" + l.addressee() + "' names no one") + "; the title names '"
                    + surname + "', to whom another letter of the collection is addressed: the addressee '" + o.addressee() + "'");
            return l.withParties(l.sender(), o.addressee());
        }
        return l;
    }

    /** An addressee that names no one: none, a courtesy title ({@code Sir}, {@code Monsieur le Directeur}), or a salutation of no name ({@code Cher ami}). */
    private static boolean courtesyOnly(String addressee) {
        String a = addressee.strip();
        if (a.isEmpty() || FORMAL_ADDRESSEE.matcher(a).matches()) return true;
        String[] w = a.split("\\s+");
        if (w.length > 3) return false;
        for (int k = 1; k < w.length; k++) if (Character.isUpperCase(w[k].codePointAt(0))) return false;
        return w.length > 1 && LetterParts.isSalute(a + ",");
    }

    private static Letter authors(Letter l, String author, List<Block> blocks, Explanation explain) {
        explain.decided(blocks.get(l.heading()).line(), "letters", "no signature names the writer: the collection's author, '" + author + "'");
        return l.withParties(author, l.addressee());
    }

    /** A letter whose heading names "the same" as its sender or addressee takes the previous letter's. */
    private static Letter sameParties(Letter l, List<Letter> before, List<Block> blocks, Explanation explain) {
        if (before.isEmpty()) return l;
        Letter p = before.get(before.size() - 1);
        // "To the Same" after "From X" (a letter to the writer) is to X: the previous correspondent, not the writer
        String same = p.addressee().equalsIgnoreCase(l.sender()) && !p.sender().isBlank() ? p.sender() : p.addressee();
        String addressee = LetterHeading.isTheSame(l.addressee()) ? glossed(l.addressee(), before, same) : l.addressee();
        if (LetterHeading.isTheSame(l.addressee()) && addressee.equals(same)) addressee = sameGender(l, before, same, blocks, explain);
        String sender = LetterHeading.isTheSame(l.sender()) ? p.sender() : l.sender();
        if (addressee.equals(l.addressee()) && sender.equals(l.sender())) return l;
        explain.decided(blocks.get(l.heading()).line(), "letters", "'the same' is the letter before's: from '" + sender
                + "' to '" + addressee + "'");
        return l.withParties(sender, addressee);
    }

    /**
     * "The same" printed in a gender ({@code AU MÊME}) the letter before's addressee's title does not have
     * ({@code MADAME X}): the latest earlier addressee whose title has it; without one, the letter before's.
     */
    private static String sameGender(Letter l, List<Letter> before, String same, List<Block> blocks, Explanation explain) {
        SameByGender.Gender g = SameByGender.ofSame(LetterHeading.clean(blocks.get(l.heading()).plain()));
        if (!SameByGender.disagree(g, SameByGender.ofAddressee(same))) return same;
        for (int k = before.size() - 1; k >= 0; k--) {
            String earlier = before.get(k).addressee();
            if (SameByGender.ofAddressee(earlier) == g) {
                explain.decided(blocks.get(l.heading()).line(), "letters", "'the same' is printed " + g.name().toLowerCase(java.util.Locale.ROOT)
                        + " and the letter before's addressee '" + same + "' is not: the latest earlier addressee who is, '" + earlier + "'");
                return earlier;
            }
        }
        return same;
    }

    /**
     * "The same" with the editor's gloss ({@code Aan denzelfde [zijn vader]}) is the latest earlier addressee the gloss
     * names, which need not be the letter just before; without a gloss, or when none matches, the letter before's.
     */
    private static String glossed(String printed, List<Letter> before, String same) {
        String gloss = LetterHeading.sameGloss(printed).toLowerCase(java.util.Locale.ROOT);
        if (gloss.isEmpty()) return same;
        for (int k = before.size() - 1; k >= 0; k--) {
            if (before.get(k).addressee().toLowerCase(java.util.Locale.ROOT).contains(gloss)) return before.get(k).addressee();
        }
        return same;
    }

    private static List<Candidate> candidates(List<Block> blocks, String author, Explanation explain) {
        String recipient = recipient(blocks, author);
        Datelines probe = new Datelines("", new Explanation());
        List<Candidate> out = new ArrayList<>();
        java.util.Map<Integer, FormFields.Form> forms = forms(blocks, explain);
        Optional<CastList> cast = CastList.find(blocks).filter(CastList::drama);
        ReplyOnMessage.Reply lastReply = null;
        int lastReplyAt = -1;
        for (int i = 0; i < blocks.size(); i++) {
            if (cast.isPresent() && spokenOrDirected(blocks.get(i), cast.get())) continue;
            Optional<LetterHeading> record = CatalogueTable.read(blocks.get(i));
            if (record.isPresent()) {                             // a catalogue record's table of fields over the letter
                explain.decided(blocks.get(i).line(), "letters", "a catalogue record's table names the writer '" + record.get().sender()
                        + "' and the recipient '" + record.get().addressee() + "': the letter below is theirs");
                out.add(new Candidate(i, i + 1, record.get()));
                continue;
            }
            int run = LetterHeading.fieldRun(blocks, i);
            if (run - i >= 2) {                                    // a memo header printed one field a paragraph
                Optional<LetterHeading> memo = LetterHeading.fields(blocks.subList(i, run));
                if (memo.isPresent()) {
                    out.add(new Candidate(i, run, memo.get()));
                    i = run - 1;
                    continue;
                }
            }
            if (forms.containsKey(i)) {
                // a form's header fields and its text in one block: the block is the message's body; a block of fields only, its heading
                FormFields.Form f = forms.get(i);
                boolean onlyFields = fieldsOnly(blocks.get(i));
                int last = i;                                      // the heading's last block: a card's address side, a form's TO box
                for (int k = 1; k < f.blocks(); k++) last = firstText(blocks, last + 1, blocks.size());
                int headEnd = f.blocks() >= 2 ? last + 1 : onlyFields || f.textBelow() ? i + 1 : i;
                out.add(new Candidate(i, headEnd, new LetterHeading(f.sender(), f.addressee(),
                        formKind(blocks, i), "", f.dateText(), true), true));
                if (f.blocks() >= 2) i = headEnd - 1;
                continue;
            }
            Optional<ReplyOnMessage.Reply> reply = out.isEmpty() ? Optional.empty() : ReplyOnMessage.read(blocks.get(i));
            if (reply.isEmpty() && lastReply != null && onlyBracketsBetween(blocks, lastReplyAt + 1, i)) {
                ReplyOnMessage.Reply to = lastReply;
                reply = ReplyOnMessage.answer(blocks.get(i), to);
                if (reply.isPresent()) explain.decided(blocks.get(i).line(), "letters", "under the note by '" + to.sender()
                        + "', a text signed and dated at its end ('" + reply.get().sender() + "', '" + reply.get().dateText() + "'): its answer, to '" + to.sender() + "'");
            }
            if (reply.isPresent()) {
                // written on a message that came back: a message of its own, after the one it answers
                ReplyOnMessage.Reply r = reply.get();
                lastReply = r;
                lastReplyAt = i;
                explain.decided(blocks.get(i).line(), "letters", "a note addressed to '" + r.addressee() + "' and signed and dated at its end ('"
                        + r.dateText() + "'), after a message: a reply of its own, by '" + r.sender() + "'");
                out.add(new Candidate(i, i, new LetterHeading(r.sender(), r.addressee(), "letter", "", r.dateText(), true), true));
                continue;
            }
            if (TELEGRAM_FORM.matcher(LetterHeading.clean(blocks.get(i).plain())).matches()) {
                // "TELEGRAM SENT": a telegram's form begins; its parties are in its address block and signature
                out.add(new Candidate(i, i + 1, new LetterHeading("", "", "telegram", "", "", false)));
                continue;
            }
            int at = i;
            int above = i - 1;
            while (above >= 0 && blocks.get(above).isBreak()) above--;
            // the block under a closing formula signs the letter ("GEO. RIDLEY,\nAgent to the Trustees."): no heading
            // (a markdown heading is never a signature: "Your loving Owen" closes the letter above it)
            if (above >= 0 && blocks.get(i).kind() != Block.Kind.HEADING && blocks.get(above).lines().size() == 1
                    && LetterParts.isClosingSalute(blocks.get(above).plain())) continue;
            // the year alone under a heading is that heading's ("1763." under "Mrs. X to Miss Y."), no letter's number
            if (above >= 0 && !out.isEmpty() && out.get(out.size() - 1).heading() == above && !yearAlone(blocks.get(i)).isEmpty()) continue;
            boolean underNumber = above >= 0 && numbered(blocks.get(above));
            if (!underNumber && atFoot(blocks, i, probe)) continue;
            boolean salutedBelow = blocks.get(i).kind() == Block.Kind.LIST_ITEM
                    && (salutedBelow(blocks, i) || datedBelow(blocks, i, probe));
            Optional<LetterHeading> h = LetterHeading.read(blocks.get(i), author, underNumber, salutedBelow)
                    .or(() -> numberHeading(blocks, at, author, recipient));
            if (h.isPresent() && underHeading(blocks, out, above)) {
                // "XVIII. THE BISHOP TO THE CLERGY" over "Thomas, by Divine Permission Bishop …, to the Reverend …": the
                // letter's own formal address under the editor's heading, no letter of its own
                explain.decided(blocks.get(i).line(), "letters", "'" + LetterHeading.clean(blocks.get(i).plain())
                        + "' reads as a heading but stands right under the letter's heading: the letter's own address");
                continue;
            }
            h.ifPresent(x -> out.add(new Candidate(at, at + 1, x)));
        }
        return out;
    }

    /**
     * Whether the last candidate is an editor's numbered heading ({@code XVIII. X TO Y}) of one block ending right at
     * {@code above}, below the document's title. (A heading-shaped line with no number, {@code Repeated to Madrid.},
     * may end the letter before and is no heading over the next.)
     */
    private static boolean underHeading(List<Block> blocks, List<Candidate> out, int above) {
        if (out.isEmpty() || above < 0) return false;
        Candidate prev = out.get(out.size() - 1);
        return !prev.form() && !prev.head().fields() && !prev.head().number().isEmpty() && prev.heading() == above && prev.headEnd() == above + 1
                && above != firstText(blocks, 0, blocks.size());
    }

    /**
     * In a play (it prints a cast list), a block under the name of a part alone on its first line is that part's speech,
     * and one opening on a parenthesis a direction: neither heads a letter, whatever {@code X TO Y} its words make.
     */
    private static boolean spokenOrDirected(Block b, CastList cast) {
        List<String> own = LetterHeading.lines(b);
        if (b.kind() != Block.Kind.PARAGRAPH || own.isEmpty()) return false;
        String first = own.get(0).strip();
        return first.startsWith("(") || own.size() > 1 && cast.member(first).isPresent();
    }

    /** Whether the next block that is no break is a salutation. */
    private static boolean salutedBelow(List<Block> blocks, int i) {
        int below = i + 1;
        while (below < blocks.size() && blocks.get(below).isBreak()) below++;
        // "1. X to his mother" / "New York, 14th October 1851" / "Dear Mother,": the dateline between
        if (below + 1 < blocks.size() && LetterParts.dateline(blocks.get(below).plain().strip()).isPresent()) below++;
        return below < blocks.size() && LetterParts.isSalute(blocks.get(below).plain().strip());
    }

    /**
     * Whether the next block, past the editor's brackets ({@code [Paraphrase]}), is a dateline of a line or two: a
     * documents volume's numbered heading ({@code 412.  The Minister in X (Y) to the Secretary of State}) stands over
     * its dateline as a letter book's over its salutation; a list's item is followed by the next item or prose.
     */
    private static boolean datedBelow(List<Block> blocks, int i, Datelines probe) {
        int below = firstText(blocks, i + 1, blocks.size());
        while (below < blocks.size() && bracketed(blocks.get(below))) below = firstText(blocks, below + 1, blocks.size());
        if (below >= blocks.size() || blocks.get(below).kind() != Block.Kind.PARAGRAPH) return false;
        Block head = blocks.get(below);
        List<String> lines = LetterHeading.lines(head);
        if (datelineBlock(head, probe)) return true;
        // an address and dateline of a few short lines ("Kew Observatory" / "Richmond, Surrey" / "27th April 1891"), or a
        // place and a date in figures ("Uppsala, 2/3/91"), over the salutation
        return lines.size() <= 4 && lines.stream().allMatch(l -> LetterParts.atMostWords(l, 6)) && salutedBelow(blocks, below);
    }

    private static boolean bracketed(Block b) {
        String t = b.plain().strip();
        return b.lines().size() == 1 && t.startsWith("[") && t.endsWith("]");
    }

    /**
     * Whether the block stands at a letter's foot: a closing formula among the few short blocks right above it
     * ({@code … the assurance of its highest consideration.} / {@code Lisbon, 3rd March, 1933.} / {@code To the
     * Ministry …,} / {@code Lisbon.}). A "To X," there is the address the letter was sent to, not the next letter's
     * heading: it is printed as an address, its first line ending on a comma as the lines of an address do and a
     * heading's never does; and no dateline or salutation follows it, as one would under a heading.
     */
    private static boolean atFoot(List<Block> blocks, int i, Datelines probe) {
        List<String> own = LetterHeading.lines(blocks.get(i));
        if (blocks.get(i).kind() == Block.Kind.HEADING || own.isEmpty() || !own.get(0).strip().endsWith(",")) return false;
        int below = firstText(blocks, i + 1, blocks.size());
        if (below < blocks.size() && (LetterParts.isSalute(blocks.get(below).plain())
                || probe.read(LetterHeading.lines(blocks.get(below)), "", blocks.get(below).line()).isPresent())) return false;
        int seen = 0;
        for (int k = i - 1; k >= 0 && seen < 3; k--) {
            Block b = blocks.get(k);
            if (b.isBreak()) continue;
            seen++;
            if (b.kind() == Block.Kind.HEADING || numbered(b)) return false;
            if (closes(b) || endsWithFormule(b)) return true;
            if (!LetterParts.atMostWords(b.plain(), 8)) return false;
        }
        return false;
    }

    /** A paragraph whose last lines are a closing formule ({@code The Legation avails itself … highest consideration.}). */
    private static boolean endsWithFormule(Block b) {
        List<String> lines = LetterHeading.lines(b);
        for (int k = 1; k <= Math.min(3, lines.size()); k++) {
            if (LetterParts.isFormule(String.join(" ", lines.subList(lines.size() - k, lines.size())))) return true;
        }
        return false;
    }

    /**
     * The blocks that are message forms ({@link FormFields}): each that names addressee, sender and date in fields,
     * or, where the document prints two or more such forms, each that names the parties.
     */
    private static java.util.Map<Integer, FormFields.Form> forms(List<Block> blocks, Explanation explain) {
        java.util.Map<Integer, FormFields.Form> all = new java.util.TreeMap<>();
        for (int i = 0; i < blocks.size(); i++) {
            int at = i;
            // a memorandum's header of field lines alone is read as before (LetterHeading.fields)
            if (LetterHeading.fields(List.of(blocks.get(i))).isPresent()) continue;
            Optional<FormFields.Form> form = FormFields.read(blocks.get(i));
            if (form.isEmpty()) {
                form = WireForm.read(blocks.get(i));
                form.ifPresent(f -> explain.decided(blocks.get(at).line(), "letters", "a telegraph company's form of unlabelled lines: "
                        + "the place and date of filing '" + f.dateText() + "' date it, the line below names the addressee, the last line signs it"));
            }
            int below = firstText(blocks, i + 1, blocks.size());
            if (form.isEmpty() && below < blocks.size() && fieldsOnly(blocks.get(i)) && fieldsOnly(blocks.get(below))) {
                form = FormFields.read(blocks.get(i), blocks.get(below));    // a card's signature and date, then its address side
            }
            if (form.isEmpty() && below < blocks.size() && LetterHeading.lines(blocks.get(i)).size() >= 2) {
                form = FormFields.readSignedBelow(blocks.get(i), blocks.get(below));  // a telegraph form's fields, its text signed below
            }
            int top = i;
            if (form.isEmpty() && FormFields.addressBox(blocks.get(i))) {
                // a form set out box by box: the boxes above the addressee's (no rule between), the sender's below the text
                for (int k = i - 1; k >= 0; k--) {
                    Block b = blocks.get(k);
                    if (isRule(b)) break;
                    if (b.isBreak()) continue;
                    if (!FormFields.boxed(LetterHeading.lines(b)) || FormFields.senderBox(b) || FormFields.addressBox(b)) break;
                    top = k;
                }
                int foot = firstText(blocks, i + 1, blocks.size());
                for (int seen = 0; foot < blocks.size() && seen < 3 && !isRule(blocks.get(foot))
                        && !FormFields.senderBox(blocks.get(foot)); seen++) foot = firstText(blocks, foot + 1, blocks.size());
                if (foot < blocks.size() && FormFields.senderBox(blocks.get(foot)) && foot > firstText(blocks, i + 1, blocks.size())) {
                    List<Block> head = new ArrayList<>();
                    for (int k = top; k <= i; k++) if (!blocks.get(k).isBreak()) head.add(blocks.get(k));
                    form = FormFields.readSpread(head, blocks.get(foot));
                    int from = top, footLine = blocks.get(foot).line();
                    form.ifPresent(f -> explain.decided(blocks.get(from).line(), "letters", "a form printed box by box: the boxes over "
                            + "its text name the addressee '" + f.addressee() + "', the sender's box under it (line " + footLine
                            + ") '" + f.sender() + "'"));
                }
            }
            int key = top;
            form.ifPresent(f -> all.put(key, f));
            if (form.isPresent() && form.get().blocks() == 2 && top == at) i = below;
        }
        // "Address side: as card 1": the addressee of the form before
        String previous = null;
        for (var e : all.entrySet()) {
            FormFields.Form f = e.getValue();
            if (f.addresseeAsBefore() && previous != null) {
                explain.decided(blocks.get(e.getKey()).line(), "letters", "the form's address '" + f.addressee()
                        + "' is the form before's: '" + previous + "'");
                e.setValue(f = f.withAddressee(previous));
            }
            if (!f.addresseeAsBefore()) previous = f.addressee();
        }
        all.values().removeIf(FormFields.Form::addresseeAsBefore);
        if (all.size() < 2) all.values().removeIf(f -> f.dateText().isEmpty() || f.signedOnly());
        for (var e : all.entrySet()) {
            FormFields.Form f = e.getValue();
            explain.decided(blocks.get(e.getKey()).line(), "letters", (f.ownAddress() ? "the text's own address (FROM … TO …, over the fields' "
                    + "call signs) names the addressee '" : f.card() ? "a postcard described field by field: its message (or, "
                    + "where it salutes nobody by name, its address side) names the addressee '" : "the block's fields name the addressee '") + f.addressee()
                    + "' and " + (f.signedOnly() ? "its text is signed '" : "the sender '") + f.sender() + "'"
                    + (f.dateText().isEmpty() ? "" : ", dated '" + f.dateText() + "'")
                    + (all.size() >= 2 ? ": one of " + all.size() + " message forms" : ": a message form"));
        }
        return all;
    }

    /** Whether every line of the block is header fields (a fax's cover sheet): the message's heading, its text below. */
    private static boolean fieldsOnly(Block b) {
        for (String l : LetterHeading.lines(b)) if (!l.strip().matches("^\\p{L}[\\p{L}.' ]{0,30}(?:\\([^)]{1,30}\\))?\\s*:.*")) return false;
        return true;
    }

    /** A form names a telegram where it or the document's head says so (telegram, telex, signals, ZCZC); else a letter. */
    private static String formKind(List<Block> blocks, int i) {
        StringBuilder said = new StringBuilder(blocks.get(i).plain());
        for (int k = 0; k < Math.min(blocks.size(), 3); k++) said.append(' ').append(blocks.get(k).plain());
        return FORM_TELEGRAM.matcher(said).find() ? "telegram" : "letter";
    }

    private static final Pattern FORM_TELEGRAM = Pattern.compile("(?i)\\b(?:telegrams?|telegraphs?|telex|tlx|cables?|signals|ZCZC)\\b");

    private static Optional<Letter> letter(List<Block> blocks, Candidate cand, int next, int candidates, Datelines years,
                                           Datelines probe, List<Letter> before, String frontMonth, boolean datesAbove,
                                           Explanation explain) {
        int h = cand.heading(), hEnd = cand.headEnd();
        LetterHeading head = cand.head();
        int end = endOf(blocks, h, next);
        int start = h;
        String number = head.number(), kind = head.kind();
        boolean free = before.isEmpty() || before.get(before.size() - 1).headEnd() <= h - 1;
        if (h > 0 && free) {                                       // "359.", "Telegram No. 12" or "MEMORANDUM" above
            Block above = blocks.get(h - 1);
            Matcher num = LetterHeading.number(above);
            if (num != null) {
                start = h - 1;
                number = num.group(2);
                if (LetterHeading.isTelegramWord(num.group(1))) kind = "telegram";
            } else if (ROMAN_ONLY.matcher(LetterHeading.clean(above.plain())).matches()) {
                start = h - 1;                                     // "IV." alone above "Aan zijn moeder."
                Matcher roman = ROMAN_ONLY.matcher(LetterHeading.clean(above.plain()));
                if (roman.matches()) number = romanNumber(roman);
            } else if (DOC_TYPE.matcher(LetterHeading.clean(above.plain())).matches()) {
                start = h - 1;
                if (LetterHeading.isTelegramWord(above.plain())) kind = "telegram";
            }
        }
        int datedAbove = -1;
        if (start == h && free) {
            int top = headTop(blocks, h, probe, datesAbove);
            if (top < h && top == h - 2 && numbered(blocks.get(top))) {
                // "I." / "Carrew House,\n12th October 1846." / "To the Trustees.": number and dateline above the addressee
                datedAbove = h - 1;
                number = numberOf(blocks.get(top));
                explain.decided(blocks.get(h - 1).line(), "letters", "a dateline between the letter's number and its heading is the letter's");
            } else if (top == h - 1 && datesAbove && datelineBlock(blocks.get(h - 1), probe)) {
                datedAbove = h - 1;                               // "March, 1923." / "TO THE MEMBERS OF THE SOCIETY."
            } else if (top < h) {
                explain.decided(blocks.get(top).line(), "letters", "the headline '" + LetterHeading.clean(blocks.get(top).plain())
                        + "' above the heading is the letter's");
            }
            start = top;
        }
        // "[Telegram]", "Despatch" printed under the heading: the kind of the document, part of its heading
        int typeLine = firstText(blocks, hEnd, end);
        if (typeLine < end && typeLine == hEnd && blocks.get(typeLine).kind() == Block.Kind.PARAGRAPH
                && DOC_TYPE.matcher(LetterHeading.clean(blocks.get(typeLine).plain()).replaceAll("^\\[(.*)]$|^\\((.*)\\)$", "$1$2")).matches()) {
            if (LetterHeading.isTelegramWord(blocks.get(typeLine).plain())) kind = "telegram";
            hEnd = typeLine + 1;
            explain.decided(blocks.get(typeLine).line(), "letters", "'" + LetterHeading.clean(blocks.get(typeLine).plain())
                    + "' under the heading names the document's kind: " + kind);
        }
        String headText = LetterHeading.clean(blocks.get(h).plain()) + " " + head.dateText();
        // "1763." alone under "Mrs. X to Miss Y.": the editor's year for the letter, whose dateline names day and month only
        int yearLine = firstText(blocks, hEnd, end);
        String year = yearLine < end && yearLine == hEnd ? yearAlone(blocks.get(yearLine)) : "";
        if (!year.isEmpty()) {
            headText += " " + year;
            hEnd = yearLine + 1;
            explain.decided(blocks.get(yearLine).line(), "letters", "the year alone under the heading is the letter's: " + year);
        }
        int dateline = -1, salute = -1;
        boolean saluted = false, section = false;
        LetterParts.Dateline date = null;
        int opener = cand.letterhead().isEmpty() ? hEnd : hEnd + 1;     // a letterhead is no part of the opening's count
        if (cand.referenceDate() >= 0) {
            // a business letter's reference line with its date column ("… | Datum" over "… | 2. Mai 1961"): its date
            Optional<LetterParts.Dateline> d = years.read(List.of(head.dateText()), "", blocks.get(cand.referenceDate()).line());
            if (d.isPresent()) {
                dateline = cand.referenceDate();
                date = d.get();
                opener = dateline + 1;
            }
        }
        for (int i = opener; i < Math.min(end, opener + LOOK_AHEAD); i++) {
            Block b = blocks.get(i);
            if (b.isBreak()) continue;
            if (b.kind() == Block.Kind.HEADING) { section = i == firstText(blocks, hEnd, end); break; }
            List<String> lines = LetterHeading.lines(b);
            if (number.isEmpty() && !lines.isEmpty()) {            // "No. 14" or "Telegram No. 88" under the heading
                Matcher num = LetterHeading.NUMBER_ONLY.matcher(lines.get(0));
                // a number alone right above the next letter's heading is that letter's ("No. 42", then its heading)
                boolean nextOnes = lines.size() == 1 && firstText(blocks, i + 1, blocks.size()) == next;
                if (num.matches() && !nextOnes) {
                    number = num.group(2);
                    if (LetterHeading.isTelegramWord(num.group(1))) kind = "telegram";
                    if (lines.size() == 1) continue;
                }
            }
            int right = lines.size() == 1 ? LetterParts.saluteThenDateline(b.plain()) : -1;
            if (right > 0 && dateline < 0 && salute < 0) {       // "My dear Whitlock:      [Washington,] May 3, [1919]"
                Optional<LetterParts.Dateline> d = years.read(List.of(b.plain().substring(right)), headText, b.line());
                if (d.isPresent()) {
                    dateline = i;
                    date = d.get();
                    salute = i;
                    break;
                }
            }
            if (dateline < 0 && salute < 0 && lines.size() <= LOOK_AHEAD) {
                Optional<LetterParts.Dateline> d = years.read(lines, headText, b.line());
                if (d.isPresent()) { dateline = i; date = d.get(); continue; }
            }
            if (salute < 0 && LetterParts.isSalute(b.plain())) { salute = i; break; }
            if (SALUTE_OPENING.matcher(LetterHeading.clean(b.plain())).lookingAt()) { saluted = true; break; }
            if (!LetterParts.atMostWords(b.plain(), BODY_WORDS)) break;     // the text has begun: a dateline below it is no opener
        }
        if (date == null && datedAbove >= 0) {
            Optional<LetterParts.Dateline> d = years.read(LetterHeading.lines(blocks.get(datedAbove)), headText, blocks.get(datedAbove).line());
            if (d.isPresent()) { dateline = datedAbove; date = d.get(); }
        }
        if (date == null) {
            // "[Undated note. Dated 11 September 1921 from its contents …]" first under the heading: the editor's date, the letter's
            int first = firstText(blocks, hEnd, end);
            String t = first < end ? LetterHeading.clean(blocks.get(first).plain()) : "";
            if (t.startsWith("[") && t.endsWith("]")) {
                List<org.teikit.convert.dates.IsoDate> ds = DateParser.find(t);
                if (ds.size() == 1 && ds.get(0).iso().length() >= 7) {         // a day, or a month ("[Fin janvier 1689.]")
                    date = new LetterParts.Dateline("", ds.get(0).iso(), 0, 0);
                    explain.decided(blocks.get(first).line(), "letters", "the letter prints no date; the editor's bracket under its heading gives one: " + ds.get(0).iso());
                } else if (ds.isEmpty()) {
                    Optional<String> yearFirst = YearFirstDates.read(t);      // "[1459, 28 October.]"
                    if (yearFirst.isPresent()) {
                        date = new LetterParts.Dateline("", yearFirst.get(), 0, 0);
                        explain.decided(blocks.get(first).line(), "letters", "the editor's bracket under the heading dates the letter, its year first: " + yearFirst.get());
                    }
                }
            }
        }
        if (date == null && cand.form() && head.dateText().matches("\\d{1,2}") && !frontMonth.isEmpty()) {
            // a signals form's "Day of Month 17": month and year from the diary's heading
            date = dayIn(frontMonth, Integer.parseInt(head.dateText())).map(iso -> new LetterParts.Dateline("", iso, 0, 0)).orElse(null);
            if (date != null) explain.decided(blocks.get(h).line(), "letters", "the form's day of the month " + head.dateText()
                    + " in the month the document's heading names (" + frontMonth + ")");
        }
        if (date == null && head.fields() && !head.dateText().isEmpty()) {
            date = years.read(List.of(head.dateText()), "", blocks.get(h).line()).or(() -> years.stamped(head.dateText(), blocks.get(h).line())).orElse(null);
        } else if (date == null && !head.dateText().isEmpty()) {
            // a register's heading that dates the message ("Telegram No. 212 of May 3, 1941, from X to Y")
            date = DateParser.parse(head.dateText()).map(iso -> new LetterParts.Dateline("", iso, 0, 0))
                    .or(() -> years.read(List.of(head.dateText()), "", blocks.get(h).line())).orElse(null);
        }
        int closing = -1, signature = -1;
        int foot = end;        // the letter's last own block: an editor's bracket, a rule, the next issue's headline are not its foot
        while (foot - 1 > hEnd && isTrailer(blocks.get(foot - 1))) foot--;
        // a rule after the closing formula ends the letter's own text: what follows it (a card, an envelope) is no foot
        int lastClosing = -1;
        for (int i = hEnd; i < foot; i++) if (blocks.get(i).kind() != Block.Kind.HEADING && closes(blocks.get(i))) lastClosing = i;
        for (int i = lastClosing + 1; lastClosing >= 0 && i < foot; i++) {
            if (blocks.get(i).isBreak() && isRule(blocks.get(i))) { foot = i; break; }
            // the document's next section, headed by a line in capitals ("NOTICES."), below the signature
            if (i > lastClosing + 1 && sectionHead(blocks.get(i))) { foot = i; break; }
        }
        for (int i = Math.max(hEnd, foot - LOOK_AHEAD - 1); i < foot; i++) {
            Block b = blocks.get(i);
            String t = b.plain();
            // a dateline's block that holds the closing round it ("Di V. S. Ill.ma / Venezia, li 3 Aprile 1711. / Devot.mo Servitore / X.") closes too
            boolean closingRound = i == dateline && closing < 0 && LetterHeading.lines(b).size() > 2 && closes(b);
            if (i == dateline && !closingRound || i == salute || b.kind() == Block.Kind.HEADING) continue;
            if (closing < 0 && closes(b)) { closing = i; continue; }
            if (closing >= 0 && signature < 0 && (isSignatureLike(t) || signedWithPosition(b)
                    || Signatures.anyMarked(LetterHeading.lines(b)) && LetterHeading.lines(b).size() <= 4)) { signature = i; continue; }
            // a foot dateline, unless the heading dated the letter; only a signature or a postscript stands below it
            if (dateline < 0 && date == null && i > hEnd && onlyShortAfter(blocks, i + 1, foot)) {
                Optional<LetterParts.Dateline> d = years.read(LetterHeading.lines(b), headText, b.line());
                if (d.isPresent() && LetterHeading.lines(b).size() <= 2) { dateline = i; date = d.get(); }
            }
        }
        if (date == null && dateline < 0 && (signature >= 0 || closing >= 0)) {
            // a newspaper's letter prints the writer's address and date as the last line of his signature's block
            // ("I am, Sir, …,\n   JOHN SMITH.\n  4, Mill Lane, Aug. 2."): that line is the letter's foot dateline
            Block signed = blocks.get(signature >= 0 ? signature : closing);
            List<String> lines = LetterHeading.lines(signed);
            int name = signature >= 0 ? 1 : 2;                     // the signature's own line(s) above it, the closing's formula too
            if (lines.size() > name && lines.size() <= name + 2) {
                String under = lines.get(lines.size() - 1);
                Optional<LetterParts.Dateline> d = isSignatureLike(under) ? Optional.empty() : years.read(List.of(under), headText, signed.line());
                if (d.isPresent()) {
                    date = d.get();
                    explain.decided(signed.line() + lines.size() - 1, "letters", "the last line of the signature's block, '" + under.strip()
                            + "', is the letter's foot dateline: " + date.when());
                }
            }
        }
        if (date == null && dateline < 0 && closing >= 0) {
            // the place and date written between the closing's lines ("Di V. S. Ill.ma / Bologna, li 9 Marzo 1743. /
            // Umiliss.mo Servitore / Name."), as older letters set them: that line is the letter's foot dateline
            List<String> lines = LetterHeading.lines(blocks.get(closing));
            for (int k = 0; k < lines.size() && date == null && lines.size() <= 6; k++) {
                String line = lines.get(k);
                if (LetterParts.isClosingSalute(line) || isSignatureLike(line)) continue;
                Optional<LetterParts.Dateline> d = years.read(List.of(line), headText, blocks.get(closing).line());
                if (d.isPresent()) {
                    date = d.get();
                    explain.decided(blocks.get(closing).line() + k, "letters", "'" + line.strip() + "', among the closing's lines, is the letter's"
                            + " foot dateline: " + date.when());
                }
            }
        }
        int last = foot - 1;                                       // a foot dateline stands below the signature
        while (last > hEnd && dateline >= 0 && (blocks.get(last).isBreak() || last == dateline)) last--;
        // (a heading below the letter, "### NOTES", is the next section's, never its signature)
        if (closing < 0 && last > hEnd && isSignatureLike(blocks.get(last).plain()) && blocks.get(last).kind() != Block.Kind.HEADING
                && !LetterParts.isSalute(blocks.get(last).plain()) && last != dateline) {
            signature = last;
        }
        // the document's own title ("LETTERS OF THE FIRM … TO THEIR AGENT") is styled like its letters' headings
        boolean title = h == firstText(blocks, 0, blocks.size());
        boolean styledSeries = isStyled(blocks.get(h)) && candidates >= 2 && !section && !title;
        boolean parts = dateline >= 0 || salute >= 0 || saluted || closing >= 0 || !number.isEmpty() || head.fields()
                || styledSeries;
        String shown = LetterHeading.clean(blocks.get(h).plain());
        // a form line with a routing block under it: that block, not the form line, heads the telegram
        if (TELEGRAM_FORM.matcher(shown).matches() && dateline < 0) parts = false;
        if (!parts) {
            explain.decided(blocks.get(h).line(), "letters", "'" + shown + "' reads as a letter's heading but "
                    + (section ? "a section heading follows it" : "no dateline, salutation or closing follows it")
                    + ": not taken as a letter");
            return Optional.empty();
        }
        String when = date == null ? "" : date.when();
        String place = date == null ? "" : date.placeName();
        if (!when.isEmpty()) years.advance(when);
        String sender = head.sender(), signedFor = "";
        // the signature's first line names the sender ("THOMAS CRANE,\nSales Manager."), or the line under the
        // closing formula in the closing's own block ("Ever yours,\nEDWARD FAIRLIE.")
        if (sender.isEmpty()) {
            // "Kessler & Sohn / ppa. Rauch", "i. A. / Wittmann", "p. p. Firm / Name": signed for a firm or an office
            Signatures.Signed signed = Signatures.read(footLines(blocks, closing, signature));
            if (signed != null) {
                sender = signed.signer();
                signedFor = signed.principal();
                explain.decided(blocks.get(signature >= 0 ? signature : closing).line(), "letters", "the signature's mark of"
                        + " procuration or mandate: '" + sender + "' signs" + (signedFor.isEmpty() ? "" : " for '" + signedFor + "'"));
            }
        }
        if (sender.isEmpty() && signature >= 0) {
            List<String> signed = LetterHeading.lines(blocks.get(signature));
            // "By R. T. Caldwell": who signs for the firm named under the closing
            sender = signed.isEmpty() ? "" : SIGNED_FOR.matcher(signed.get(0).replaceAll("[,.;]+$", "")).replaceFirst("");
        } else if (sender.isEmpty() && closing >= 0) {
            sender = signedUnderClosing(LetterHeading.lines(blocks.get(closing)));
        }
        if (sender.isEmpty() && !cand.letterhead().isEmpty()) {
            sender = cand.letterhead();
            explain.decided(blocks.get(h).line(), "letters", "no signature names the writer: the letterhead's '" + sender + "'");
        }
        int signedAt = signature >= 0 ? signature : closing;
        List<String> signedLines = signature >= 0 ? LetterHeading.lines(blocks.get(signature))
                : closing >= 0 ? List.of(signedUnderClosing(LetterHeading.lines(blocks.get(closing)))) : List.of();
        if (head.fields() && !cand.form() && head.kind().equals("telegram") && signature >= 0 && !signedLines.isEmpty() && place.isEmpty()) {
            // a routing block's FROM: names the post the telegram came from; its signature, who sent it
            place = sender;
            sender = signedLines.get(0).replaceAll("[,.;]+$", "");
            explain.decided(blocks.get(signature).line(), "letters", "the routing block's FROM: '" + place
                    + "' is the post; the signature '" + sender + "' the sender");
        }
        String fuller = fullerName(sender, signedLines);
        if (!fuller.isEmpty()) {
            explain.decided(blocks.get(signedAt).line(), "letters", "the signature '" + fuller + "' gives in full the '"
                    + sender + "' the heading names: the sender");
            sender = fuller;
        }
        String addressee = head.addressee();
        if (addressee.isEmpty() && kind.equals("telegram") && dateline >= 0) addressee = addressBlock(blocks, dateline + 1, end, explain);
        if (signature >= 0 && (addressee.isEmpty() || FORMAL_ADDRESSEE.matcher(addressee).matches())) {
            String footed = footAddress(blocks, signature + 1, end, explain);
            if (!footed.isEmpty()) addressee = footed;
        }
        Letter l = new Letter(start, h, hEnd, end, number, kind, sender, addressee, dateline, when, place, salute,
                closing, signature, signedFor);
        explain.decided(blocks.get(h).line(), "letters", kind + " from '" + sender + "' to '" + addressee + "'"
                + (when.isEmpty() ? ", undated" : ", dated " + when + (dateline >= 0 ? " (line " + blocks.get(dateline).line() + ")" : ""))
                + (salute >= 0 ? ", salutation line " + blocks.get(salute).line() : "")
                + (closing >= 0 ? ", closing line " + blocks.get(closing).line() : ""));
        return Optional.of(l);
    }

    /**
     * What may follow a letter without being part of its foot: a rule, an editor's note in brackets, a headline in
     * bold, the next letter's number, the definitions of its notes ({@code ¹ The regiment marched …}) under the
     * dateline at its foot.
     */
    private static boolean isTrailer(Block b) {
        String t = LetterHeading.clean(b.plain());
        return b.isBreak() || t.startsWith("[") && t.endsWith("]") || isHeadline(b) || numbered(b)
                || NoteMarks.definition(b.inlines()).isPresent();
    }

    /** Words beyond which a block is the letter's text, not one of its opening or closing parts. */
    private static final int BODY_WORDS = 15;

    /** Whether the blocks from {@code from} to {@code end} are all short (a signature, a place), postscripts or trailers (note definitions, brackets). */
    private static boolean onlyShortAfter(List<Block> blocks, int from, int end) {
        for (int i = from; i < end; i++) {
            Block b = blocks.get(i);
            // the definitions of the letter's notes or an editor's bracket may stand between the foot and the next letter
            if (!isTrailer(b) && !LetterParts.isPostscript(b.plain()) && !LetterParts.atMostWords(b.plain(), 12)) return false;
        }
        return true;
    }

    /** {@code GEO. RIDLEY,\nAgent to the Trustees.}: a name, then the writer's office on a line or two under it. */
    private static boolean signedWithPosition(Block b) {
        List<String> lines = LetterHeading.lines(b);
        if (lines.size() < 2 || lines.size() > 3 || !isSignatureLike(lines.get(0).strip().replaceAll(",$", ""))) return false;
        for (String l : lines.subList(1, lines.size())) if (!LetterParts.atMostWords(l, 6) || l.matches(".*[?!;:].*")) return false;
        return true;
    }

    /**
     * Where a letter's head begins above its heading line ({@code h}): at its number when a dateline stands between
     * them ({@code I.} / {@code Carrew House, 12th October 1846.} / {@code To the Trustees.}), or at a newspaper's
     * headline printed in bold right above it ({@code **THE FERRY AT WYLAM.**} / {@code TO THE EDITOR OF …}).
     */
    static int headTop(List<Block> blocks, int h, Datelines probe, boolean datesAbove) {
        if (h < 1) return h;
        Block above = blocks.get(h - 1);
        if (h >= 2 && numbered(blocks.get(h - 2)) && LetterHeading.lines(above).size() <= 2
                && probe.read(LetterHeading.lines(above), "", above.line()).isPresent()) return h - 2;
        if (datesAbove && datelineBlock(above, probe)) return h - 1;
        return isHeadline(above) && probe.read(LetterHeading.lines(above), "", above.line()).isEmpty() ? h - 1 : h;
    }


    /**
     * The blocks that are a letter's number alone where the document numbers its letters so: numbers in sequence, each
     * by one, three or more, at least two standing right above a letter found by its dateline or salutation; those above
     * no letter found (the next number comes first) begin a letter of their own, one the editor numbered but its writer
     * neither dated nor saluted (a note, a card).
     */
    private static List<Integer> numberedWithoutStart(List<Block> blocks, java.util.Set<Integer> starts, Explanation explain) {
        List<Integer> numbers = new ArrayList<>();
        for (int i = 0; i < blocks.size(); i++) if (blocks.get(i).kind() != Block.Kind.HEADING && numbered(blocks.get(i))) numbers.add(i);
        if (numbers.size() < 3) return List.of();
        int over = 0;
        for (int k = 0; k < numbers.size(); k++) {
            String n = numberOf(blocks.get(numbers.get(k)));
            if (!n.matches("\\d+") || Integer.parseInt(n) != Integer.parseInt(numberOf(blocks.get(numbers.get(0))).replaceAll("\\D", "0")) + k) return List.of();
            if (starts.contains(firstText(blocks, numbers.get(k) + 1, blocks.size()))) over++;
        }
        // "Letter 1", "Letter 2" …: numbers that call themselves letters head them, whatever starts were found under them
        boolean worded = numbers.stream().allMatch(n -> letterWorded(blocks.get(n)));
        if (over < 2 && !worded) return List.of();
        List<Integer> out = new ArrayList<>();
        for (int k = 0; k < numbers.size(); k++) {
            int from = numbers.get(k), to = k + 1 < numbers.size() ? numbers.get(k + 1) : blocks.size();
            int f = from;
            if (starts.stream().noneMatch(x -> x > f && x < to)) {
                out.add(from);
                explain.decided(blocks.get(from).line(), "letters", "the letters are numbered (" + (worded ? numbers.size()
                        + " numbers in a row, each printed with the word for a letter" : over + " numbers stand over letters found") + "): number "
                        + numberOf(blocks.get(from)) + " heads a letter of its own, though no dateline or salutation shows it");
            }
        }
        return out;
    }

    /** Whether the blocks between are only breaks and the editor's brackets ({@code [Miss X's reply, on the same form:]}). */
    private static boolean onlyBracketsBetween(List<Block> blocks, int from, int to) {
        for (int i = from; i < to; i++) {
            String t = LetterHeading.clean(blocks.get(i).plain());
            if (!blocks.get(i).isBreak() && !(t.startsWith("[") && t.endsWith("]"))) return false;
        }
        return true;
    }

    private static final Pattern YEAR_ALONE = Pattern.compile("^\\[?((?:1[0-9]|20)\\d\\d)\\]?\\.?$");

    /** The year a block prints alone ({@code 1763.}, {@code [1763]}), as an edition prints it under a letter's heading; "" else. */
    private static String yearAlone(Block b) {
        if (b.kind() == Block.Kind.HEADING) return "";
        Matcher m = YEAR_ALONE.matcher(LetterHeading.printedAlone(b));
        return m.matches() ? m.group(1) : "";
    }

    /** A paragraph of one or two lines that is a dateline ({@code March, 1923.}, {@code 12, Savile Park, Halifax,} / {@code 30th April, 1923.}). */
    private static boolean datelineBlock(Block b, Datelines probe) {
        return b.kind() == Block.Kind.PARAGRAPH && LetterHeading.lines(b).size() <= 2 && probe.read(LetterHeading.lines(b), "", b.line()).isPresent();
    }

    /**
     * Whether the document dates its letters above their headings: the first letter's heading, which no letter precedes
     * (so no foot can stand above it), has a dateline right above it.
     */
    private static boolean datedAboveHeading(List<Block> blocks, int first, Datelines probe) {
        if (first < 1 || blocks.get(first).kind() == Block.Kind.HEADING) return false;
        return datelineBlock(blocks.get(first - 1), probe);
    }

    /** A block that is only a letter's number: {@code 12.}, {@code No. 12}, {@code LETTER IV.}, or a roman number alone ({@code IV.}). */
    private static boolean numbered(Block b) {
        return numberOf(b) != null;
    }

    /** A number printed with the word for a letter: {@code Letter 3}, {@code LETTRE XII.}, {@code Brief 4}, {@code Carta 2}. */
    private static boolean letterWorded(Block b) {
        Matcher arabic = LetterHeading.number(b);
        return arabic != null && arabic.group(1) != null && arabic.group(1).matches("(?i)letter|lettre|lettera|carta|brief");
    }

    private static String numberOf(Block b) {
        Matcher arabic = LetterHeading.number(b);
        if (arabic != null) return arabic.group(2);
        Matcher roman = ROMAN_ONLY.matcher(LetterHeading.clean(b.plain()));
        return roman.matches() ? romanNumber(roman) : null;
    }

    /** A short line set wholly in bold. */
    private static boolean isHeadline(Block b) {
        return b.kind() == Block.Kind.PARAGRAPH && b.lines().size() == 1 && b.inlines().size() == 1
                && b.inlines().get(0) instanceof org.teikit.source.Inline.Styled st && st.style() == org.teikit.source.Inline.Style.BOLD
                && LetterParts.atMostWords(b.plain(), 8);
    }

    /** The addressee a telegram's address block right under its dateline names, its lines joined ({@code AMEMBASSY TOKYO}), or "". */
    private static String addressBlock(List<Block> blocks, int from, int end, Explanation explain) {
        int i = firstText(blocks, from, end);
        if (i + 1 >= end || blocks.get(i).kind() != Block.Kind.PARAGRAPH) return "";
        List<String> lines = LetterHeading.lines(blocks.get(i));
        if (lines.isEmpty() || lines.size() > 3) return "";
        for (String l : lines) if (!ADDRESS_LINE.matcher(l.strip()).matches() || !LetterParts.atMostWords(l, 4)) return "";
        String who = String.join(" ", lines).replaceAll("[,.;]+$", "").strip();
        explain.decided(blocks.get(i).line(), "letters", "the block of capitals under the telegram's dateline is its address: '" + who + "'");
        return who;
    }

    /** An addressee the salutation names only by courtesy ({@code Monsieur}, {@code My Lord}): the foot's address names the person. */
    private static final Pattern FORMAL_ADDRESSEE = Pattern.compile("(?iu)^(?:sir|madam|(?:my\\s+)?lords?|monsieur|madame|mademoiselle)(?:\\s+(?:le|la)\\s.*)?$");
    /**
     * The first line of an address as official letters print it at the foot, under the signature: {@code To the
     * Ministry …}, {@code The Right Honourable}, {@code His Excellency}, {@code Monsieur le Ministre …}.
     */
    private static final Pattern FOOT_ADDRESS = Pattern.compile("^(?:To\\s+(?:the\\s+)?\\p{Lu}|The\\s+\\p{Lu}|(?:His|Her|Their|Your)\\s+(?:Excellency|Majesty|Highness|Grace|Lordship|Royal)"
            + "|(?:Monsieur|Madame|Son\\s+Excellence|A\\s+Son\\s+Excellence)\\s+\\p{L})");
    /** A line of an address that only repeats the styles: {@code &c., &c., &c.} */
    private static final Pattern ET_CETERA = Pattern.compile("^(?:&c\\.?,?\\s*|etc\\.?,?\\s*)+$");

    /**
     * The addressee a letter names in an address right under its signature ({@code The Right Honourable / The Earl X,
     * K.G., / &c.}): the address's lines joined, without their {@code &c.}; "" when the block after the signature is no
     * address of a few short lines.
     */
    private static String footAddress(List<Block> blocks, int from, int end, Explanation explain) {
        int i = firstText(blocks, from, end);
        if (i >= end || blocks.get(i).kind() != Block.Kind.PARAGRAPH) return "";
        List<String> lines = LetterHeading.lines(blocks.get(i));
        if (lines.isEmpty() || lines.size() > 5 || !FOOT_ADDRESS.matcher(lines.get(0).strip()).lookingAt()) return "";
        List<String> kept = new ArrayList<>();
        for (String l : lines) {
            if (!LetterParts.atMostWords(l, 8) || l.matches(".*[?!;].*")) return "";
            if (!ET_CETERA.matcher(l.strip()).matches()) kept.add(l.strip().replaceAll("[,.;]+$", ""));
        }
        String who = String.join(", ", kept).replaceFirst("^To\\s+", "").strip();
        explain.decided(blocks.get(i).line(), "letters", "the address under the signature names the addressee: '" + who + "'");
        return who;
    }

    /** A party named by courtesy title and surname only: {@code MRS. GARSIDE}, {@code Miss Aske}, {@code Frau Brandis}. */
    private static final Pattern TITLE_AND_SURNAME = Pattern.compile(
            "(?iu)^(?:mrs|mr|miss|ms|mme|madame|mademoiselle|frau|fräulein|herr|signora|signor|doña|don)\\.?\\s+(\\p{L}[\\p{L}'\\-]+)$");

    /**
     * The signature's name when it gives in full the sender the heading named by title and surname ({@code FROM MRS.
     * GARSIDE.} signed {@code LUCY GARSIDE.}), else "".
     */
    static String fullerName(String sender, List<String> signed) {
        Matcher t = TITLE_AND_SURNAME.matcher(sender.strip());
        if (!t.matches() || signed.isEmpty()) return "";
        String name = signed.get(0).replaceAll("[,.;]+$", "").strip();
        String[] words = name.split("\\s+");
        boolean sameSurname = words.length >= 2 && words[words.length - 1].equalsIgnoreCase(t.group(1))
                && !TITLE_AND_SURNAME.matcher(name).matches();
        return sameSurname ? name : "";
    }

    /** A closing formula: the block, or one of its lines ("I have the honor to be, Sir,\nYour obedient servant,"). */
    private static boolean closes(Block b) {
        if (LetterParts.isClosingSalute(b.plain())) return true;
        List<String> lines = LetterHeading.lines(b);
        if (lines.size() < 2 || lines.size() > 5) return false;
        for (String l : lines) if (LetterParts.isClosingSalute(l)) return true;
        return false;
    }

    /** The signature's lines: those under the formula in the closing's block, then the signature block's. */
    private static List<String> footLines(List<Block> blocks, int closing, int signature) {
        List<String> out = new ArrayList<>();
        if (closing >= 0) {
            List<String> lines = LetterHeading.lines(blocks.get(closing));
            int k = 0;
            while (k < lines.size() && !LetterParts.isClosingSalute(lines.get(k))) k++;
            if (k < lines.size()) out.addAll(lines.subList(k + 1, lines.size()));
        }
        if (signature >= 0 && signature != closing) out.addAll(LetterHeading.lines(blocks.get(signature)));
        return out;
    }

    private static String signedUnderClosing(List<String> lines) {
        for (int k = 0; k + 1 < lines.size(); k++) {
            // "ARTHUR W. HANSON," over his office: the name's comma leads to the office below it
            String name = k + 2 < lines.size() ? lines.get(k + 1).replaceAll(",\\s*$", "") : lines.get(k + 1);
            if (LetterParts.isClosingSalute(lines.get(k)) && isSignatureLike(name)) {
                return lines.get(k + 1).replaceAll("[,.;]+$", "");
            }
        }
        return "";
    }

    /** A line of a few words in capitals standing alone, as periodicals head their sections: {@code NOTICES.}, {@code MANCHURIA.} */
    private static boolean sectionHead(Block b) {
        String t = LetterHeading.clean(b.plain());
        return b.kind() == Block.Kind.PARAGRAPH && LetterHeading.lines(b).size() == 1 && LetterParts.atMostWords(t, 4)
                && t.matches("[\\p{Lu}][\\p{Lu}\\s,'’\\-]*[.:]?") && !LetterParts.isPostscript(t);
    }

    /** A break printed as a rule ({@code ---}, {@code * * *}), not a page's or a blank's. */
    private static boolean isRule(Block b) {
        return b.plain().isBlank() || b.plain().strip().matches("[-*_=·•~ ]{3,}");
    }

    /** The first block from {@code from} (before {@code end}) that is no break; {@code end} when none is. */
    static int firstText(List<Block> blocks, int from, int end) {
        for (int i = from; i < end; i++) if (!blocks.get(i).isBreak()) return i;
        return end;
    }

    private static boolean isStyled(Block b) {
        String t = LetterHeading.clean(b.plain());
        return b.kind() == Block.Kind.HEADING || !b.inlines().isEmpty() && b.inlines().get(0) instanceof org.teikit.source.Inline.Styled
                || t.equals(t.toUpperCase(java.util.Locale.ROOT));
    }

    /** Where a letter ends: at the next letter, or at a heading that is not its notes'. */
    private static int endOf(List<Block> blocks, int h, int next) {
        int level = blocks.get(h).kind() == Block.Kind.HEADING ? blocks.get(h).level() : 7;
        for (int i = h + 1; i < next; i++) {
            Block b = blocks.get(i);
            if (b.kind() == Block.Kind.HEADING && b.level() <= level
                    && !LetterHeading.clean(b.plain()).matches("(?i)(?:foot|end)?notes?[:.]?")) return i;
        }
        return next;
    }

    /** A rank or unit in parentheses after a soldier's or official's signed name: {@code T. Garvey (Pte)}, {@code J. Hale (Sergt., 4th Bn.)}. */
    private static final Pattern SIGNED_RANK = Pattern.compile("\\s+\\([\\p{L}][\\p{L}\\d.,' ]{0,30}\\)\\.?$");

    private static boolean isSignatureLike(String text) {
        String t = SIGNED_RANK.matcher(LetterHeading.clean(text)).replaceFirst("");
        if (t.isEmpty() || !LetterParts.atMostWords(t, 6) || t.endsWith(",") || t.matches(".*[?!;:].*")) return false;
        if (LetterParts.isSignature(text)) return true;
        for (String w : t.split("\\s+")) {
            if (!w.isEmpty() && !Character.isUpperCase(w.codePointAt(0)) && !w.matches("(?i)von|van|de|der|du|la|le|y|&")) return false;
        }
        return true;
    }

    /** The collection's author, when its title says "Letters of X" (the sender of letters headed "To Y"). */
    private static String author(List<Block> blocks) {
        String described = "";              // "LETTERS OF A SUBALTERN": a description, kept if no name follows
        for (int i = 0; i < Math.min(blocks.size(), 5); i++) {
            String title = blocks.get(i).plain().replace('\n', ' ');
            Matcher m = AUTHOR.matcher(String.join("\n", LetterHeading.lines(blocks.get(i))));
            while (m.find()) {
                // "THE LIFE OF THE REV. MATTHEW GARSIDE": the title before the name is no description
                String who = m.group(1).replaceAll("[,.]+$", "").replaceFirst("(?i)^(?:the\\s+)?(?:rev\\.|reverend|hon\\.|late)\\s+", "");
                if (!who.matches("(?i)(?:a|an|the|his|her|my)\\s.*")) return who;
                if (described.isEmpty()) described = who;
            }
            m = WRITTEN_BY.matcher(title);
            if (m.find()) return m.group(1).replaceAll("[,.]+$", "");
            // "GIUSEPPE MORETTI" above "LETTERE AGLI AMICI": a name alone, then the collection's title
            String name = LetterHeading.clean(title);
            if (i + 1 < blocks.size() && COLLECTION_TITLE.matcher(LetterHeading.clean(blocks.get(i + 1).plain())).matches()
                    && name.matches("\\p{Lu}[\\p{L}.'\\-]*(?:\\s+\\p{Lu}[\\p{L}.'\\-]*){1,3}")) return name;
        }
        return described;
    }

    /** {@code LETTERS WRITTEN BY THE LATE JOHN ELDRIDGE, M.D.}, {@code Letters by Mary Ashworth}: the collection's author. */
    private static final Pattern WRITTEN_BY = Pattern.compile("(?i:\\b(?:letters|correspondence)\\s+(?:written\\s+)?by\\s+(?:the\\s+late\\s+)?)"
            + "(\\p{Lu}[\\p{L}.'\\-]*(?:\\s+\\p{Lu}[\\p{L}.'\\-]*){0,3})");

    /**
     * The collection's one addressee, when its title says "Letters of X to Y" ({@code to his Sister, Mary Ashworth,
     * 1851–1853} → {@code his Sister, Mary Ashworth}), or "".
     */
    private static String recipient(List<Block> blocks, String author) {
        if (author.isEmpty()) return "";
        for (int i = 0; i < Math.min(blocks.size(), 5); i++) {
            String t = LetterHeading.clean(blocks.get(i).plain());
            int at = t.indexOf(author);
            if (at < 0) continue;
            Matcher to = TITLE_RECIPIENT.matcher(t.substring(at + author.length()));
            if (to.lookingAt()) return to.group(1).strip();
        }
        return "";
    }

    private static final Pattern TITLE_RECIPIENT = Pattern.compile(
            "[.,]?\\s+(?:to|ad|a|à|an|aan|al|alla|TO|AD|A|À|AN|AAN|AL|ALLA)\\s+((?:his|her|their|HIS|HER|THEIR)\\s+\\p{L}+(?:,\\s*\\p{Lu}[\\p{L}.'\\-]*(?:\\s+\\p{Lu}[\\p{L}.'\\-]*){0,3})?|\\p{Lu}[\\p{L}.'\\-]*(?:\\s+\\p{Lu}[\\p{L}.'\\-]*){0,3})");
    /** A number alone on its line, arabic or roman ({@code XII.}, {@code No. 47}): a letter's heading in a numbered collection. */
    private static final Pattern ROMAN_ONLY = Pattern.compile("^(?:No\\.?\\s*)?([IVXLC]{1,7})\\.?$|^\\[(?<editor>[ivxlc]{1,7}|[IVXLC]{1,7}|\\d{1,3})]$");

    private static String romanNumber(Matcher roman) {
        return roman.group("editor") != null ? roman.group("editor") : roman.group(1);
    }

    /**
     * A letter headed only by its number, in a collection whose title names its author ("Letters of X …"): the
     * number, then at once a salutation; or the editor's number in brackets ({@code [iv]}), which numbers the letters
     * of a bundle whatever their first line (a lost first leaf, an unusual salutation). Sender and addressee come from
     * the title.
     */
    private static Optional<LetterHeading> numberHeading(List<Block> blocks, int i, String author, String recipient) {
        if (author.isEmpty()) return Optional.empty();
        Block b = blocks.get(i);
        Matcher arabic = LetterHeading.number(b);
        Matcher roman = ROMAN_ONLY.matcher(LetterHeading.clean(b.plain()));
        String number = arabic != null && arabic.group(1) == null ? arabic.group(2) : roman.matches() ? romanNumber(roman) : null;
        if (number == null) return Optional.empty();
        int next = firstText(blocks, i + 1, blocks.size());
        if (next >= blocks.size()) return Optional.empty();
        if (roman.matches() && roman.group("editor") != null) return Optional.of(new LetterHeading(author, recipient, "letter", number, "", false));
        if (!LetterParts.isSalute(blocks.get(next).plain())) return Optional.empty();
        return Optional.of(new LetterHeading(author, recipient, "letter", number, "", false));
    }

    /** The month and year the document's head names ({@code WAR DIARY … APRIL 1915.}) as {@code 1915-04}, or "". */
    private static String frontMonth(List<Block> blocks) {
        String dayOf = "";
        for (int i = 0; i < Math.min(blocks.size(), 3); i++) {
            for (var d : DateParser.find(blocks.get(i).plain().replace('\n', ' '))) {
                if (d.iso().matches("\\d{4}-\\d{2}")) return d.iso();
                // "14/15 AUGUST 1941": a log's heading that names its days names their month
                if (dayOf.isEmpty() && d.iso().matches("\\d{4}-\\d{2}-\\d{2}")) dayOf = d.iso().substring(0, 7);
            }
        }
        return dayOf;
    }

    private static Optional<String> dayIn(String month, int day) {
        try {
            return Optional.of(java.time.LocalDate.parse(month + "-" + String.format("%02d", day)).toString());
        } catch (java.time.DateTimeException e) {
            return Optional.empty();
        }
    }

}
