package org.teikit.convert.conventions;

import nu.xom.Document;
import nu.xom.Nodes;
import nu.xom.XPathContext;
import org.junit.jupiter.api.Test;
import org.teikit.convert.Conversion;
import org.teikit.convert.Converter;
import org.teikit.convert.conventions.speech.Label;
import org.teikit.convert.conventions.speech.Labels;
import org.teikit.convert.conventions.speech.SpeakerNames;
import org.teikit.source.Inline;
import org.teikit.source.SourceDocument;
import org.teikit.source.SourceText;
import org.teikit.source.Transcription;
import org.teikit.testing.TeiAll;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The conventions every source shares, each on a small document written for the rule, with its traps. */
class SharedConventionsTest {
    private static final XPathContext TEI = new XPathContext("t", "http://www.tei-c.org/ns/1.0");

    private static Conversion convert(String text) throws Exception {
        return Converter.standard().convert(SourceDocument.parse(SourceText.of("fixture.txt", text)));
    }

    /** The shared conventions alone, as a document of no known family gets them. */
    private static Conversion convertGeneric(String text) throws Exception {
        return Converter.standard().convert(SourceDocument.parse(SourceText.of("fixture.txt", text)), "generic");
    }

    private static List<String> values(Conversion c, String xpath) {
        Document d = c.tei().document();
        Nodes n = d.query(xpath, TEI);
        return java.util.stream.IntStream.range(0, n.size()).mapToObj(i -> n.get(i).getValue().strip()).toList();
    }

    private static List<Label> labels(String line) {
        return Labels.at(Transcription.parse(line).get(0).inlines());
    }

    @Test
    void readsEveryCommonLabelStyleWithItsForm() {
        assertEquals(Label.Form.CAPS_STOP, labels("HANS. Where were you?").get(0).form());
        assertEquals(Label.Form.CAPS_COLON, labels("MR. SMITH: Thank you.").get(labels("MR. SMITH: Thank you.").size() - 1).form());
        assertEquals(Label.Form.BOLD, labels("**GRETE.** At the market.").get(0).form());
        assertEquals(Label.Form.UNDERLINE, labels("<u>Liu</u> <u>Shaoqi</u>: Yes.").get(0).form());
        assertEquals(Label.Form.ITALIC, labels("*Marie.* No.").get(0).form());
        assertEquals("Liu Shaoqi", labels("<u>Liu</u> <u>Shaoqi</u>: Yes.").get(0).name());
        assertEquals(Label.Form.DASH, labels("HÉLÈNE — You are late.").get(0).form());
        assertEquals(Label.Form.DASH, labels("Paul -- Like this?").get(0).form());
        assertEquals(Label.Form.OWN_LINE, labels("OLD SKOV").get(0).form());
        assertEquals("OLD SKOV", labels("OLD SKOV").get(0).name());
    }

    @Test
    void aNameAloneOnItsLineIsALabelOnlyInCapitalsAndADashClosesOneOnlyBeforeASpace() {
        assertEquals(List.of(), labels("Sweet Mary"), "a verse line of capitalised words is no label");
        assertEquals(List.of(), labels("Anna-Lena was here"));
        assertEquals(List.of(), labels("PAUL—HENRI left"), "a dash inside a word is no label's close");
        Label sitting = labels("MARGIT (sitting)").get(0);
        assertEquals(Label.Form.OWN_LINE, sitting.form());
        assertEquals("sitting", Inline.plain(sitting.stage()));
        Label comma = labels("PAUL, *sitting* — Like this?").get(0);
        assertEquals("PAUL", comma.name());
        assertEquals("sitting", Inline.plain(comma.stage()).strip());
        assertEquals("Like this?", Inline.plain(comma.rest()));
    }

    @Test
    void aLabelCarriesItsStageDirectionApart() {
        Label aside = labels("HANS (aside). She knows.").get(0);
        assertEquals("HANS", aside.name());
        assertEquals("aside", Inline.plain(aside.stage()));
        assertEquals("She knows.", Inline.plain(aside.rest()));
        Label to = labels("GRETE, to Hans. Since noon.").get(0);
        assertEquals("GRETE", to.name());
        assertEquals("to Hans", Inline.plain(to.stage()));
    }

    @Test
    void aTitleMayEndALabelOrGoOnIntoAName() {
        List<String> names = labels("DR. JONES. I agree.").stream().map(Label::name).toList();
        assertEquals(List.of("DR", "DR. JONES"), names);
        assertTrue(labels("\"HANS: come here,\" she wrote.").isEmpty());
    }

    @Test
    void variantsOfOneNameAreOnePersonButTitlesOfTheOtherSexAreNot() {
        assertTrue(SpeakerNames.samePerson("Fr. v. Ahlden", "Frau von Ahlden"));
        assertTrue(SpeakerNames.samePerson("GRETE", "Grete"));
        assertTrue(SpeakerNames.samePerson("Comrade Petrov", "Petrov"));
        assertFalse(SpeakerNames.samePerson("Mr. Smith", "Mrs. Smith"));
        assertEquals("the-chairman", SpeakerNames.id("THE CHAIRMAN"));
    }

    @Test
    void repeatedAlternatingLabelsMakeDialogueWithOneIdPerSpeaker() throws Exception {
        Conversion c = convert("# Visit\n\nHANS. Where were you?\n\nGRETE. At the market.\n\nHANS. All day?\n\n"
                + "GRETE. All day.\n\n*She sets down the basket.*\n\nGrete: Since noon.\n");
        assertEquals(List.of("HANS", "GRETE", "HANS", "GRETE", "Grete"), values(c, "//t:sp/t:speaker"));
        assertEquals(List.of("#hans", "#grete", "#hans", "#grete", "#grete"), values(c, "//t:sp/@who"));
        assertEquals(List.of("She sets down the basket."), values(c, "//t:stage"));
        assertEquals(List.of(), TeiAll.errors(c.tei().toBytes()));
    }

    @Test
    void labelShapedStartsThatDoNotRepeatOrAreFieldsAreNoDialogue() throws Exception {
        Conversion once = convert("# Report\n\nNOTE. The figures are provisional.\n\nMoscow: the delegation arrived.\n\n"
                + "I. The first point.\n\nII. The second point.\n");
        assertEquals(List.of(), values(once, "//t:sp"));
        Conversion memos = convert("# Memos\n\nTO: Mr. Lee\n\nFROM: Mrs. Ortiz\n\nSUBJECT: Budget\n\nThe budget is late.\n\n---\n\n"
                + "TO: Mrs. Ortiz\n\nFROM: Mr. Lee\n\nSUBJECT: Budget\n\nIt will be ready.\n");
        assertEquals(List.of(), values(memos, "//t:sp"));
        Conversion salutes = convert("# Letters\n\nDear Smith: I write in haste.\n\nDear Smith: Again in haste.\n\n"
                + "Dear Jones: Thank you.\n\nDear Jones: And again.\n");
        assertEquals(List.of(), values(salutes, "//t:sp"));
    }

    @Test
    void oneSpeechALineIsCutIntoTurns() throws Exception {
        Conversion c = convert("# Q\n\nQ: Where were you born?\nA: In Vienna.\nQ: When?\nA: In 1921.\n");
        assertEquals(List.of("Q", "A", "Q", "A"), values(c, "//t:sp/t:speaker"));
        assertEquals("In Vienna.", values(c, "//t:sp[2]/t:p").get(0));
    }

    @Test
    void notesInEveryStyleArePlacedAtTheirReference() throws Exception {
        Conversion c = convert("# T\n\nThe ferry[^1] left. The bridge[2] fell. The river¹ rose.† Then<sup>[3]</sup> rain.\n\n---\n\n"
                + "[^1]: A flat boat.\n[2] Of stone.\n¹ The Elbe.\n† In spring.\n<sup>[3]</sup> Heavy.\n");
        assertEquals(List.of("A flat boat.", "Of stone.", "The Elbe.", "In spring.", "Heavy."), values(c, "//t:p/t:note"));
        assertEquals(List.of(), values(c, "//t:note[@type='unavailable']"));
        assertEquals(List.of(), c.explanation().warnings());
    }

    @Test
    void aBracketedNumberSetAgainstAWordIsAReferenceEvenWithoutDefinitionAndIsReported() throws Exception {
        // the mark glued to the stop or the word refers to a lost note; a figure supplied inside a number, one after a
        // space and a list's label at a line's start are the editor's
        Conversion c = convert("# T\n\nThe tannery of 184[7] stood empty by 1860.[1] Its owner[2], a Mr. Hale, sold it"
                + " in 1[8]72; see plate [3].\n\n[4] Hale, R. Leather and Bark.\n");
        assertEquals(List.of("1", "2"), values(c, "//t:p/t:note[@type='unavailable']/@n"));
        assertEquals(List.of("7", "8", "3"), values(c, "//t:supplied"));
        assertEquals(List.of(3, 3), c.explanation().warnings().stream().filter(w -> w.text().contains("has no definition"))
                .map(w -> w.line()).toList());
    }

    @Test
    void aBracketedNumberWithoutDefinitionStaysEditorialAndAMissingDefinitionIsReported() throws Exception {
        Conversion c = convert("# T\n\nChapter [1] of the book<sup>4</sup> begins.\n");
        assertEquals(List.of("1"), values(c, "//t:supplied"));
        assertEquals(1, c.explanation().warnings().size());
        assertEquals(3, c.explanation().warnings().get(0).line());
    }

    @Test
    void aTranscribersBracketIsAnIncidentNotARegularisation() throws Exception {
        Conversion c = convert("# T\n\nHe laughed [laughter] and the [Tape interrupted] recording went on [inaudible].\n");
        assertEquals(List.of("laughter", "Tape interrupted"), values(c, "//t:incident/t:desc"));
        assertEquals(List.of(), values(c, "//t:choice"));
        assertEquals(List.of("inaudible"), values(c, "//t:gap[@reason='inaudible']/t:desc"));
    }

    @Test
    void aLifeAndLettersNamesItsSenderInItsTitleAndToTheSameIsTheLetterBeforesAddressee() throws Exception {
        Conversion c = convertGeneric("THE LIFE AND LETTERS OF EDWARD FAIRLIE\n\nIn 1851 he went up to London.\n\n"
                + "TO HIS MOTHER.\n\nLondon, May 3rd, 1851.\n\nMY DEAREST MOTHER,\n\nThe Palace is open.\n\n"
                + "Your affectionate son,\nE. F.\n\nTO THE REV. JOHN HARTLEY.\n\nCambridge, Oct. 12, 1851.\n\nMY DEAR HARTLEY,\n\n"
                + "I have your letter.\n\nEver yours,\nE. F.\n\nTO THE SAME.\n\nCambridge, Nov. 2, 1851.\n\nMY DEAR HARTLEY,\n\n"
                + "One more word.\n\nYours,\nE. F.\n");
        assertEquals(List.of("EDWARD FAIRLIE", "EDWARD FAIRLIE", "EDWARD FAIRLIE"), values(c, "//t:correspAction[@type='sent']/t:persName"));
        assertEquals(List.of("HIS MOTHER", "THE REV. JOHN HARTLEY", "THE REV. JOHN HARTLEY"),
                values(c, "//t:correspAction[@type='received']/t:persName"));
        assertEquals(List.of("1851-05-03", "1851-10-12", "1851-11-02"), values(c, "//t:correspAction[@type='sent']/t:date/@when"));
    }

    @Test
    void aSignatureUnderTheClosingInItsBlockNamesTheSender() throws Exception {
        Conversion c = convertGeneric("Weber to Brandt\n\nLondon, 12 March 1921\n\nDear Brandt,\n\nThe proofs came.\n\n"
                + "TO MRS. LAMB.\n\nParis, 2 April 1921.\n\nDear Mrs. Lamb,\n\nThe rooms are taken.\n\nEver yours,\nANNA WEBER.\n");
        assertEquals(List.of("Weber", "ANNA WEBER"), values(c, "//t:correspAction[@type='sent']/t:persName"));
    }

    @Test
    void lettersGetTheirPartsAndMetadata() throws Exception {
        Conversion c = convertGeneric("# Letters of 1921\n\n**Weber to Brandt**\n\nLondon, 12 March 1921\n\nDear Brandt,\n\n"
                + "The proofs came.\n\nYours sincerely,\n\nA. WEBER\n\n**Brandt to Weber**\n\nBerlin, March 20\n\nDear Weber,\n\n"
                + "Thank you.\n\nK. BRANDT\n");
        assertEquals(List.of("letter", "letter"), values(c, "//t:div[@xml:id]/@type"));
        assertEquals(List.of("1921-03-12", "1921-03-20"), values(c, "//t:correspDesc/t:correspAction[@type='sent']/t:date/@when"));
        assertEquals(List.of("Dear Brandt,", "Dear Weber,"), values(c, "//t:opener/t:salute"));
        assertEquals(List.of("A. WEBER", "K. BRANDT"), values(c, "//t:closer/t:signed"));
        assertEquals(List.of(), TeiAll.errors(c.tei().toBytes()));
    }

    @Test
    void memorandaHeadersAreLettersWithTheirFields() throws Exception {
        Conversion c = convert("# Memoranda, 1952\n\n---\n\nMEMORANDUM\n\nTO: Mr. A. de Boer\nFROM: Harbour Master\n"
                + "DATE: 4 February 1952\nSUBJECT: Berths\n\nThe ship is late.\n\n---\n\nMEMORANDUM\n\nTO: Harbour Master\n\n"
                + "FROM: A. de Boer\n\nDATE: 22.2.1952\n\nTwo pilots arranged.\n");
        assertEquals(List.of("memorandum", "memorandum"), values(c, "//t:div[@xml:id]/@type"));
        assertEquals(List.of("Harbour Master", "A. de Boer"), values(c, "//t:correspAction[@type='sent']/t:persName"));
        assertEquals(List.of("1952-02-04", "1952-02-22"), values(c, "//t:correspAction[@type='sent']/t:date/@when"));
        assertEquals(List.of(), values(c, "//t:sp"));
        assertEquals(List.of(), TeiAll.errors(c.tei().toBytes()));
    }

    @Test
    void aCollectionsLettersHeadedToSomeoneAreFromItsAuthor() throws Exception {
        Conversion c = convert("# Letters of Anna Berg, 1893\n\n## I. To her mother, Rosa Berg\n\nLeeds, 12 October 1893\n\n"
                + "Dearest Mother,\n\nI am here.\n\n## II. To her brother, Karl Berg\n\nDear Karl,\n\nIt rains.\n\n"
                + "London, Sunday 4th March 1894\n");
        assertEquals(List.of("Anna Berg", "Anna Berg"), values(c, "//t:correspAction[@type='sent']/t:persName"));
        assertEquals(List.of("her mother, Rosa Berg", "her brother, Karl Berg"), values(c, "//t:correspAction[@type='received']/t:persName"));
        assertEquals(List.of("1893-10-12", "1894-03-04"), values(c, "//t:correspAction[@type='sent']/t:date/@when"));
    }

    @Test
    void undatedDatelinesTakeTheRunningYearAndTurnItWhenTheMonthsGoBack() throws Exception {
        Conversion c = convert("# Letters from Moscow, 1924\n\n## Ross to Mary Ross\n\nMoscow, 11 June\n\nDear Mary,\n\nHot.\n\n"
                + "## Ross to Mary Ross\n\nMoscow, Sunday 3rd January\n\nDear Mary,\n\nCold.\n\n"
                + "## Ross to Mary Ross\n\nWashington, March 4—6 p.m.\n\nDear Mary,\n\nHome.\n");
        assertEquals(List.of("1924-06-11", "1925-01-03", "1925-03-04"), values(c, "//t:correspAction[@type='sent']/t:date/@when"));
        assertTrue(c.explanation().entries().stream().anyMatch(d -> d.text().contains("the year has turned")),
                c.explanation().entries().toString());
    }

    @Test
    void theTitleAndASectionHeadingAreNoLetters() throws Exception {
        Conversion c = convert("# LETTERS OF THE FIRM TO THEIR AGENT, 1896\n\n(Copies.)\n\nJ. MEER TO A. KOVACS\n\n"
                + "Lisse, 8th September 1896.\n\nDear Mr. Kovacs,\n\nCases sent.\n\nA. KOVACS TO J. MEER\n\n"
                + "Budapest, 19 September 1896\n\nDear Sir,\n\nArrived.\n");
        assertEquals(List.of("J. MEER", "A. KOVACS"), values(c, "//t:correspAction[@type='sent']/t:persName"));
    }

    @Test
    void aDirectionThatOpensASpeechIsItsStage() throws Exception {
        Conversion c = convert("# Play\n\nZOLTAN: (bursting in) Eva! They came!\n\nEVA: Who came?\n\n"
                + "ZOLTAN: *quietly* The soldiers.\n\nEVA: Here?\n");
        assertEquals(List.of("bursting in", "quietly"), values(c, "//t:sp/t:stage").stream().map(v -> v.replaceAll("[()]", "")).toList());
        assertEquals(List.of("Eva! They came!", "Who came?", "The soldiers.", "Here?"), values(c, "//t:sp/t:p"));
    }

    @Test
    void aParenthesisInsideASpeechIsAStageDirectionWhereTheDocumentPrintsItsDirectionsSo() throws Exception {
        // the play prints a direction in parentheses after a label: its parentheses inside speeches are directions too
        Conversion play = convert("# Play\n\nMARTHA (sharply). Late again!\n\nJONAS. At the tannery. (He sets down a bundle.) "
                + "The skins were late.\n\nMARTHA. They will be, (aside) if the saints are kind.\n\n"
                + "JONAS. It cost four shillings (1848 prices) and more (see the ledger).\n");
        assertEquals(List.of("(He sets down a bundle.)", "(aside)"), values(play, "//t:sp/t:p/t:stage"));
        assertTrue(values(play, "//t:sp/t:p").get(3).contains("(1848 prices)") && values(play, "//t:sp/t:p").get(3).contains("(see the ledger)"),
                "figures and a cross reference stay speech");
        // a record of what was said prints no directions: a parenthesis there is the speaker's own
        Conversion record = convert("# Minutes\n\nMR. LEE: The roof (the north side) leaks.\n\nMRS. ORTIZ: Since when?\n\n"
                + "MR. LEE: Since March (I think).\n\nMRS. ORTIZ: Then we repair it.\n");
        assertEquals(List.of(), values(record, "//t:stage"));
    }

    @Test
    void aTitleBeforeANameIsASpeakerButAloneIsASalutation() throws Exception {
        Conversion play = convert("# Play\n\n**Madame Roussel:** Who printed this?\n\n**Gilles:** I did, madame.\n\n"
                + "**Madame Roussel:** For whom?\n\n**Gilles:** For the union.\n");
        assertEquals(List.of("Madame Roussel", "Gilles", "Madame Roussel", "Gilles"), values(play, "//t:sp/t:speaker"));
        Conversion letters = convert("# Letters\n\nMadame: I write in haste.\n\nMonsieur: I answer in haste.\n\n"
                + "Madame: Again.\n\nMonsieur: And again.\n");
        assertEquals(List.of(), values(letters, "//t:sp"));
    }

    @Test
    void aUnitsPowerIsNoNoteAndABodyParagraphIsNoNotesContinuation() throws Exception {
        Conversion c = convert("# Survey\n\nA floor of 14 m² and a lake of 3 km², drained by Kalckstein.¹\n\n¹ The owner.\n");
        assertEquals(List.of("The owner."), values(c, "//t:note[@type='source']"));
        assertTrue(values(c, "//t:body//t:p").get(0).contains("14 m²"), values(c, "//t:body//t:p").toString());
        Conversion md = convert("# Memoir\n\nI came to teach.[^1] It was cold.\n\n[^1]: The author.\n\n"
                + "The children spoke Finnish.[^2] I learned.\n\n[^2]: Korsholm was bilingual.\n");
        assertEquals(List.of("The author.", "Korsholm was bilingual."), values(md, "//t:note[@type='source']"));
        assertTrue(values(md, "//t:body/t:div/t:p | //t:body/t:p").stream().anyMatch(p -> p.startsWith("The children spoke")));
    }

    @Test
    void participantsInHeaderLinesAndRunsNameTheSpeakers() throws Exception {
        Conversion interview = convert("# Interview\n\nDate: 1 May 1980\nInterviewer: Marta Horn\nNarrator: Jan Brandt (b. 1901)\n\n"
                + "Q: Where were you born?\n\nA: In Gdansk.\n\nQ: When?\n\nA: In 1901.\n");
        assertEquals(List.of("Marta Horn"), values(interview, "//t:person[@xml:id=substring-after(//t:sp[1]/@who, '#')]/t:persName[1]"));
        assertEquals(List.of("Jan Brandt"), values(interview, "//t:person[@xml:id=substring-after(//t:sp[2]/@who, '#')]/t:persName[1]"));
        Conversion hearing = convert("# Hearing\n\nPresent: Senators Lund and Dale.\n\nAppearances: Kenji Okada, Director, Harbor "
                + "Commission; Rosa Rivera, Counsel.\n\nMR. OKADA: Thank you.\n\nSENATOR LUND: Go on.\n\nMR. OKADA: The lock is old.\n\n"
                + "SENATOR LUND: How old?\n");
        assertEquals(List.of("Kenji Okada"), values(hearing, "//t:person[@xml:id=substring-after(//t:sp[1]/@who, '#')]/t:persName[1]"));
    }

    @Test
    void aRadioPlaysCuesAreDirectionsAndItsCastBlockEndsTheList() throws Exception {
        Conversion c = convert("# Radio\n\nCAST:\nOLA BERG, a keeper\nSIGRID, his wife\n\nOLA: Is that you?\n\nSOUND: Wind.\n\n"
                + "SIGRID: Who else?\n\nOLA: Bring the lamp.\n\nMUSIC: A few bars.\n\nSIGRID: Here it is.\n");
        assertEquals(List.of("OLA", "SIGRID", "OLA", "SIGRID"), values(c, "//t:sp/t:speaker"));
        assertEquals(List.of("SOUND: Wind.", "MUSIC: A few bars."), values(c, "//t:body//t:stage"));
        assertEquals(List.of("Ola Berg"), values(c, "//t:person[@xml:id=substring-after(//t:sp[1]/@who, '#')]/t:persName[1]")
                .stream().map(v -> v.charAt(0) + v.substring(1).toLowerCase(java.util.Locale.ROOT).replace(" b", " B")).toList());
    }

    @Test
    void aHeadingFromXInACollectionIsALetterToItsAuthor() throws Exception {
        Conversion c = convert("# Letters of Tomas Varga, 1911\n\n## 1. To his brother\n\nSzeged, 2 March 1911\n\nDear Pál,\n\n"
                + "The ice is gone.\n\nTomas\n\n## 2. From Ilona Varga\n\nSzeged, 9 March 1911\n\nMy dear son,\n\nCome home.\n\n"
                + "Mother\n");
        assertEquals(List.of("Tomas Varga", "Ilona Varga"), values(c, "//t:correspAction[@type='sent']/t:persName"));
        assertEquals(List.of("his brother", "Tomas Varga"), values(c, "//t:correspAction[@type='received']/t:persName"));
        // outside a collection "From X" names no addressee, and a heading with nothing of a letter after it is none
        Conversion trap = convert("# Memoirs\n\n## From the Archive\n\nThe boxes came in 1960.\n\n## From Vienna\n\n"
                + "We left by train.\n");
        assertEquals(List.of(), values(trap, "//t:correspDesc"));
    }

    @Test
    void aCollectionsIntroductionIsFrontMatter() throws Exception {
        Conversion c = convert("# Letters of Hanna Lind\n\nThese letters were kept by her sister. Spelling is hers.\n\n"
                + "The editor thanks the parish of Ystad.\n\n## To Karin Lind\n\nYstad, 4 May 1902\n\nDear Karin,\n\nIt rains.\n\n"
                + "Hanna\n\n## To Karin Lind\n\nYstad, 9 May 1902\n\nDear Karin,\n\nStill raining.\n\nHanna\n");
        assertEquals(List.of("Letters of Hanna Lind"), values(c, "//t:front/t:titlePage/t:docTitle/t:titlePart"));
        assertEquals(List.of("These letters were kept by her sister. Spelling is hers.", "The editor thanks the parish of Ystad."),
                values(c, "//t:front/t:div[@type='introduction']/t:p"));
        assertEquals(2, values(c, "//t:body//t:div[@type='letter']").size());
        assertEquals(List.of(), values(c, "//t:front//t:div[@type='letter'] | //t:front//t:opener"));
        assertTrue(c.explanation().entries().stream().anyMatch(e -> e.text().contains("introduction")));
        assertEquals(List.of(), TeiAll.errors(c.tei().toBytes()));
        // one letter after some prose is a document with a letter in it, not a collection
        Conversion one = convert("# A Life\n\nShe wrote once to her sister.\n\n## To Karin Lind\n\nYstad, 4 May 1902\n\n"
                + "Dear Karin,\n\nIt rains.\n\nHanna\n");
        assertEquals(List.of(), values(one, "//t:front"));
        // headings alone before the letters: nothing to move
        Conversion bare = convert("# Letters of Hanna Lind\n\n## To Karin Lind\n\nYstad, 4 May 1902\n\nDear Karin,\n\nIt rains.\n\n"
                + "Hanna\n\n## To Karin Lind\n\nYstad, 9 May 1902\n\nDear Karin,\n\nStill.\n\nHanna\n");
        assertEquals(List.of(), values(bare, "//t:front"));
    }

    @Test
    void namesAloneOnTheirLinesAndDashLabelsMakeTurnsButHeadingsInCapitalsDoNot() throws Exception {
        Conversion script = convert("# Radio\n\nMARGIT\nIs the lamp lit?\n\nANDERS\nSince four.\n\nMARGIT\nThen the boat is late."
                + "\n\nANDERS\nIt always is.\n");
        assertEquals(List.of("MARGIT", "ANDERS", "MARGIT", "ANDERS"), values(script, "//t:sp/t:speaker"));
        assertEquals(List.of("Is the lamp lit?", "Since four.", "Then the boat is late.", "It always is."), values(script, "//t:sp/t:p"));
        Conversion dashes = convert("# Atelier\n\nHÉLÈNE — You are late.\n\nPAUL — The tram.\n\nHÉLÈNE — Always the tram.\n\n"
                + "PAUL — Always.\n");
        assertEquals(List.of("HÉLÈNE", "PAUL", "HÉLÈNE", "PAUL"), values(dashes, "//t:sp/t:speaker"));
        Conversion report = convert("# Survey\n\nINTRODUCTION\nThe survey began in March.\n\nMETHOD\nTwo men walked.\n\n"
                + "FINDINGS\nFour culverts fell.\n\nHALE — the engineer — signed it.\n\nCOSTS\nTwo hundred pounds.\n");
        assertEquals(List.of(), values(report, "//t:sp"));
    }

    @Test
    void aLabelThatIsAWholeParagraphSpeaksInTheParagraphBelow() throws Exception {
        Conversion c = convert("# Radio\n\nMARGIT\n\nIs the lamp lit?\n\nANDERS\n\nSince four.\n\nMARGIT\n\nThen the boat is late."
                + "\n\nAnd Father with it.\n\nANDERS\n\nIt always is.\n");
        assertEquals(List.of("MARGIT", "ANDERS", "MARGIT", "ANDERS"), values(c, "//t:sp/t:speaker"));
        assertEquals(List.of("Then the boat is late.", "And Father with it."), values(c, "//t:sp[3]/t:p"));
        // headings standing alone above their paragraphs, none coming back: no speech
        Conversion report = convert("# Survey\n\nINTRODUCTION\n\nThe survey began in March.\n\nMETHOD\n\nTwo men walked.\n\n"
                + "FINDINGS\n\nFour culverts fell.\n\nCOSTS\n\nTwo hundred pounds.\n");
        assertEquals(List.of(), values(report, "//t:sp"));
    }
}
