package org.teikit.convert.conventions.letters;

import org.teikit.convert.dates.DateParser;
import org.teikit.source.Block;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A block that reads as the heading of a letter, telegram or memorandum, with the parties it names:
 * {@code X to Y}, {@code From X to Y}, {@code X TO Y}, {@code The Ambassador in Russia (Francis) to the Secretary
 * of State}, {@code To her mother, Rozália Kádár} (the sender then being the collection's author), perhaps after a
 * number ({@code 359.}, {@code IV.}, {@code Telegram No. 12:}); or a memorandum's field block ({@code TO:},
 * {@code FROM:}, {@code DATE:}). Whether it is a letter's is decided by {@link Letters}, from what follows it.
 */
record LetterHeading(String sender, String addressee, String kind, String number, String dateText, boolean fields) {
    /** {@code 359.}, {@code No. 12:}, {@code Nr. 12.}, {@code Lettre 45. —}, {@code Telegram No. 88}: a number before the parties. */
    static final Pattern NUMBER_PREFIX = Pattern.compile(
            "(?i)^(?:(telegram|cable|despatch|dispatch)\\s+|(?:letter|lettre|brief|lettera|carta|list)\\s+)?(?:no\\.?\\s*|nr\\.?\\s*|n[°º]\\.?\\s*)?"
                    + "(\\d{1,4}|(?-i:[IVXLC]{1,6}))(?:[.:]\\s*[—–]\\s*|[.:]\\s+"
                    // "Letter 7 — William to Mary": a dash alone after the number, where the word "Letter" names it one
                    + "|(?<=(?:letter|lettre|brief|lettera|carta|list)\\s{1,3}(?:no\\.?\\s{0,3})?(?:\\d{1,4}|[IVXLC]{1,6}))\\s+[—–]\\s+)");
    /** {@code X to Y}, and as editions in other languages print it: {@code Goethe an Schiller}, {@code Verdi à Boito}, {@code Huygens aan Spinoza}. */
    private static final Pattern FROM_TO = Pattern.compile(
            "^(?:(?i:(?:(letter|telegram|cable|message|note|despatch|dispatch)\\s+)?from)\\s+)?(.{2,120}?)\\s+(?:to|TO|To|an|AN|à|À|aan|AAN|till|al|alla|ad)\\s+(.{2,120}?)[.:]?$");
    // Italian and Spanish "A X" only with an honorific or a place after a comma ("A LUIGI FERRANTE, MILANO."): in
    // English a line "A WORKING MAN." is a pseudonym's signature
    /** The possessives an edition's heading names a kinsman with, beyond English ({@code Aan zijn broeder}, {@code A sua mãe}, {@code À sa mère}, {@code An seine Mutter}). */
    private static final String POSSESSIVE = "(?:his|her|their|my|zijn|zijne|haar|hare|hun|mijn|mijne|sa|son|ses|sua|seu|suas|seus|su|sus|suo|seine[nmr]?|ihre[nmr]?|sein|ihr)";
    private static final String ROMANCE_POSSESSIVE = "(?:sua|seu|suas|seus|su|sus|suo|sa|son|ses)";
    private static final Pattern TO_ONLY = Pattern.compile("^(?:To|TO|An|AN|À|Au|AU|Aan|AAN|Al|AL|Alla|ALLA|Allo|ALLO|(?:A|a)(?=\\s+(?:D\\.|Dª|Don|Doña|Sr|Sra|Srta|Sig|Signor|Signora|Mons|\\p{Lu}{2,}\\b[^,]{0,60},"
            // Portuguese too, and the addressee by kinship ("A sua mãe") or with the place the letter went to ("A Manuel X, em Braga")
            + "|" + ROMANCE_POSSESSIVE + "\\s|\\p{Lu}\\p{Ll}+(?:\\s+\\p{L}+){0,5},\\s+(?:em|en|in|a|à|na|no)\\s+\\p{Lu}))|Ao|AO)\\s+(.{2,120}?)[.:]?$");
    /** Under a letter's number, a Romance edition's "A X." names the addressee alone ({@code CARTA IV} / {@code A Manuel Pereira.}). */
    private static final Pattern TO_ONLY_NUMBERED = Pattern.compile("^(?:A|Ao|AO|À)\\s+(\\p{Lu}.{1,120}?)[.:]?$");
    /** A heading's party that names the previous letter's: {@code TO THE SAME}, {@code An denselben}, {@code Au même}. */
    static final Pattern THE_SAME = Pattern.compile("(?iu)(?:the\\s+)?same|idem|eundem|denselben|dieselbe|demselben|derselben|(?:au|à\\s+la)\\s+m[êe]me|(?:le\\s+|la\\s+)?m[êe]me"
            + "|mism[oa]|(?:lo\\s+|la\\s+)?stess[oa]|medesim[oa]"
            // Dutch and Portuguese: "Aan denzelfden", "Ao mesmo", "À mesma"
            + "|denzelfden|denzelfde|dezelfde|hetzelfde|(?:o\\s+|a\\s+)?mesm[oa]"
            // a letter-book's "To Do." (ditto): the person of the entry above
            + "|do\\.?|ditto");
    /** The editor's identification after a party ({@code Aan denzelfde [zijn vader]}): not part of how the heading names it. */
    private static final Pattern EDITORS_BRACKET = Pattern.compile("\\s*\\[[^\\]]{1,60}]$");
    /** Whether a party names the letter before's ({@code To the same}), perhaps with the editor's gloss ({@code Aan denzelfde [zijn vader]}). */
    static boolean isTheSame(String party) {
        return THE_SAME.matcher(EDITORS_BRACKET.matcher(party.strip()).replaceFirst("")).matches();
    }

    /** The editor's gloss on "the same" ({@code zijn vader}), or "" when none is printed. */
    static String sameGloss(String party) {
        Matcher m = EDITORS_BRACKET.matcher(party.strip());
        return m.find() ? m.group().strip().replaceAll("^\\[|]$", "").strip() : "";
    }

    /** A receipt noted after the addressee: {@code .—(Received January 8.)}, {@code (Rec. March 4)}. */
    private static final Pattern RECEIVED = Pattern.compile("(?i)[.,]?\\s*[—–-]*\\s*\\((?:received|rec(?:eive)?d\\.?|rec\\.)[^)]*\\)\\.?$");
    /** "From her mother" under "Letters of X": a letter to the collection's author. */
    private static final Pattern FROM_ONLY = Pattern.compile("^(?:From|FROM)\\s+(.{2,120}?)[.:]?$");
    /** A Romance edition's numbered {@code 314. D'AUGUSTE X}, {@code DE M. X}, {@code DA LUIGI X}: from that person, to the author. */
    private static final Pattern FROM_ONLY_ROMANCE = Pattern.compile("^(?:(?:De|DE|Da|DA)\\s+|[Dd]['’])(\\p{Lu}.{1,119}?)[.:]?$");
    private static final Pattern TELEGRAM = Pattern.compile("(?i)\\b(?:telegram|cable|telegraphic)\\b");
    /** A header field: a short label and its value ({@code TO:}, {@code FROM:}, {@code DATE:}, {@code REF:} …). */
    private static final Pattern FIELD = Pattern.compile("^(\\p{L}[\\p{L}.']*(?:\\s+\\p{L}[\\p{L}.']*){0,2})\\s*:\\s*(.+)$");
    /** A trailing ", Christmas 1923" or ", 12 May 1921" on the addressee: the heading's date, not a party. */
    private static final Pattern TRAILING_DATE = Pattern.compile("^(.+?),\\s*([^,]*\\b1[5-9]\\d\\d\\b[^,]*)$");
    private static final Pattern SENTENCE_BREAK = Pattern.compile(
            "(?<!\\b(?:Mr|Mrs|Ms|Dr|St|Jr|Sr|Gen|Col|Fr|Hr|Sen|Rep|Prof|Capt|Lt|No|Nr|Messrs|Rev|Hon|Esq|Maj|Sgt|Mme|Mlle))(?<=\\p{Ll})\\.\\s+\\p{Lu}|,\\s+(?!(?:em|en|in|a|à|na|no)\\s)\\p{Ll}+\\s+\\p{Lu}\\p{Ll}+\\.");
    /**
     * Two sentences in capitals, as a cable prints its text ({@code … SAYS NOTHING NEW." TEXT WAS …}): a full stop after a
     * word of three capitals or more that is no abbreviation of a title ({@code MRS.}, {@code REV.}, {@code ESQ.}), then a capital.
     */
    private static final Pattern CAPS_SENTENCE_BREAK = Pattern.compile(
            "(?<!\\b(?:MRS|MESSRS|GEN|COL|SEN|REP|PROF|CAPT|REV|HON|ESQ|MAJ|SGT|MME|MLLE|BROS|LTD|INC|JUN|GOV|ADM|SUPT|CMDR))"
                    + "(?<=\\p{Lu}{3})\\.[\"”’']?\\s+\\p{Lu}");
    private static final int MAX_WORDS = 30;
    /** The word telegrams print for a full stop. */
    private static final Pattern CABLE_STOP = Pattern.compile("\\bSTOP\\b");
    /** A document's title where a sender would stand: {@code Memorandum of Books Sent}, {@code List of …}, {@code Fragment of …}. */
    private static final Pattern DOCUMENT_TITLE = Pattern.compile(
            "(?i)^(?:memorandum|memo|fragment|list|journal|diary|extract|copy|account|inventory|catalogue|catalog|notes?|minutes?|report|draft)\\s+(?:of|on|for|about)\\b");
    /** The heading of a book's notes where a sender would stand: {@code NOTES TO CHAPTER I}, {@code Footnotes to Part Two}. */
    private static final Pattern NOTES = Pattern.compile("(?iu)(?:foot|end)?notes|anmerkungen|remarques|note");
    /**
     * Topics parted by dashes, as a chapter's synopsis prints them ({@code PATRAS — THE ROAD TO VOSTITZA — A KHAN}):
     * no party of a letter is named so.
     */
    private static final Pattern SYNOPSIS = Pattern.compile("\\s[—–]\\s");
    /** A poem's occasion after its addressee ({@code TO MY SISTER, ON HER MARRIAGE}): a poem's title, not a letter's heading. */
    private static final Pattern OCCASION = Pattern.compile("(?i),\\s+(?:on|upon)\\s+\\S");
    /** A collection's name where a sender would stand ({@code Letters}, {@code Selected Letters}, {@code Correspondence}). */
    private static final Pattern COLLECTION = Pattern.compile(
            "(?i)^(?:\\p{L}+\\s+)?(?:letters|correspondence|papers|telegrams|despatches|dispatches|messages)$");
    /** A collection's title naming its writer, in the languages whose collections the letters read: {@code Letters of}, {@code Lettere di}, {@code Briefe von}. */
    private static final Pattern COLLECTION_OF = Pattern.compile(
            "(?iu)\\b(?:letters|correspondence|correspondance|corrispondenza|correspondencia|briefwechsel|lettere|lettres|cartas|briefe|brieven|carteggio|epistolario)\\s+(?:of|from|written|di|de|del|della|von|van)\\b");
    /** A date as registers print it beside a number: {@code May 3, 1941}, {@code 3 May 1941}, {@code March 3}. */
    private static final String REGISTER_DATE = "((?:\\p{L}{3,}\\.?\\s+\\d{1,2}(?:st|nd|rd|th|d)?|\\d{1,2}(?:st|nd|rd|th|d)?\\s+\\p{L}{3,}\\.?)(?:,?\\s+\\d{4})?)";
    /** {@code Telegram No. 212 of May 3, 1941, from X to Y}: the register's number and date before the parties. */
    private static final Pattern REGISTER_PREFIX = Pattern.compile(
            "(?i)^(telegram|cable|despatch|dispatch|letter)\\s+(?:no\\.?\\s*)?(\\d{1,5})(?:\\s+of\\s+" + REGISTER_DATE + ")?,?\\s+(?=from\\s)");
    /** {@code X to Y. Telegram 88 of May 5, 1941} and {@code X to Y, No. 224, May 14, 1941}: the number and date after them. */
    private static final Pattern REGISTER_SUFFIX = Pattern.compile(
            "(?i)^(.+?)(?:\\.\\s+(telegram|cable|despatch|dispatch|letter)\\s+(?:no\\.?\\s*)?(\\d{1,5})(?:\\s+of\\s+" + REGISTER_DATE + ")?"
                    + "|,\\s+(?:(telegram|cable|despatch|dispatch)\\s+)?no\\.?\\s*(\\d{1,5}),\\s+" + "(?<d2>" + REGISTER_DATE.substring(1) + ")\\.?$");

    /**
     * What a printed collection of official papers puts before a message's parties: the writer's own number in
     * parentheses ({@code (No. 52.)}) and the copy's description ({@code COPY of a DESPATCH}, {@code Extract of a
     * Letter}, {@code Translation of a Note}), before {@code from X to Y}.
     */
    private static final Pattern COPY_OF = Pattern.compile(
            "(?i)^(?:\\(no\\.?\\s*(\\d{1,5})\\.?\\)\\s*)?(?:(?:copy|extract|extracts|translation|paraphrase)\\s+(?:of\\s+)?(?:an?\\s+)?(?=(?:despatch|dispatch|letter|telegram|cable|note|minute|memorandum)\\s+from\\s))?");

    /** The heading a block reads as, if any; {@code author} is the collection's ("Letters of X"), or "". */
    static Optional<LetterHeading> read(Block b, String author) {
        return read(b, author, false);
    }

    /** As {@link #read(Block, String)}; {@code underNumber}: the block stands right under a letter's number. */
    static Optional<LetterHeading> read(Block b, String author, boolean underNumber) {
        return read(b, author, underNumber, false);
    }

    /** As {@link #read(Block, String, boolean)}; {@code salutedBelow}: a salutation is the next block. */
    static Optional<LetterHeading> read(Block b, String author, boolean underNumber, boolean salutedBelow) {
        // "14. VARUS TO BRIXIUS" over "Louvain, 11 April 1517": an edition's heading with the dateline as its last line
        List<String> printed = lines(b);
        String datedLine = "";
        String t = clean(b.plain());
        if (printed.size() >= 2 && LetterParts.dateline(printed.get(printed.size() - 1)).isPresent()
                && LetterParts.dateline(printed.get(0)).isEmpty()) {
            datedLine = printed.get(printed.size() - 1).strip();
            t = clean(String.join(" ", printed.subList(0, printed.size() - 1)));
        }
        // read as a numbered list item ("14." its marker), a dated heading, or a heading of one line over a salutation
        // ("1. To Mrs. Lowe" / "Dear Mum,"), keeps its number: a list of errands ("1. To the baker") heads no letter
        // ... and so is a French or Italian edition's "412. — À MADAME DE GRIGNAN.": the dash after the number heads a letter
        boolean dashed = printed.size() <= 2 && t.matches("^[—–]\\s*\\S.*");
        boolean numberedItem = b.kind() == Block.Kind.LIST_ITEM && (!datedLine.isEmpty() || printed.size() == 1 && salutedBelow || dashed)
                && b.marker().matches("\\d{1,4}\\.");
        if (b.kind() != Block.Kind.PARAGRAPH && b.kind() != Block.Kind.HEADING && !numberedItem) return Optional.empty();
        if (numberedItem) t = b.marker() + " " + t;
        Optional<LetterHeading> memo = fields(List.of(b));
        if (memo.isPresent()) return memo;
        String number = "", kind = "letter";
        Matcher prefix = NUMBER_PREFIX.matcher(t);
        if (prefix.lookingAt()) {
            number = prefix.group(2);
            if (prefix.group(1) != null && TELEGRAM.matcher(prefix.group(1)).find()) kind = "telegram";
            t = t.substring(prefix.end());
        }
        // a parliamentary paper's "(No. 52.) COPY of a DESPATCH from X to Y": the writer's own number, and the copy's words
        Matcher copy = COPY_OF.matcher(t);
        if (copy.lookingAt() && copy.end() < t.length()) {
            if (number.isEmpty() && copy.group(1) != null) number = copy.group(1);
            t = t.substring(copy.end());
        }
        String registerDate = "";
        Matcher register = REGISTER_PREFIX.matcher(t);
        if (number.isEmpty() && register.lookingAt()) {
            kind = TELEGRAM.matcher(register.group(1)).find() ? "telegram" : "letter";
            number = register.group(2);
            registerDate = register.group(3) == null ? "" : register.group(3);
            t = t.substring(register.end());
        } else if (number.isEmpty() && (register = REGISTER_SUFFIX.matcher(t)).matches()) {
            String word = register.group(2) != null ? register.group(2) : register.group(5);
            if (word != null && TELEGRAM.matcher(word).find()) kind = "telegram";
            number = register.group(3) != null ? register.group(3) : register.group(6);
            String d = register.group(4) != null ? register.group(4) : register.group("d2");
            registerDate = d == null ? "" : d;
            t = register.group(1).strip();
        }
        if (registerDate.isEmpty()) registerDate = datedLine;
        int[] dated = trailingDateline(t);                 // "To Messrs. X, Merchants in Bristol. Newport, 3 May 1771."
        if (dated != null && registerDate.isEmpty()) {
            registerDate = t.substring(dated[1]).strip();
            t = t.substring(0, dated[0]).strip();
        }
        if (t.isEmpty() || !LetterParts.atMostWords(t, MAX_WORDS) || t.matches(".*[?!;].*")) return Optional.empty();
        // an editor's remark in brackets ("[Minute on the back: … Copy to X. — T. V. L.]") names no parties
        if (t.startsWith("[") && t.endsWith("]") && t.contains(": ")) return Optional.empty();
        if (SENTENCE_BREAK.matcher(t).find()) return Optional.empty();      // two sentences: prose, not a heading
        if (CAPS_SENTENCE_BREAK.matcher(t).find()) return Optional.empty();
        if (CABLE_STOP.matcher(t).find()) return Optional.empty();          // a telegram's text: "… REPEAT TO TOKYO STOP"
        if (LetterParts.dateline(t).isPresent()) return Optional.empty();  // "Paris, 3 thermidor an X [22 juillet 1802]"
        Matcher to = TO_ONLY.matcher(t);
        if (!to.matches() && underNumber) to = TO_ONLY_NUMBERED.matcher(t);
        if (to.matches() && !to.group(1).matches("(?i).*\\s(?:to|from)\\s.*") && !OCCASION.matcher(to.group(1)).find()) {
            String[] who = splitDate(tidy(to.group(1)));
            if (party(who[0]) || kin(who[0]) || isTheSame(who[0])) {
                return Optional.of(new LetterHeading(author, who[0], kind, number, who[1].isEmpty() ? registerDate : who[1], false));
            }
        }
        Matcher from = FROM_ONLY.matcher(t);
        if (!from.matches() && !number.isEmpty()) from = FROM_ONLY_ROMANCE.matcher(t);
        if (!author.isEmpty() && from.matches() && (party(from.group(1)) || kin(from.group(1)))
                && !from.group(1).matches("(?i).*\\s(?:to|from)\\s.*")) {
            String[] who = splitDate(tidy(from.group(1)));
            return Optional.of(new LetterHeading(who[0], author, kind, number, who[1], false));
        }
        Matcher m = FROM_TO.matcher(t);
        if (!m.matches()) return Optional.empty();
        String a = m.group(2).strip(), c = m.group(3).strip();
        if (!party(a) || !party(c) && !kin(c)) return Optional.empty();
        if (COLLECTION.matcher(a).matches()) return Optional.empty();        // a title: "Letters to Anna, 1944"
        if (NOTES.matcher(a).matches()) return Optional.empty();             // "NOTES TO CHAPTER I": the notes' heading
        if (SYNOPSIS.matcher(a).find() || SYNOPSIS.matcher(c).find()) return Optional.empty();
        if (DOCUMENT_TITLE.matcher(a).lookingAt()) return Optional.empty();  // "Memorandum of Books Sent to Pisa"
        // "BEING THE LETTERS OF X TO HIS FAMILY", "Lettere di X ad Y", "Briefe von X an Y": a collection's title
        if (COLLECTION_OF.matcher(a).find()) return Optional.empty();
        if (a.matches("(?i).*\\b(?:to|from)\\b.*") && m.group(1) == null && !a.contains("(")) return Optional.empty();
        if (m.group(1) != null && TELEGRAM.matcher(m.group(1)).find() || TELEGRAM.matcher(b.plain()).find()) kind = "telegram";
        String[] who = splitDate(tidy(c));
        return Optional.of(new LetterHeading(tidy(a), who[0], kind, number, who[1].isEmpty() ? registerDate : who[1], false));
    }

    /**
     * A memorandum's header: field lines ({@code TO:}, {@code FROM:}, {@code DATE:}, {@code SUBJECT:}) in one block
     * or one a block, with at least an addressee and a sender.
     */
    static Optional<LetterHeading> fields(List<Block> run) {
        String to = null, from = null, date = "";
        boolean routing = false;                           // DATED: and REC'D: are a telegram's routing block
        for (Block b : run) {
            if (b.kind() != Block.Kind.PARAGRAPH) return Optional.empty();
            for (String line : lines(b)) {
                Matcher f = FIELD.matcher(FORM_LABEL.matcher(line.strip()).replaceFirst("$1: "));
                // a printed form's stamp among its boxes ("PASSED BY ARMY EXAMINER 40271"), once both parties are read
                if (!f.matches() && to != null && from != null && STAMP.matcher(line.strip()).matches()) continue;
                if (!f.matches()) return Optional.empty();
                switch (f.group(1).toLowerCase(Locale.ROOT)) {
                    case "to" -> to = mailbox(f.group(2));
                    case "from" -> from = mailbox(f.group(2));
                    case "date" -> date = f.group(2).strip();
                    // an e-mail's "Sent:" is its date (a forwarded one's "Date:" stands in its own block)
                    case "sent" -> { if (date.isEmpty()) date = f.group(2).strip(); }
                    case "dated" -> { date = f.group(2).strip(); routing = true; }
                    case "rec'd", "recd", "received" -> routing = true;
                    default -> { }
                }
            }
        }
        if (to == null || from == null) return Optional.empty();
        return Optional.of(new LetterHeading(from, to, routing ? "telegram" : "memorandum", "", date, true));
    }

    /** An e-mail address in angle brackets after the name it belongs to: {@code Ann Lee <a.lee@example.org>}. */
    private static final Pattern MAIL_ADDRESS = Pattern.compile("\\s*<?(?:mailto:)?[^<>\\s@]+@[^<>\\s@]+\\.[^<>\\s@]+>?(?=$|[;,])");

    /** A party as a mail header names it: the name without its address or quotes ({@code "Hallam Timber" <sales@…>}), or the address alone. */
    static String mailbox(String value) {
        String name = MAIL_ADDRESS.matcher(value).replaceAll("").strip().replaceAll("^\"(.*)\"$", "$1");
        return tidy(name.isEmpty() ? value.replaceAll("[<>]", "") : name);
    }

    /** A form's box label in brackets before its entry: {@code (Date) 11 Jul 44}. */
    private static final Pattern FORM_LABEL = Pattern.compile("^\\((\\p{L}+)\\)\\s+(?=\\S)");
    /** A stamp: a line in capitals and figures. */
    private static final Pattern STAMP = Pattern.compile("^\\p{Lu}[\\p{Lu}\\d .,'&\\-]{4,60}$");

    /** The blocks from {@code start} that are each one memorandum field line: a header printed a field a paragraph. */
    static int fieldRun(List<Block> blocks, int start) {
        int i = start;
        while (i < blocks.size() && blocks.get(i).kind() == Block.Kind.PARAGRAPH && blocks.get(i).lines().size() == 1
                && FIELD.matcher(clean(blocks.get(i).plain())).matches()) i++;
        return i;
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

    private static final Pattern KIN_ONLY = Pattern.compile("(?iu)^" + POSSESSIVE + "\\s+(\\p{L}+)$");

    /** The kinsman an addressee names by kinship alone ({@code zijn broeder} → {@code broeder}), or "" when a name follows or none. */
    static String kinOnly(String addressee) {
        Matcher m = KIN_ONLY.matcher(addressee.strip());
        return m.matches() ? m.group(1) : "";
    }

    /**
     * "his sister", "her mother, Mariam Haddad": an addressee named by kinship, perhaps then by name; or by name, then
     * by kinship, as Romance editions print it ({@code Signora Lucia Ferranti sua madre}, {@code Pierre, son frère}).
     */
    private static boolean kin(String s) {
        if (s.matches("(?iu)^" + POSSESSIVE + "\\s+\\p{L}+(?:,?\\s+\\p{Lu}.*)?$")) return true;
        Matcher after = KIN_AFTER.matcher(s);
        return after.matches() && party(after.group(1));
    }

    private static final Pattern KIN_AFTER = Pattern.compile("(?u)^(\\p{Lu}.*?),?\\s+" + ROMANCE_POSSESSIVE + "\\s+\\p{Ll}+$");

    private static String[] splitDate(String printed) {
        String addressee = tidy(RECEIVED.matcher(printed).replaceFirst(""));
        Matcher d = TRAILING_DATE.matcher(addressee);
        if (d.matches()) return new String[]{d.group(1).strip(), d.group(2).strip()};
        // a letter-book's address line: "To Capt. X, 13 May." (the year is the section's or the entry's before)
        int comma = addressee.lastIndexOf(',');
        if (comma > 0) {
            String last = addressee.substring(comma + 1).strip();
            var md = DateParser.monthDay(last);
            if (md.isPresent() && md.get().start() == 0 && md.get().end() == last.length()) {
                return new String[]{tidy(addressee.substring(0, comma)), last};
            }
        }
        return new String[]{addressee, ""};
    }

    /**
     * Where a heading's own dateline begins, printed after it as a sentence of its own ({@code To X, Merchants in
     * Bristol. Newport, 3 May 1771.}): where the separator before it begins and ends, or null.
     */
    static int[] trailingDateline(String t) {
        Matcher sep = DATELINE_SEPARATOR.matcher(t);
        List<int[]> at = new ArrayList<>();
        while (sep.find()) if (sep.start() > 0) at.add(new int[]{sep.start(), sep.end()});
        for (int k = at.size() - 1; k >= 0; k--) {
            if (LetterParts.dateline(t.substring(at.get(k)[1])).isPresent()) return at.get(k);
        }
        // "William to Mary, 14 January 1854", "… to his brother John, undated": after the last comma a date alone, no place
        int comma = t.lastIndexOf(", ");
        if (comma > 0) {
            String rest = t.substring(comma + 2).replaceAll("[.]$", "").strip();
            var dates = org.teikit.convert.dates.DateParser.find(rest);
            boolean dateAlone = dates.size() == 1 && dates.get(0).start() == 0 && dates.get(0).end() >= rest.length() - 1;
            if (dateAlone || UNDATED.matcher(rest).matches()) return new int[]{comma, comma + 2};
        }
        return null;
    }

    /** What an edition prints for a letter without date: {@code undated}, {@code n.d.}, {@code sans date}. */
    private static final Pattern UNDATED = Pattern.compile("(?i)undated|n\\.\\s?d\\.?|no date|sans date|s\\.\\s?d\\.?|ohne datum|senza data|sin fecha");

    /** What divides a heading from the dateline printed after it: a full stop, a dash ({@code TO MRS. X.—June 20th, 1854.}). */
    private static final Pattern DATELINE_SEPARATOR = Pattern.compile("\\.\\s+|\\.?\\s*[—–]\\s*");

    static String clean(String s) {
        return LetterParts.clean(s).replace('\n', ' ').replaceAll("\\s+", " ").replaceAll("^[*_#]+|[*_]+$", "").strip();
    }

    private static String tidy(String party) {
        return party.strip().replaceAll("[.,:;*]+$", "").strip();
    }

    /** The numbers a heading's neighbour prints alone: {@code 359.}, {@code No. 12}, {@code Telegram No. 88}, {@code LETTER XXIV.}. */
    static final Pattern NUMBER_ONLY = Pattern.compile(
            "(?i)^(?:(telegram|cable|despatch|dispatch|letter|lettre|lettera|carta|brief|message|document)\\s+)?(?:no\\.?\\s*|nr\\.?\\s*|n[°º]\\.?\\s*|number\\s+)?"
                    + "(\\d{1,4}|(?<=\\s)(?-i:[IVXLC]{1,7}))(?:\\.?\\s?[ªº])?\\.?$");

    /** The number a block prints alone (an empty ordered-list item, as "412." on its own line is), or null. */
    static Matcher number(Block b) {
        Matcher m = NUMBER_ONLY.matcher(printedAlone(b));
        return m.matches() ? m : null;
    }

    /** What a block prints, stripped; for an empty item of an ordered list ({@code 1763.} on its own line), its marker. */
    static String printedAlone(Block b) {
        return (b.kind() == Block.Kind.LIST_ITEM && b.plain().isBlank() ? b.marker() : clean(b.plain())).strip();
    }

    static boolean isTelegramWord(String s) {
        return s != null && TELEGRAM.matcher(s).find();
    }

    /** The block's lines as printed (its soft line breaks), each without layout characters. */
    static List<String> lines(Block b) {
        List<String> out = new ArrayList<>();
        for (var line : b.lines()) {
            String l = LetterParts.clean(org.teikit.source.Inline.plain(line));
            if (!l.isBlank()) out.add(l);
        }
        return out;
    }
}
