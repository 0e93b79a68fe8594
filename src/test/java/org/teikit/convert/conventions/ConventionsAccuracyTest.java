package org.teikit.convert.conventions;

import nu.xom.Document;
import nu.xom.Element;
import nu.xom.Node;
import nu.xom.Nodes;
import nu.xom.ParentNode;
import nu.xom.Text;
import nu.xom.XPathContext;
import org.junit.jupiter.api.Test;
import org.teikit.convert.Conversion;
import org.teikit.convert.Converter;
import org.teikit.edition.Provenance;
import org.teikit.fidelity.Fidelity;
import org.teikit.fidelity.FidelityReport;
import org.teikit.source.SourceDocument;
import org.teikit.source.SourceText;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Recall and precision of the shared conventions on fixture transcriptions written for it
 * (src/test/resources/conventions, format in its README): speech turns with the right speaker, notes at their
 * reference, letters with correspondents and date, and no word lost. The figures are printed per set and
 * style; the floors below are the measured figures, so a change that makes any of them worse fails, and
 * BENCHMARKS.md says where they stand against the targets.
 */
class ConventionsAccuracyTest {
    private static final XPathContext TEI = new XPathContext("t", "http://www.tei-c.org/ns/1.0");
    private static final Path ROOT = Path.of("src/test/resources/conventions");

    /** Counts of one measure: found and right, found, expected. */
    static final class Score {
        int right, found, expected;

        void add(Score o) { right += o.right; found += o.found; expected += o.expected; }
        double recall() { return expected == 0 ? 1 : (double) right / expected; }
        double precision() { return found == 0 ? 1 : (double) right / found; }
        @Override public String toString() {
            return String.format(Locale.ROOT, "R %.3f P %.3f (%d/%d expected, %d found)", recall(), precision(), right, expected, found);
        }
    }

    /** {@code people}: the same: and who: facts (one person per speaker, the right name); {@code structure}: stage, act, scene. */
    record Result(Score turns, Score notes, Score letters, Score people, Score structure, int lost) {}

    @Test
    void developmentSetMeetsItsFloors() throws Exception {
        Result all = measured("dev");
        assertFloors(all, 0.98, 0.97, 0.97);
        assertTrue(all.people().recall() >= 1.0 && all.structure().recall() >= 0.96, "people " + all.people() + ", structure " + all.structure());
    }

    @Test
    void heldOutSetMeetsItsFloors() throws Exception {
        Result all = measured("heldout");
        assertFloors(all, 0.98, 0.97, 0.97);
        // structure is below the issue's aim, kept as a floor so it only rises
        assertTrue(all.people().recall() >= 0.95 && all.structure().recall() >= 0.88, "people " + all.people() + ", structure " + all.structure());
    }

    /** One set's figures, printed as a table per style (the blind sets print no detail, whatever is asked). */
    private static Result measured(String set) throws Exception {
        Map<String, Result> r = measure(ROOT.resolve(set));
        Result all = total(r);
        System.out.println(table(set, r, all));
        return all;
    }

    /**
     * A second held-out set (letters and telegrams in 25 print styles; notes; speech), written from the fixture format
     * alone by people who saw neither the converter nor the other fixtures. Measured once on arrival, then read to find
     * missing rules, like {@code heldout/}. Floors: what it measures now, rounded down.
     */
    @Test
    void secondHeldOutSetMeetsItsFloors() throws Exception {
        Result all = measured("heldout2");
        // arrival: turns 0.667 / 0.675, notes 0.830, letters 0.325; after the first round's rules: 0.982 / 0.789, 0.973,
        // 0.574; after the letters round: letters 0.829 / 0.856, turns 0.982 / 0.812; after letters' parts stopped counting
        // as dialogue (speech3): turns 0.994 / 0.994
        assertTrue(all.turns().recall() >= 0.99 && all.turns().precision() >= 0.99, "turns " + all.turns());
        assertTrue(all.notes().recall() >= 0.97 && all.letters().recall() >= 0.82, "notes " + all.notes() + ", letters " + all.letters());
        // tune7 (wire forms of unlabelled lines, a first-name signature the introduction names): letters 0.922 / 0.922
        assertTrue(all.letters().recall() >= 0.92 && all.letters().precision() >= 0.92, "letters " + all.letters());
        // people 0.926; after one-word labels took the one full name printed for them (people8): 1.000
        assertTrue(all.people().recall() >= 0.99, "people " + all.people());
        assertEquals(0, all.lost(), "words lost");
    }

    /**
     * A third held-out set (speech, notes, letters in styles the other sets lack), written from the fixture format alone
     * by someone who saw neither the converter nor the other fixtures; measured on arrival, then read to find missing
     * rules, like {@code heldout2/}. Floors: what it measures now, rounded down.
     */
    @Test
    void thirdHeldOutSetMeetsItsFloors() throws Exception {
        Result all = measured("heldout3");
        // arrival (36 fixtures, commit 0802c08): turns 0.822 / 0.781, notes 0.346 / 0.718, letters 0.065 / 0.160,
        // people 0.364, one word lost; after this round's note, cast and label rules: turns 0.939 / 0.791, notes 0.728 / 0.855, 0 lost;
        // after speech3: turns 0.939 / 0.847; after the notes round (symbols a line each, {p. n}, roman endnotes, wiki
        // references, link definitions, enumerations, marks named in a bracket): notes 0.988 / 0.976
        assertTrue(all.turns().recall() >= 0.93 && all.turns().precision() >= 0.84 && all.notes().recall() >= 0.98
                && all.notes().precision() >= 0.97, "turns " + all.turns() + ", notes " + all.notes());
        // letters before the foreign-edition, letter-book, bundle, newspaper and unpunctuated-letter rules (letters4):
        // 0.081 / 0.217; after: 0.613 / 0.776; tune11 (a date in figures read in the order the dates in words show): 0.629 / 0.796;
        // tl (postcards described field by field, their messages signed at the foot, CardMessage): 0.726 / 0.818
        assertTrue(all.letters().recall() >= 0.72 && all.letters().precision() >= 0.81, "letters " + all.letters());
        // speech4 (printed directions, cut-short names, full names outside the speeches, record look-alikes, verbatim
        // exchanges): turns 0.939 / 0.847 → 0.991 / 0.991, people 0.364 → 1.000, structure 0.726 / 0.818 → 0.984 / 0.910
        assertTrue(all.turns().recall() >= 0.99 && all.turns().precision() >= 0.99 && all.people().recall() >= 0.99
                && all.structure().recall() >= 0.98 && all.structure().precision() >= 0.90,
                "turns " + all.turns() + ", people " + all.people() + ", structure " + all.structure());
        assertEquals(0, all.lost(), "words lost");
    }

    /**
     * A fourth held-out set (30 fixtures in styles none of the others has: chat logs, cockpit and conversation-analysis
     * transcripts, line-keyed apparatus, LaTeX and wikitext notes, e-mail print-outs, telex, notes verbales …), written
     * from the fixture format and the other sets' indexes alone, never run through the converter by its author.
     * Measured on arrival; floors: what it measured, rounded down.
     */
    @Test
    void fourthHeldOutSetMeetsItsFloors() throws Exception {
        Result all = measured("heldout4");
        // arrival (commit 7fe498f): turns 0.250 / 0.923, notes 0.055 / 0.750, letters 0.000 / 0.000 (6 found, none
        // right), people 0.059, structure 0.375 / 0.750, 0 lost
        // after the fifth round (speech5, notes5): turns 0.792 / 0.912 — recall tripled, precision one point below arrival
        // rows of their own between the turns (OwnRows: a chat log's joins, a table's sounds, a deposition's remarks): 0.819 / 0.944
        // speech8: a page's number above a question leaves no sentence unfinished: 0.840 / 0.960
        // speech9: an office in lower case after a title and its article labels a turn (M. le président.): 0.889 / 0.962
        // single letters that repeat and alternate label voices (F:/A: after a tape change, LetterVoices): 0.944 / 0.958
        assertTrue(all.turns().recall() >= 0.94 && all.turns().precision() >= 0.95, "turns " + all.turns());
        assertTrue(all.notes().recall() >= 0.79 && all.notes().precision() >= 0.89, "notes " + all.notes()); // notes5: 0.800 / 0.898
        assertTrue(all.letters().recall() >= 0.80 && all.letters().precision() >= 0.90, "letters " + all.letters()); // message forms (messages5): 0.462 / 0.900; formal letters (letters5): 0.821 / 0.914
        // people 0.294; after a key's entries in one run, interview headers in German, a recorder legend's voice numbers
        // and the prisoner as the one indicted (people8): 0.647; LetterVoices (F for FRAGE): 0.824
        assertTrue(all.people().recall() >= 0.82, "people " + all.people());
        assertEquals(0, all.lost(), "words lost");
    }

    /**
     * A fifth held-out set (30 fixtures: committee evidence, CHILDES and WebVTT transcripts, WhatsApp exports, Spanish and
     * German plays, pandoc, AsciiDoc and reST notes, two note series, DIN business letters, State cables …), written like
     * the fourth from the fixture format and the other sets' indexes alone, while that round's rules were being made.
     * Floors: what it measured on arrival, rounded down.
     */
    @Test
    void fifthHeldOutSetMeetsItsFloors() throws Exception {
        Result all = measured("heldout5");
        // arrival (commit 3abeb2c, 2026-12-07): turns 0.207 / 0.627, notes 0.078 / 0.556, letters 0.025 / 0.056 (1 of
        // 40), people 0.313, structure 0.000 (0 of 50 acts and scenes), 0 lost
        // speech5: Spanish printing's dash glued to the label's stop (NAME.—), its PERSONAJES cast: 0.305 / 0.705
        // speech5: an export's name and time alone on the line over the speech (Name  00:04): 0.404 / 0.759
        // speech7: a letter's fields and salutations, each alone in a short block that no label answers: 0.404 / 0.872;
        // speakers printed letter-spaced (L e n e.): 0.507 / 0.888 (structure 0.260 -> 0.620); letters7: business
        // letters' parts no speech (Sres., Betreff:); WebVTT voices read as labels (CaptionFile): 0.571 / 0.899
        // speech8: CHAT tiers (*CHI:, %com:), a chat export's numbered lines, committee question numbers (Q7 Chair:),
        // abbreviated offices (Att. Gen., L. C. J.), names in columns, an act's closing line: 0.906 / 0.979; a script in
        // capitals under its cast list, its transitions (CUT TO:): 0.980 / 0.980 (structure 0.620 -> 0.940)
        assertTrue(all.turns().recall() >= 0.97 && all.turns().precision() >= 0.97, "turns " + all.turns());
        assertTrue(all.structure().recall() >= 0.93 && all.structure().precision() >= 0.95, "structure " + all.structure());
        // notes (notes5: pandoc ^[…], AsciiDoc footnote:[…], reST [#]_, (fn. 1), n1, *1, 1) under a rule, (*), marks
        // named "[1], [2]"): 0.922 / 1.000; a saved web page's note links (HtmlPage): 0.984 / 1.000
        assertTrue(all.notes().recall() >= 0.98 && all.notes().precision() >= 0.99, "notes " + all.notes());
        // letters after 'Letter 7 — X to Y, date' headings (letters5): 0.100 / 0.154 (4 of 40); after Roman-month
        // dates and titles naming both parties (letters5, second round): 0.200 / 0.276 (8 of 40); after nameless
        // salutations, signatures for a firm, reference-line dates and contracted months (letters7): 0.400 / 0.432 (16 of 40);
        // after salutations naming whom a kin title means, datelines of two place lines, a rule after the closing: 0.475 / 0.500;
        // after a run-in salutation (MY DEAR X,—), a closing led into by a sentence, a section head after the signature: 0.500 / 0.526;
        // after extracts introduced by their writer, addressee and date over the quotation: 0.550 / 0.550 (22 of 40)
        // letters8: date-time groups' years, cards' signature/date/address fields, datelines above a circular's address
        // line, envelopes naming a title's kinsman, numbered undated notes, replies and answers on a copy: 0.875 / 0.814 (35 of 40);
        // a decrypt's own FROM … TO … address and a log's time of origin with its day: 0.975 / 0.907 (39 of 40)
        assertTrue(all.letters().recall() >= 0.96 && all.letters().precision() >= 0.90, "letters " + all.letters());
        // people 0.313; after a surname alone taking the one full name printed and the prisoner as the one tried (people8): 0.500
        assertTrue(all.people().recall() >= 0.50, "people " + all.people());
        assertEquals(0, all.lost(), "words lost");
    }

    /**
     * A sixth held-out set (30 fixtures in the styles the issue names, as an editor most often brings them: plays and
     * hearings in the four label styles, Q/A interviews, documentary-edition letters and telegrams with their notes,
     * memo and minutes traps), written from the fixture format alone (no other set, no index, no converter).
     * Floors: what it measured, rounded down.
     */
    @Test
    void sixthHeldOutSetMeetsItsFloors() throws Exception {
        Result all = measured("heldout6");
        // arrival (commit 136747b, 2026-12-07): turns 0.990 / 0.962, notes 0.962 / 0.962, letters 0.424 / 0.438 (14 of
        // 33; 32 found, most undated), people 0.871, structure 0.911 / 0.872, 0 lost
        // after a cable's hours of despatch and receipt after its date (D. 8.15 p.m. R. 11.40 p.m., a form's 315P), and
        // a foot dateline over the letter's own note definitions: letters 0.758 / 0.781 (blind2's letters 0.667 -> 0.733)
        // a cast listed a line each in one block; directions wholly in italics; scene headings with their setting: turns
        // 0.990 / 0.974, people 0.903, structure 0.956 / 0.935 (blind: turns precision 0.982 -> 0.995; blind2: 0.981 -> 0.978)
        // headings of a number and the addressee over a salutation (1. To Mrs. Lowe), a family letter.s love as its closing: letters 0.818 / 0.844
        assertTrue(all.turns().recall() >= 0.98 && all.turns().precision() >= 0.97, "turns " + all.turns());
        assertTrue(all.notes().recall() >= 0.96 && all.notes().precision() >= 0.96, "notes " + all.notes());
        assertTrue(all.letters().recall() >= HELDOUT6_LETTERS && all.letters().precision() >= HELDOUT6_LETTERS, "letters " + all.letters());
        assertEquals(0, all.lost(), "words lost");
    }

    private static final double HELDOUT6_LETTERS = 0.81;

    /**
     * A seventh held-out set (17 fixtures of printed letters and telegrams with their notes, each in a tradition of its
     * own: Blue Book despatches, FRUS telegrams, an eighteenth-century edition, Gutenberg footnote blocks, soldiers'
     * letters, a letter book, French and German editions, letters to the editor, colonial despatches, notes verbales …),
     * written from the fixture format alone. Floors: what it measured on arrival, rounded down.
     */
    @Test
    void seventhHeldOutSetMeetsItsFloors() throws Exception {
        Result all = measured("heldout7");
        // arrival (commit da267d9, 2026-12-07): notes 0.788 / 0.852 (52 of 66), letters 0.659 / 0.763 (29 of 44, 38 found),
        // 0 lost; with an apostrophe inside a word no word break in the comparison (as the README says): notes 0.864 / 0.934;
        // with (1)/(a) definitions at a letter's foot claimed by the marks above (FootMarkedNotes) and a single letter's
        // stop in an abbreviation no word break ("p.m." is "pm"): notes 1.000 / 1.000 (66 of 66)
        assertTrue(all.notes().recall() >= 0.98 && all.notes().precision() >= 0.98, "notes " + all.notes());
        // tune7 (printed papers' letters: newspaper signatures dated under them, copies of despatches, wire forms …): letters 0.886 / 0.929
        assertTrue(all.letters().recall() >= 0.88 && all.letters().precision() >= 0.92, "letters " + all.letters());
        assertEquals(0, all.lost(), "words lost");
    }

    /**
     * An eighth held-out set (30 fixtures: letters and telegrams as editions print them, 17th to 20th century, in six
     * languages, each with its notes in a common mark style; footnoted prose; traps), written from the fixture format
     * alone (no other set, no index, no converter). Floors: what it measured on arrival, rounded down.
     */
    @Test
    void eighthHeldOutSetMeetsItsFloors() throws Exception {
        Result all = measured("heldout8");
        // arrival (commit 8c7c2fa, after LetterVoices, 2026-12-07): notes 0.809 / 0.927 (76 of 94), letters 0.216 / 0.400
        // (16 of 74, 40 found), 5 turns found where there is no speech, 0 lost
        // 1) marks claiming each letter's foot (numbered through or afresh, parted by ornaments), the editor's naming
        // of the style no mark: notes 0.926 / 0.967 (87 of 94)
        assertTrue(all.notes().recall() >= 0.92 && all.notes().precision() >= 0.96, "notes " + all.notes());
        // letters between rules, the year under a heading, telegraph forms with their text below, French editions'
        // numbered headings (and the letters rules merged from tune7): letters 0.392 / 0.547; a ship's dateline ("off
        // Malta") finds one more letter whose writer signs by a nickname: 0.392 / 0.537
        // Dutch kinship headings, "the same" glossed by the editor, Romance kinship after the name: 0.419 / 0.544;
        // with tune11 (unpunctuated letters in one paragraph and the rest): 0.432 / 0.561
        // tl (a Romance "the same" read by its gender, AU MÊME after a letter to a woman, SameByGender): 0.446 / 0.579
        // a title or initials and a surname the collection's title names with a forename (TitledSurnames): 0.473 / 0.614
        // an edition's adjective after the kind (LETTERE INEDITE DI X) leaving the title's writer named: 0.486 / 0.632
        // Italian closings of service, the place and date written between a closing's lines: 0.514 / 0.667
        // a title in capitals naming the recipient by kin (LETTERS OF X TO HIS WIFE): 0.527 / 0.684
        // a familiar name signing two letters or more of such a one-way collection, the writer's (TitledParties): 0.541 / 0.702
        // such a title's kinsman is the one name the salutations give (My darling wife, Dearest: to Kate): 0.554 / 0.719
        // the notes' markdown heading under an unclosed letter no signature: 0.568 / 0.737
        assertTrue(all.letters().recall() >= 0.56 && all.letters().precision() >= 0.73, "letters " + all.letters());
        assertEquals(0, all.lost(), "words lost");
    }

    /**
     * A ninth held-out set (30 fixtures of speech: plays in every label style printed and typed, two long verbatim
     * meetings, a debate, hearings, trials and depositions, interviews, broadcasts, a catechism; traps), written from
     * the fixture format alone. Floors: what it measured on arrival, rounded down.
     */
    @Test
    void ninthHeldOutSetMeetsItsFloors() throws Exception {
        Result all = measured("heldout9");
        // arrival (commit c210825, 2026-12-07): turns 0.887 / 0.944 (853 of 962, 904 found), notes 1.000 (8 of 8), one
        // letter found where there is none, people 0.586, structure 0.678 / 0.857, 0 lost
        // speech10 (titles cut short before a colon name, Mc-capitals, colon labels in both cases, a broadcast's roles,
        // a record's own lines and page breaks out of the speech): turns 0.943 / 0.982 (907 of 962, 924 found), people 0.707
        // a script's numbered cues read as its paragraphs, cues typed in capitals no voices (CueNumbers, CapitalCues):
        // turns 0.963 / 0.982 (926 of 962, 943 found), people 0.741; run-in Q. - A. exchanges cut (RunInExchanges):
        // turns 0.981 / 0.985 (944 of 962, 958 found)
        assertTrue(all.turns().recall() >= 0.98 && all.turns().precision() >= 0.98, "turns " + all.turns());
        assertTrue(all.people().recall() >= 0.74, "people " + all.people());
        assertEquals(0, all.lost(), "words lost");
    }

    /**
     * A tenth held-out set (25 fixtures whose notes are the point: editions of letters, a diary, articles, chapters,
     * a sermon, a legal opinion, a report, a translation with two kinds of notes, in every common mark style; traps),
     * written from the fixture format alone. Floors: what it measured on arrival, rounded down.
     */
    @Test
    void tenthHeldOutSetMeetsItsFloors() throws Exception {
        Result all = measured("heldout10");
        // arrival (commit 1f852ae, 2026-12-07): notes 0.801 / 0.936 (117 of 146, 125 found), turns 1.000
        // (39 of 39), letters 0.143 / 0.105 (2 of 14, 19 found), 0 lost
        // marks in the style the definitions are printed (glued 1), German a)), a note's second paragraph in a foot,
        // a mark after a comma where the sentence goes on: notes 0.918 / 0.944 (134 of 146)
        assertTrue(all.notes().recall() >= 0.91 && all.notes().precision() >= 0.94, "notes " + all.notes());
        assertTrue(all.turns().recall() >= 0.98 && all.turns().precision() >= 0.98, "turns " + all.turns());
        // numbered headings over a dateline over a salutation; notes to a chapter, synopses and poems no letters:
        // letters 0.500 / 0.538 (7 of 14, 13 found)
        assertTrue(all.letters().recall() >= 0.50 && all.letters().precision() >= 0.53, "letters " + all.letters());
        assertEquals(0, all.lost(), "words lost");
    }

    /**
     * An eleventh held-out set (25 fixtures of official and private correspondence: diplomatic volumes, archive pages,
     * despatches, letter books, orders, a circular, family and emigrant letters, letters to an editor, French, German
     * and Spanish editions; traps), written from the fixture format alone. Floors: what it measured on arrival, rounded down.
     */
    @Test
    void eleventhHeldOutSetMeetsItsFloors() throws Exception {
        Result all = measured("heldout11");
        // arrival (commit 1f852ae, 2026-12-07): letters 0.333 / 0.528 (28 of 84, 53 found), notes
        // 0.873 / 0.960 (48 of 55), no speech found where there is none, 0 lost
        // tune11 (documents volumes' numbered headings over their datelines, a despatch's number or (Telegraphic.) beside
        // its dateline, forms printed box by box, 'Letter N' numbers, unpunctuated letters in one paragraph, To/From and
        // D'X headings of one person's edition, figures read in the order the dates in words show, a day in both styles
        // with a stroke): letters 0.619 / 0.754 (52 of 84, 69 found)
        // tl (a rank in parentheses after a signed name, T. Garvey (Pte)): 0.631 / 0.768
        assertTrue(all.letters().recall() >= 0.61 && all.letters().precision() >= 0.75, "letters " + all.letters());
        // a symbol in brackets ([*] … [*] text) the mark of the note defined so: notes 0.891 / 0.961 (49 of 55)
        assertTrue(all.notes().recall() >= 0.89 && all.notes().precision() >= 0.96, "notes " + all.notes());
        assertEquals(0, all.lost(), "words lost");
    }

    /**
     * A twelfth held-out set (25 fixtures of notes as transcribers bring them from PDFs, word processors and web pages:
     * glued digits, pandoc inline notes, HTML anchors, German {@code *)} and {@code ¹⁾}, per-page symbols, {@code Anm. 1},
     * braces, angle brackets, lettered superscripts, two series, tables, verse, chapter endnotes; traps), written from
     * the fixture format alone. Floors: what it measured on arrival, rounded down.
     */
    @Test
    void twelfthHeldOutSetMeetsItsFloors() throws Exception {
        Result all = measured("heldout12");
        // arrival (commit 720b5da, 2026-12-08): notes 0.792 / 0.962 (126 of 159, 131 found), turns 1.000 / 0.625
        // (15 of 15, 24 found), letters 0.545 / 0.667 (6 of 11, 9 found), 0 lost
        // definitions opened by the word for a note in the edition's language (Anm. 1., Nota 2.), digits in angle
        // brackets (<1>): notes 0.881 / 0.966 (140 of 159); turns 1.000 / 1.000, the Anm. lines no speech
        assertTrue(all.notes().recall() >= 0.88 && all.notes().precision() >= 0.96, "notes " + all.notes());
        assertTrue(all.turns().recall() >= 0.99 && all.turns().precision() >= 0.99, "turns " + all.turns());
        assertTrue(all.letters().recall() >= 0.54 && all.letters().precision() >= 0.66, "letters " + all.letters());
        assertEquals(0, all.lost(), "words lost");
    }

    /**
     * A thirteenth held-out set (25 fixtures of letters: calendars, medieval superscriptions, regnal dates, letters
     * quoted in a memoir, an epistolary novel, letterheads, e-mail printouts, cablegrams, notes verbales, postcards,
     * Dutch, Italian, Portuguese, Polish, Swedish and Czech editions, YAML and table metadata; traps), written from the
     * fixture format alone. Floors: what it measured on arrival, rounded down.
     */
    @Test
    void thirteenthHeldOutSetMeetsItsFloors() throws Exception {
        Result all = measured("heldout13");
        // arrival (commit 720b5da, 2026-12-08): letters 0.225 / 0.360 (18 of 80, 50 found), notes 0.864 / 0.974
        // (38 of 44, 39 found), turns 1.000 (9 of 9), 0 lost
        // l13 (a header field's ISO day, a catalogue record's table of fields, an editor's year-first bracket date):
        // letters 0.350 / 0.549 (28 of 80, 51 found)
        assertTrue(all.letters().recall() >= 0.35 && all.letters().precision() >= 0.54, "letters " + all.letters());
        assertTrue(all.notes().recall() >= 0.86 && all.notes().precision() >= 0.97, "notes " + all.notes());
        assertTrue(all.turns().recall() >= 0.99 && all.turns().precision() >= 0.99, "turns " + all.turns());
        assertEquals(0, all.lost(), "words lost");
    }

    /**
     * A fourteenth held-out set (25 mixed fixtures in eight languages: parliamentary records, plays, interviews, an oral
     * history, minutes quoting letters, journals with letters, a screenplay, a chat log; traps), written from the
     * fixture format alone. Floors: what it measured on arrival, rounded down.
     */
    @Test
    void fourteenthHeldOutSetMeetsItsFloors() throws Exception {
        Result all = measured("heldout14");
        // arrival (commit 720b5da, 2026-12-08): turns 0.898 / 0.901 (309 of 344, 343 found), notes 0.789 / 0.968
        // (30 of 38, 31 found), letters 0.333 / 1.000 (4 of 12, 4 found), people 0.727, 0 lost; after the Dutch
        // chamber's `De heer X:` labels and the record head's fields (sp branch): turns 0.930 / 0.904 (320 of 344,
        // 354 found), structure 0.585 / 0.480; after screenplay scene headings: turns 0.930 / 0.917 (349 found); after numbered articles
        // (`Art. 3.`): 0.930 / 0.952 (336 found)
        assertTrue(all.turns().recall() >= 0.93 && all.turns().precision() >= 0.95, "turns " + all.turns());
        // a superscript number in parentheses opening a definition ((¹) text): notes 0.868 / 0.971 (33 of 38)
        assertTrue(all.notes().recall() >= 0.86 && all.notes().precision() >= 0.97, "notes " + all.notes());
        assertTrue(all.letters().recall() >= 0.33 && all.letters().precision() >= 0.99, "letters " + all.letters());
        assertEquals(0, all.lost(), "words lost");
    }

    /**
     * Written after the rules of this round, by someone who saw neither the converter nor the other fixtures, and not
     * used to tune anything: its figures are the blind ones. Its floors are what it measured, rounded down.
     */
    @Test
    void blindSetMeetsItsFloors() throws Exception {
        Result all = measured("blind");
        assertBlindFloors(all, BLIND_TURNS, BLIND_NOTES, BLIND_LETTERS);
        assertTrue(all.people().recall() >= 0.57, "people " + all.people());   // people8: 0.571
    }

    /** Raised to what the blind set measured after the round that pooled label styles (turns 0.954 / 0.972, letters 0.706). */
    private static final double BLIND_TURNS = 0.97, BLIND_NOTES = 0.97, BLIND_LETTERS = 0.88;

    /**
     * A second blind set, written (by someone who read only the fixture format) after the blind set's figures were
     * known, so that this round's rules are measured on material nobody tuned them on either. Floors: what it measured
     * (arrival: turns 0.975 / 0.981, notes 0.653, letters 0.367; after the round: letters 0.433; after the fifth round:
     * notes 0.735; after cable hours and foot datelines over notes (sixth round): letters 0.733), rounded down.
     */
    @Test
    void secondBlindSetMeetsItsFloors() throws Exception {
        Result all = measured("blind2");
        assertBlindFloors(all, BLIND2_TURNS, BLIND2_NOTES, BLIND2_LETTERS);
        assertTrue(all.people().recall() >= 0.82, "people " + all.people());   // before people8: 0.771; after: 0.829
    }

    private static final double BLIND2_TURNS = 0.97, BLIND2_NOTES = 0.73, BLIND2_LETTERS = 0.73;

    /** A blind set's floors: notes and letters by recall alone, as the sets are small and their precision noisy. */
    private static void assertBlindFloors(Result all, double turns, double notes, double letters) {
        assertTrue(all.turns().recall() >= turns && all.turns().precision() >= turns, "turns " + all.turns());
        assertTrue(all.notes().recall() >= notes, "notes " + all.notes());
        assertTrue(all.letters().recall() >= letters, "letters " + all.letters());
        assertEquals(0, all.lost(), "words lost");
    }

    private static void assertFloors(Result all, double turns, double notes, double letters) {
        assertTrue(all.turns().recall() >= turns && all.turns().precision() >= turns, "turns " + all.turns());
        assertTrue(all.notes().recall() >= notes && all.notes().precision() >= notes, "notes " + all.notes());
        assertTrue(all.letters().recall() >= letters, "letters " + all.letters());
        assertEquals(0, all.lost(), "words lost");
    }

    private static Result total(Map<String, Result> r) {
        Score t = new Score(), n = new Score(), l = new Score(), p = new Score(), s = new Score();
        int lost = 0;
        for (Result x : r.values()) {
            t.add(x.turns());
            n.add(x.notes());
            l.add(x.letters());
            p.add(x.people());
            s.add(x.structure());
            lost += x.lost();
        }
        return new Result(t, n, l, p, s, lost);
    }

    private static String table(String set, Map<String, Result> r, Result all) {
        StringBuilder sb = new StringBuilder("conventions accuracy, " + set + ":\n");
        // a blind set's figures per style would say which styles fail: only its totals are printed
        if (!blind(set)) r.forEach((style, x) -> sb.append(String.format(Locale.ROOT, "  %-26s turns %s | notes %s | letters %s | people %s | structure %s | lost %d%n",
                style, x.turns(), x.notes(), x.letters(), x.people(), x.structure(), x.lost())));
        sb.append(String.format(Locale.ROOT, "  %-26s turns %s | notes %s | letters %s | people %s | structure %s | lost %d%n", "ALL",
                all.turns(), all.notes(), all.letters(), all.people(), all.structure(), all.lost()));
        return sb.toString();
    }

    /** Per style, summed over the set's fixtures. */
    static Map<String, Result> measure(Path dir) throws Exception {
        Map<String, Result> byStyle = new TreeMap<>();
        boolean detail = detailFor(dir);
        List<Path> fixtures;
        try (Stream<Path> s = Files.list(dir)) {
            fixtures = s.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        }
        assertTrue(fixtures.size() >= 10, "fixtures in " + dir + ": " + fixtures.size());
        for (Path txt : fixtures) {
            Path exp = Path.of(txt.toString().replaceAll("\\.txt$", ".expected"));
            if (!Files.exists(exp)) continue;
            Expected e = Expected.read(exp);
            Result r = one(txt, e, detail);
            Result prev = byStyle.get(e.style);
            if (prev == null) byStyle.put(e.style, r);
            else {
                prev.turns().add(r.turns());
                prev.notes().add(r.notes());
                prev.letters().add(r.letters());
                prev.people().add(r.people());
                prev.structure().add(r.structure());
                byStyle.put(e.style, new Result(prev.turns(), prev.notes(), prev.letters(), prev.people(), prev.structure(),
                        prev.lost() + r.lost()));
            }
        }
        return byStyle;
    }

    static Result one(Path txt, Expected e, boolean detail) throws Exception {
        SourceDocument doc = SourceDocument.parse(SourceText.read(txt));
        Conversion c = Converter.standard().convert(doc);
        Document d = c.tei().document();
        Score turns = match(e.turns, turns(d));
        Score notes = match(e.notes, notes(d));
        Score letters = matchLetters(e.letters, letters(d));
        if (detail) printDetail(txt, e, d);
        Path tmp = Files.createTempFile("accuracy", ".xml");
        int lost;
        try {
            Files.write(tmp, Provenance.stamp(c.tei()));
            FidelityReport f = Fidelity.compare(doc, tmp);
            lost = f.lost().size();
        } finally {
            Files.deleteIfExists(tmp);
        }
        return new Result(turns, notes, letters, people(e, d, detail), structure(e, d), lost);
    }

    /**
     * {@code -Daccuracy.detail=dev} (or {@code heldout}, or {@code dev,heldout}) prints, per fixture of the sets
     * named, what was expected beside what was found. The blind sets never print detail, whatever the flag says:
     * only their figures may be seen.
     */
    static boolean detailFor(Path dir) {
        String set = dir.getFileName().toString();
        return !blind(set)
                && java.util.Arrays.asList(System.getProperty("accuracy.detail", "").split("\\s*,\\s*")).contains(set);
    }

    private static boolean blind(String set) {
        return set.startsWith("blind");
    }

    private static void printDetail(Path txt, Expected e, Document d) {
        System.out.println("== " + txt.getFileName());
        e.letters.forEach(x -> System.out.println("  expected letter: " + String.join(" | ", x)));
        letters(d).forEach(x -> System.out.println("  found letter:    " + String.join(" | ", x)));
        List<String> notes = notes(d), turns = turns(d);
        e.notes.stream().filter(x -> !notes.contains(x)).forEach(x -> System.out.println("  missed note:     " + x));
        notes.stream().filter(x -> !e.notes.contains(x)).forEach(x -> System.out.println("  extra note:      " + x));
        e.turns.stream().filter(x -> !turns.contains(x)).forEach(x -> System.out.println("  missed turn:     " + x));
        turns.stream().filter(x -> !e.turns.contains(x)).forEach(x -> System.out.println("  extra turn:      " + x));
        if (!e.structure.isEmpty()) {
            List<String> structure = structure(d);
            e.structure.stream().filter(x -> !structure.contains(x)).forEach(x -> System.out.println("  missed structure: " + x));
            structure.stream().filter(x -> !e.structure.contains(x)).forEach(x -> System.out.println("  extra structure:  " + x));
        }
    }

    /** same: both labels' turns point to one person; who: the label's person has a persName holding NAME. */
    private static Score people(Expected e, Document d, boolean detail) {
        Score s = new Score();
        s.expected = e.same.size() + e.who.size();
        s.found = s.expected;
        for (String[] pair : e.same) {
            String a = whoOf(d, pair[0]), b = whoOf(d, pair[1]);
            if (a != null && a.equals(b)) s.right++;
            else if (detail) System.out.println("  missed same:     " + pair[0] + " (" + a + ") = " + pair[1] + " (" + b + ")");
        }
        for (String[] pair : e.who) {
            String id = whoOf(d, pair[0]);
            Nodes names = id == null ? new Nodes() : d.query("//t:person[@xml:id='" + id.replace("'", "") + "']/t:persName", TEI);
            boolean right = false;
            for (int i = 0; i < names.size() && !right; i++) right = norm(names.get(i).getValue()).contains(norm(pair[1]));
            if (right) s.right++;
            else if (detail) System.out.println("  missed who:      " + pair[0] + " = " + pair[1] + " (person " + id + ")");
        }
        return s;
    }

    /** The @who (without '#') of the first turn whose speaker reads as {@code label}, or null. */
    private static String whoOf(Document d, String label) {
        Nodes sps = d.query("//t:sp[@who]", TEI);
        for (int i = 0; i < sps.size(); i++) {
            Element sp = (Element) sps.get(i);
            Nodes speaker = sp.query("t:speaker", TEI);
            if (speaker.size() > 0 && norm(speaker.get(0).getValue()).equals(norm(label))) {
                return sp.getAttributeValue("who").replaceFirst("^#", "");
            }
        }
        return null;
    }

    /** stage: a stage element with those first words; act/scene: a division of that type with that heading. */
    private static Score structure(Expected e, Document d) {
        List<String> found = structure(d);
        Score s = new Score();
        s.expected = e.structure.size();
        List<String> left = new ArrayList<>(found);
        for (String x : e.structure) if (left.remove(x)) s.right++;
        s.found = e.structure.isEmpty() ? 0 : found.size();
        return s;
    }

    private static List<String> structure(Document d) {
        List<String> found = new ArrayList<>();
        Nodes stages = d.query("//t:text//t:stage", TEI);
        for (int i = 0; i < stages.size(); i++) found.add("stage | " + firstWords(stages.get(i).getValue()));
        for (String type : List.of("act", "scene")) {
            Nodes heads = d.query("//t:div[@type='" + type + "']/t:head[1]", TEI);
            for (int i = 0; i < heads.size(); i++) found.add(type + " | " + norm(heads.get(i).getValue()));
        }
        return found;
    }

    /** Order-preserving matching of two sequences of keys: the longest common subsequence. */
    static Score match(List<String> expected, List<String> found) {
        int[][] lcs = new int[expected.size() + 1][found.size() + 1];
        for (int i = expected.size() - 1; i >= 0; i--) {
            for (int j = found.size() - 1; j >= 0; j--) {
                lcs[i][j] = expected.get(i).equals(found.get(j)) ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
            }
        }
        Score s = new Score();
        s.right = lcs[0][0];
        s.found = found.size();
        s.expected = expected.size();
        return s;
    }

    private static Score matchLetters(List<String[]> expected, List<String[]> found) {
        Score s = new Score();
        s.expected = expected.size();
        s.found = found.size();
        int j = 0;
        for (String[] x : expected) {
            for (int k = j; k < found.size(); k++) {
                String[] f = found.get(k);
                if (overlaps(x[0], f[0]) && overlaps(x[1], f[1]) && (x[2].equals("-") || x[2].equals(f[2]))) {
                    s.right++;
                    j = k + 1;
                    break;
                }
            }
        }
        return s;
    }

    private static boolean overlaps(String a, String b) {
        String x = norm(a), y = norm(b);
        return !x.isEmpty() && !y.isEmpty() && (x.contains(y) || y.contains(x));
    }

    static String norm(String s) {
        // a thousands comma is no word break: the text's "£3,000" is the fixture's "3000"; nor is an apostrophe inside a
        // word, as the README says punctuation is removed: the text's "Lowther's" is the fixture's "Lowthers"
        return s.toLowerCase(Locale.ROOT).replaceAll("(?<=\\d),(?=\\d{3}(?!\\d))", "").replaceAll("(?<=\\p{L})['’](?=\\p{L})", "")
                // nor is the stop inside an abbreviation of single letters: the text's "6 p.m." is the fixture's "pm"
                .replaceAll("(?<![\\p{L}\\p{N}])(\\p{L})\\.(?=\\p{L}\\.)", "$1")
                // and punctuation inside a token ("SRO(I)", "1180/2") is removed, as the README says, not a word break
                .replaceAll("(?<=[\\p{L}\\p{N}])[^\\p{L}\\p{N}\\s]+(?=[\\p{L}\\p{N}])", "")
                .replaceAll("[^\\p{L}\\p{N}\\s]", " ").replaceAll("\\s+", " ").strip();
    }

    static String firstWords(String s) {
        String[] w = norm(s).split(" ");
        return String.join(" ", java.util.Arrays.copyOf(w, Math.min(4, w.length)));
    }

    private static List<String> turns(Document d) {
        List<String> out = new ArrayList<>();
        Nodes sps = d.query("//t:sp", TEI);
        for (int i = 0; i < sps.size(); i++) {
            Element sp = (Element) sps.get(i);
            Nodes speaker = sp.query("t:speaker", TEI);
            String who = speaker.size() > 0 ? speaker.get(0).getValue() : "";
            StringBuilder speech = new StringBuilder();
            Nodes parts = sp.query("t:p | t:l | t:lg", TEI);
            for (int k = 0; k < parts.size(); k++) speech.append(' ').append(textWithoutNotes(parts.get(k)));
            out.add(norm(who) + " | " + firstWords(speech.toString()));
        }
        return out;
    }

    private static List<String> notes(Document d) {
        List<String> out = new ArrayList<>();
        // placed notes only: a definition no reference claimed stands alone between the blocks, where it was
        Nodes notes = d.query("//t:text//t:note[@n][@type='source'][not(parent::t:div or parent::t:body or parent::t:front "
                + "or parent::t:back or parent::t:sp)]", TEI);
        for (int i = 0; i < notes.size(); i++) {
            Element n = (Element) notes.get(i);
            out.add(norm(n.getAttributeValue("n")) + " | " + lastWord(textBefore(n)) + " | " + firstWords(n.getValue()));
        }
        return out;
    }

    private static List<String[]> letters(Document d) {
        List<String[]> out = new ArrayList<>();
        Nodes descs = d.query("//t:correspDesc", TEI);
        for (int i = 0; i < descs.size(); i++) {
            Node c = descs.get(i);
            Nodes sent = c.query("t:correspAction[@type='sent']", TEI);
            Nodes received = c.query("t:correspAction[@type='received']", TEI);
            Nodes when = c.query("t:correspAction[@type='sent']/t:date/@when", TEI);
            out.add(new String[]{sent.size() > 0 ? textWithout(sent.get(0), "date") : "",
                    received.size() > 0 ? received.get(0).getValue() : "", when.size() > 0 ? when.get(0).getValue() : "-"});
        }
        return out;
    }

    private static String textWithout(Node n, String skip) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < n.getChildCount(); i++) {
            Node c = n.getChild(i);
            if (c instanceof Element e && e.getLocalName().equals(skip)) continue;
            sb.append(' ').append(c.getValue());
        }
        return sb.toString();
    }

    private static String textWithoutNotes(Node n) {
        if (n instanceof Text t) return t.getValue();
        if (n instanceof Element e && (e.getLocalName().equals("note") || e.getLocalName().equals("stage")
                || e.getLocalName().equals("incident") || e.getLocalName().equals("gap"))) return " ";   // gap: [inaudible]'s description
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < n.getChildCount(); i++) sb.append(textWithoutNotes(n.getChild(i)));
        return sb.toString();
    }

    /** The text in document order right before a node, within its block (the words a reference follows). */
    private static String textBefore(Node n) {
        StringBuilder sb = new StringBuilder();
        Node at = n;
        while (at.getParent() != null && sb.length() < 200) {
            ParentNode p = at.getParent();
            int idx = p.indexOf(at);
            for (int i = idx - 1; i >= 0 && sb.length() < 200; i--) sb.insert(0, textWithoutNotes(p.getChild(i)));
            if (p instanceof Element e && Stream.of("p", "head", "l", "item", "salute", "dateline", "signed", "note").anyMatch(e.getLocalName()::equals)) break;
            at = (Node) p;
        }
        return sb.toString();
    }

    private static String lastWord(String s) {
        String[] w = norm(s).split(" ");
        return w.length == 0 ? "" : w[w.length - 1];
    }

    /** A fixture's expectations. */
    static final class Expected {
        String style = "unknown";
        final List<String> turns = new ArrayList<>();
        final List<String> notes = new ArrayList<>();
        final List<String[]> letters = new ArrayList<>();
        final List<String[]> same = new ArrayList<>();
        final List<String[]> who = new ArrayList<>();
        final List<String> structure = new ArrayList<>();

        static Expected read(Path p) throws IOException {
            Expected e = new Expected();
            for (String raw : Files.readAllLines(p)) {
                String line = raw.strip();
                if (line.isEmpty() || line.startsWith("#")) continue;
                int colon = line.indexOf(':');
                if (colon < 0) continue;
                String key = line.substring(0, colon).strip(), value = line.substring(colon + 1).strip();
                String[] f = value.split("\\s*\\|\\s*", -1);
                switch (key) {
                    case "style" -> e.style = value.replaceAll("\\s*#.*$", "");
                    case "turn" -> e.turns.add(norm(f[0]) + " | " + firstWords(f.length > 1 ? f[1] : ""));
                    case "note" -> e.notes.add(norm(f[0]) + " | " + norm(f.length > 1 ? f[1] : "") + " | " + firstWords(f.length > 2 ? f[2] : ""));
                    case "letter" -> e.letters.add(new String[]{f[0], f.length > 1 ? f[1] : "", f.length > 2 ? f[2].strip() : "-"});
                    case "same", "who" -> {
                        String[] sides = value.replaceAll("\\s*#.*$", "").split("\\s*=\\s*", 2);
                        if (sides.length == 2) (key.equals("same") ? e.same : e.who).add(new String[]{sides[0].strip(), sides[1].strip()});
                    }
                    case "stage" -> e.structure.add("stage | " + firstWords(value));
                    case "act", "scene" -> e.structure.add(key + " | " + norm(value));
                    default -> { }
                }
            }
            return e;
        }
    }
}
