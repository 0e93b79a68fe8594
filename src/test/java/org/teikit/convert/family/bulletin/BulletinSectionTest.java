package org.teikit.convert.family.bulletin;

import nu.xom.Document;
import nu.xom.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.teikit.convert.speech.Narration;
import org.teikit.source.SourceDocument;
import org.teikit.source.SourceText;
import org.teikit.tei.TeiDocument;
import org.teikit.testing.TeiAll;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.*;
import static org.teikit.convert.family.TeiTestSupport.elements;
import static org.teikit.convert.family.TeiTestSupport.reading;
import static org.teikit.convert.family.TeiTestSupport.turns;
import static org.teikit.testing.TeiAssert.assertXPath;

/**
 * The bulletin section on Stalin's conversations with Mao Zedong and Zhou Enlai (sources/003), converted
 * once. The expected turn sequences were read off the source: one labelled conversation (I, colon
 * labels), one mixing full-stop labels and third-person turns (IV), one in the third person (V).
 */
class BulletinSectionTest {
    private static final Path SOURCE = Path.of("sources/003_087891b04bf76bde.txt");
    private static TeiDocument tei;
    private static Document doc;

    // conversation I: 52 turns
    private static final String CONVERSATION_I = String.join(";",
            "mao-zedong The most important", "stalin In China a", "mao-zedong Since Liu Shaoqi's", "stalin This question we",
            "mao-zedong The present situation", "stalin The withdrawal of", "mao-zedong In discussing the", "stalin No, this question",
            "mao-zedong We would like", "stalin This can be", "mao-zedong Yes, exactly now,", "stalin We must know",
            "mao-zedong We are having", "stalin It is desirable", "mao-zedong We would very", "stalin We are ready",
            "mao-zedong We would also", "stalin Cadres for Chinese", "mao-zedong Guomindang supporters have", "stalin Assistance has not",
            "mao-zedong We have one", "stalin One could select", "mao-zedong Our troops have", "stalin One could create",
            "mao-zedong Several countries, especially", "stalin That is a", "mao-zedong Yes.", "stalin And whom are",
            "mao-zedong The Chinese national", "stalin What is the", "mao-zedong They have been", "stalin In whose hands",
            "mao-zedong In the hands", "stalin It is important", "mao-zedong In the military", "stalin Do you have",
            "mao-zedong Yes, we have.", "stalin One should have", "mao-zedong The government.", "stalin It is important",
            "mao-zedong So far we", "stalin Petroleum, coal, and", "stalin Can rubber-bearing trees", "mao-zedong So far it",
            "stalin Is there a", "mao-zedong No, it has", "stalin It should be", "stalin We would like",
            "mao-zedong I am currently", "stalin This can be", "mao-zedong Yes, and I", "stalin It can be");
    // conversation IV: 66 turns
    private static final String CONVERSATION_IV = String.join(";",
            "stalin We have familiarized", "zhou-enlai Zhou Enlai draws", "stalin We draft the", "zhou-enlai Zhou Enlai says",
            "stalin Fine. There still", "zhou-enlai Zhou Enlai referring", "stalin Stalin says that", "zhou-enlai Zhou Enlai notes",
            "stalin Stalin notes that", "zhou-enlai Zhou Enlai expresses", "stalin Stalin explains that", "zhou-enlai Zhou Enlai completely",
            "stalin Stalin says that", "zhou-enlai Zhou Enlai turns", "stalin Everything which we", "zhou-enlai Zhou Enlai says",
            "stalin This is a", "zhou-enlai Zhou Enlai says", "stalin During wartime our", "zhou-enlai Zhou Enlai informs",
            "stalin Good. It is", "zhou-enlai Zhou Enlai says", "stalin We usually build", "zhou-enlai Zhou Enlai says",
            "stalin Perhaps it will", "zhou-enlai Zhou Enlai says", "stalin American dollars are", "zhou-enlai Zhou Enlai says",
            "stalin We will have", "zhou-enlai Zhou Enlai says", "stalin The question here", "zhou-enlai Zhou Enlai shifts",
            "stalin This will have", "zhou-enlai Zhou Enlai responds", "stalin The impression is", "zhou-enlai Zhou Enlai notes",
            "stalin That's good. But", "zhou-enlai We project on", "stalin That's too few.", "zhou-enlai Then we will",
            "stalin That's right. You", "zhou-enlai Zhou Enlai asks", "stalin Stalin says that", "zhou-enlai Zhou Enlai raises",
            "stalin Stalin says that", "zhou-enlai Zhou Enlai asks", "stalin Stalin responds that", "zhou-enlai Zhou Enlai says",
            "stalin Stalin advises to", "stalin Stalin expresses interest", "zhou-enlai Zhou Enlai responds", "stalin Stalin points out",
            "zhou-enlai Zhou Enlai replies", "stalin Stalin says that", "zhou-enlai Zhou Enlai says", "stalin Tibet is a",
            "zhou-enlai Zhou Enlai says", "stalin It would be", "zhou-enlai Zhou Enlai explains", "stalin Stalin replies that",
            "zhou-enlai In that case", "stalin Stalin replies that", "zhou-enlai Zhou Enlai says", "stalin Stalin notes that",
            "zhou-enlai Zhou Enlai says", "stalin Stalin says that");
    // conversation V: 72 turns
    private static final String CONVERSATION_V = String.join(";",
            "stalin STALIN, opening the", "zhou-enlai ZHOU ENLAI asks,", "stalin STALIN answers that", "zhou-enlai ZHOU ENLAI asks,",
            "stalin STALIN answers that", "zhou-enlai ZHOU ENLAI introduces", "stalin STALIN answers, that", "zhou-enlai ZHOU ENLAI answers:",
            "stalin STALIN asks who", "zhou-enlai ZHOU ENLAI answers", "stalin STALIN says that", "zhou-enlai ZHOU ENLAI concedes",
            "stalin STALIN acknowledges that", "zhou-enlai ZHOU ENLAI says", "stalin This would be", "zhou-enlai ZHOU ENLAI says",
            "stalin STALIN answers that", "zhou-enlai ZHOU ENLAI says", "stalin STALIN emphasizes that", "zhou-enlai ZHOU ENLAI asks",
            "stalin STALIN explains that", "zhou-enlai ZHOU ENLAI mentioned", "stalin STALIN asks if", "zhou-enlai ZHOU ENLAI agrees",
            "stalin STALIN says further", "zhou-enlai ZHOU ENLAI asks", "stalin STALIN answers: peace.", "zhou-enlai ZHOU ENLAI talks",
            "molotov MOLOTOV explains that", "stalin STALIN says, that", "zhou-enlai ZHOU ENLAI emphasizes", "stalin STALIN agrees with",
            "zhou-enlai ZHOU ENLAI says,", "stalin STALIN adds—and is", "zhou-enlai ZHOU ENLAI raises", "stalin STALIN emphasizes that",
            "zhou-enlai ZHOU ENLAI asks,", "stalin STALIN says that", "zhou-enlai ZHOU ENLAI says:", "stalin STALIN says that",
            "zhou-enlai ZHOU ENLAI shifts", "stalin STALIN says, that", "zhou-enlai ZHOU ENLAI notes", "stalin STALIN notes that",
            "zhou-enlai ZHOU ENLAI explains", "stalin STALIN says: of", "zhou-enlai ZHOU ENLAI says", "stalin STALIN says that",
            "zhou-enlai ZHOU ENLAI reports", "stalin STALIN answers that", "zhou-enlai ZHOU ENLAI points", "stalin STALIN notes that",
            "zhou-enlai ZHOU ENLAI answers", "stalin STALIN answers that,", "zhou-enlai ZHOU ENLAI says", "stalin STALIN notes that",
            "zhou-enlai ZHOU ENLAI, ending", "stalin STALIN asks -", "zhou-enlai ZHOU ENLAI answers", "stalin STALIN notes that",
            "zhou-enlai ZHOU ENLAI repeats", "stalin STALIN emphasizes that", "zhou-enlai ZHOU ENLAI says", "stalin Comrade STALIN answers",
            "zhou-enlai ZHOU ENLAI says", "stalin STALIN adds -", "molotov MOLOTOV, returning to", "zhou-enlai ZHOU ENLAI answers",
            "stalin STALIN says that", "zhou-enlai ZHOU ENLAI explains", "stalin STALIN says that", "zhou-enlai ZHOU ENLAI says");

    @BeforeAll
    static void convert() throws Exception {
        tei = new BulletinSection().convert(SourceDocument.parse(SourceText.read(SOURCE)));
        doc = tei.document();
    }

    private static Element conversation(String n) {
        List<Element> divs = elements(doc, "//tei:div[@type='conversation'][@n='" + n + "']");
        assertEquals(1, divs.size(), "conversation " + n);
        return divs.get(0);
    }

    @Test
    void colonLabelledConversationHasEveryTurnInOrder() {
        assertEquals(CONVERSATION_I, turns(conversation("I"), 3));
    }

    @Test
    void fullStopLabelsAndThirdPersonTurnsAreAttributedInOrder() {
        assertEquals(CONVERSATION_IV, turns(conversation("IV"), 3));
    }

    @Test
    void thirdPersonRecordHasEveryTurnInOrder() {
        assertEquals(CONVERSATION_V, turns(conversation("V"), 3));
    }

    @Test
    void turnCountsPerConversation() {
        assertEquals(52, elements(conversation("I"), "tei:sp").size());
        assertEquals(66, elements(conversation("II"), "tei:sp").size());
        assertEquals(130, elements(conversation("III"), "tei:sp").size());
        assertEquals(66, elements(conversation("IV"), "tei:sp").size());
        assertEquals(72, elements(conversation("V"), "tei:sp").size());
    }

    @Test
    void thirdPersonTurnsKeepTheNameInTheTextWithoutInventedSpeaker() {
        Element sp = elements(conversation("III"), "tei:sp[1]").get(0);
        assertEquals("#zhou-enlai", sp.getAttributeValue("who"));
        assertTrue(elements(sp, "tei:speaker").isEmpty());
        Element name = elements(sp, "tei:p[1]/tei:persName[1]").get(0);
        assertEquals("Zhou Enlai", name.getValue());
        assertEquals("#zhou-enlai", name.getAttributeValue("ref"));
        assertTrue(reading(sp).startsWith("Zhou Enlai sends comrade Stalin greetings"));
    }

    @Test
    void aSecondSpeakerStartingMidParagraphGetsHisOwnTurn() {
        String iii = turns(conversation("III"), 4);
        assertTrue(iii.contains("zhou-enlai Zhou Enlai agrees that;stalin We must also thank"), iii);
        String ii = turns(conversation("II"), 4);
        assertTrue(ii.contains("zhou-enlai A separate agreement with;stalin We would like the"), ii);
        String iv = turns(conversation("IV"), 4);
        assertTrue(iv.contains("stalin Stalin points out the;zhou-enlai Zhou Enlai replies that"), iv);
    }

    @Test
    void unlabelledParagraphsContinueTheCurrentTurn() {
        Element first = elements(conversation("I"), "tei:sp[2]").get(0);
        assertEquals(2, elements(first, "tei:p").size());
        assertTrue(reading(elements(first, "tei:p[2]").get(0)).startsWith("Peace will depend on our efforts."));
        boolean bread = false;
        for (Element sp : elements(conversation("III"), "tei:sp[@who='#stalin']")) {
            if (reading(sp).contains("Asks about the bread situation in Korea.")) bread = true;
        }
        assertTrue(bread, "'Asks about the bread situation' stays in Stalin's turn");
    }

    @Test
    void whatZhouEnlaiSaidOnTwentiethAugustIsExactlyHisTurns() {
        Element iii = conversation("III");
        for (Element sp : elements(iii, "tei:sp[@who='#zhou-enlai']")) {
            String r = reading(sp);
            assertFalse(r.startsWith("Stalin "), r);
        }
        List<Element> zhou = elements(iii, "tei:sp[@who='#zhou-enlai']");
        assertEquals(65, zhou.size());
        assertTrue(reading(zhou.get(zhou.size() - 1)).startsWith("Zhou Enlai expresses thanks for the information"));
    }

    @Test
    void narrationIsNeverATurn() {
        for (Element sp : elements(doc, "//tei:sp")) {
            for (Element p : elements(sp, "tei:p")) {
                assertFalse(Narration.is(reading(p)), "narration inside a turn: " + reading(p));
            }
        }
        Set<String> outside = new HashSet<>();
        for (Element p : elements(doc, "//tei:div[@type='conversation']/tei:p")) outside.add(reading(p));
        assertTrue(outside.stream().anyMatch(s -> s.startsWith("After an exchange of greetings and a discussion")));
        assertTrue(outside.contains("The meeting took two hours."));
        assertTrue(outside.stream().anyMatch(s -> s.startsWith("Present at the meeting were")));
        assertTrue(outside.stream().anyMatch(s -> s.startsWith("At the end of the discussion")));
        assertTrue(outside.stream().anyMatch(s -> s.startsWith("The conversation started at 10:30")));
        assertTrue(elements(doc, "//tei:div[@type='commentary']//tei:sp").isEmpty(), "commentaries quote, they have no turns");
        assertFalse(elements(doc, "//tei:div[@type='commentary']/tei:quote[tei:p[starts-with(., 'Mao Zedong: We must act')]]").isEmpty());
        List<Element> telegram = elements(doc, "//tei:div[@type='commentary'][1]/tei:quote[tei:p[starts-with(., '(1)')]]/tei:p");
        assertEquals(4, telegram.size(), "Mao's telegram quoted by Chen Jian, points (1) to (4)");
    }

    @Test
    void closingFormulasAreClosersAndSourcesAreCitations() {
        Element i = conversation("I");
        Element closer = elements(i, "tei:closer").get(0);
        assertTrue(closer.getValue().startsWith("Recorded by comr. Fedorenko."));
        assertEquals("illegible", elements(closer, "tei:signed/tei:gap").get(0).getAttributeValue("reason"));
        assertEquals(5, elements(doc, "//tei:div[@type='conversation']/tei:bibl[@type='source']").size());
        assertTrue(elements(i, "tei:bibl[@type='source']").get(0).getValue().contains("fond (f.) 45, opis (op.)"));
        assertTrue(elements(i, "tei:bibl[@type='source']").get(0).getValue().contains("1, delo (d.) 329"));
    }

    @Test
    void everyWhoAndRefNamesAPersonOfTheHeader() {
        Set<String> ids = new HashSet<>();
        for (Element p : elements(doc, "//tei:particDesc//tei:person")) ids.add(p.getAttributeValue("id", "http://www.w3.org/XML/1998/namespace"));
        List<String> pointers = new ArrayList<>();
        for (Element e : elements(doc, "//tei:sp")) pointers.add(e.getAttributeValue("who"));
        for (Element e : elements(doc, "//tei:persName[@ref]")) pointers.add(e.getAttributeValue("ref"));
        for (Element e : elements(doc, "//tei:person[@corresp]")) pointers.add(e.getAttributeValue("corresp"));
        assertFalse(pointers.isEmpty());
        for (String p : pointers) assertTrue(ids.contains(p.substring(1)), p + " is declared");
        assertTrue(ids.containsAll(Set.of("stalin", "mao-zedong", "zhou-enlai", "molotov", "fedorenko", "shi-zhe")));
        Element stalin = elements(doc, "//tei:person[@xml:id='stalin']").get(0);
        Set<String> forms = new HashSet<>();
        for (Element n : elements(stalin, "tei:persName")) forms.add(n.getValue());
        assertTrue(forms.containsAll(Set.of("Comrade Stalin", "Stalin", "STALIN", "Filippov [Stalin]")), forms.toString());
        assertTrue(elements(doc, "//tei:person[@xml:id='fedorenko']").get(0).getAttributeValue("role").contains("translator"));
        assertTrue(elements(doc, "//tei:person[@xml:id='fedorenko']").get(0).getAttributeValue("role").contains("recorder"));
    }

    @Test
    void structureOfTheSection() {
        assertEquals(List.of("I", "II", "III", "IV", "V"),
                elements(doc, "//tei:body/tei:div[@type='conversation']").stream().map(d -> d.getAttributeValue("n")).toList());
        assertEquals(List.of("1949-12-16", "1950-01-22", "1952-08-20", "1952-09-03", "1952-09-19"),
                elements(doc, "//tei:div[@type='conversation']/tei:head[1]/tei:date").stream().map(d -> d.getAttributeValue("when")).toList());
        assertEquals("Moscow", elements(conversation("I"), "tei:head[1]/tei:placeName").get(0).getValue());
        assertEquals(3, elements(doc, "//tei:div[@type='conversation']/tei:listPerson[@type='present']").size());
        assertFalse(elements(conversation("III"), "tei:listPerson[@type='present']/tei:listPerson[tei:head = 'On the Soviet side']/tei:person[@corresp='#molotov']/tei:persName[@ref='#molotov']").isEmpty());
        assertEquals(List.of("Present:", "Present:", "Present:"),
                elements(doc, "//tei:div[@type='conversation']/tei:listPerson[@type='present']/tei:head").stream().map(Element::getValue).toList());
        assertEquals(0, elements(doc, "//tei:text//tei:person[not(*)]").size(), "no empty person");
        for (Element person : elements(doc, "//tei:text//tei:person"))
            assertEquals(person.getAttributeValue("corresp"), elements(person, ".//tei:persName").get(0).getAttributeValue("ref"), "a person holds its name");

        assertEquals("STALIN'S CONVERSATIONS", elements(doc, "//tei:front/tei:titlePage/tei:docTitle/tei:titlePart[@type='main']").get(0).getValue());
        Element intro = elements(doc, "//tei:front/tei:div[@type='introduction']").get(0);
        assertEquals("#hershberg", elements(intro, "tei:closer/tei:signed/tei:persName").get(0).getAttributeValue("ref"));
        assertEquals("STALIN'S CONVERSATIONS", elements(doc, "//tei:titleStmt/tei:title[@type='main']").get(0).getValue());
        assertFalse(elements(doc, "//tei:sourceDesc/tei:bibl[tei:title[@level='j'] = 'Cold War International History Project Bulletin'][tei:editor = 'Jim Hershberg']").isEmpty());

        List<Element> commentaries = elements(doc, "//tei:div[@type='section']/tei:div[@type='commentary']");
        assertEquals(List.of("#chen-jian", "#mastny", "#westad", "#zubok"),
                commentaries.stream().map(c -> elements(c, "tei:byline/tei:docAuthor/tei:persName").get(0).getAttributeValue("ref")).toList());

        Element article = elements(doc, "//tei:body/tei:div[@type='article'][tei:head[starts-with(., 'Rivals and Allies')]]").get(0);
        assertEquals(6, elements(article, "tei:div[@type='telegram']").size());
        assertEquals(1, elements(article, "tei:div[@type='statement']").size());
        assertEquals(6, elements(doc, "//tei:profileDesc/tei:correspDesc").size());
        Element first = elements(article, "tei:div[@type='telegram'][1]").get(0);
        assertEquals("Filippov", elements(first, "tei:closer/tei:signed/tei:choice/tei:orig").get(0).getValue());
        assertEquals("Stalin", elements(first, "tei:closer/tei:signed/tei:choice/tei:reg").get(0).getValue());
        assertFalse(elements(doc, "//tei:correspDesc[@corresp='#" + first.getAttributeValue("id", "http://www.w3.org/XML/1998/namespace")
                + "']/tei:correspAction[@type='sent']/tei:persName[@ref='#stalin']").isEmpty());
    }

    @Test
    void interleavedSidebarIsReassembledInItsOwnDivision() {
        Element article = elements(doc, "//tei:div[@type='article'][tei:head[starts-with(., 'Rivals and Allies')]]").get(0);
        String text = reading(article);
        assertTrue(text.contains("diplomatic versus military tactics in the conflict; the exchange"), "paragraph rejoined across the record");
        assertTrue(text.contains("Whatever his motives, Stalin's scheme backfired badly when Mao refused"), "sentence rejoined across the records");
        assertTrue(text.contains("and thereby createa a divided China."));
        int intro = text.indexOf("In early 1949"), reasons = text.indexOf("There are several likely reasons"),
                leader = text.indexOf("For the leader of a Communist party"), telegram = text.indexOf("On January 9 we received");
        assertTrue(intro >= 0 && intro < reasons && reasons < leader && leader < telegram, "sidebar paragraphs in order");
        String i = reading(conversation("I"));
        assertTrue(i.contains("a list of your works which could be translated into Russian."));
        assertFalse(i.contains("In early 1949") || i.contains("Whatever his motives"));
        String ii = reading(conversation("II"));
        assertTrue(ii.contains("though earlier we had thought that they could be left intact."));
        assertFalse(ii.contains("backfired"));
    }

    @Test
    void pageFurnitureIsMarkedAndBrokenParagraphsRejoined() {
        Set<String> fw = new HashSet<>();
        for (Element f : elements(doc, "//tei:fw")) fw.add(f.getAttributeValue("type") + ":" + f.getValue());
        assertTrue(fw.containsAll(Set.of("header:WITH", "header:CHINESE", "header:LEADERS",
                "catch:continued on page 27", "catch:WESTAD continued from page 7")), fw.toString());
        String iii = reading(conversation("III"));
        assertTrue(iii.contains("than artillery pieces."));
        assertFalse(elements(conversation("III"), ".//tei:lb[@break='no']").isEmpty());
        assertTrue(reading(conversation("I")).contains("The withdrawal of troops does not mean"));
        assertFalse(elements(conversation("I"), ".//tei:cb").isEmpty());
        for (Element p : elements(doc, "//tei:body//tei:p")) {
            String r = reading(p);
            assertFalse(r.equals("CHINESE") || r.equals("LEADERS") || r.equals("WITH"), "running head as text: " + r);
        }
    }

    @Test
    void endnotesArePlacedAtTheirReferencesOnce() {
        Element zubok = elements(doc, "//tei:div[@type='commentary'][tei:byline//tei:persName/@ref='#zubok']").get(0);
        List<Element> notes = elements(zubok, ".//tei:note[@type='source'][@place='end']");
        assertEquals(List.of("1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11", "12"),
                notes.stream().map(n -> n.getAttributeValue("n")).toList());
        for (Element n : notes) assertEquals("p", ((Element) n.getParent()).getLocalName(), "note " + n.getAttributeValue("n") + " at its reference");
        assertTrue(notes.get(6).getValue().startsWith("See the text of Mao's cable to Beijing"));
        assertTrue(notes.get(7).getValue().startsWith("Goncharov, Lewis, and Litai"));
        assertTrue(elements(zubok, "tei:list").isEmpty(), "the endnote list is not repeated");
    }

    @Test
    void supplementedWordsAreSuppliedNotGlosses() {
        String xml = tei.toXml();
        assertXPath(xml, "//tei:supplied[@reason = 'omitted'][not(*)][. = 'Party']"
                + "[ends-with(preceding-sibling::node()[1], 'XIX ')][starts-with(following-sibling::node()[1], ' Congress')]");
        assertXPath(xml, "//tei:supplied[@reason = 'omitted'][not(*)][. = 'rate']"
                + "[ends-with(preceding-sibling::node()[1], 'growth ')][starts-with(following-sibling::node()[1], ' at 15%')]");
    }

    @Test
    void outputIsValidAgainstTeiAll() {
        assertEquals(List.of(), TeiAll.errors(tei.toBytes()));
    }
}
