package org.teikit.convert.family.bulletin;

import nu.xom.Document;
import nu.xom.Element;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.*;
import static org.teikit.convert.family.TeiTestSupport.convert;
import static org.teikit.convert.family.TeiTestSupport.elements;
import static org.teikit.convert.family.TeiTestSupport.reading;
import static org.teikit.convert.family.TeiTestSupport.turns;

/** Small bulletin sections written for one rule each, and a record layout the real source does not have. */
class BulletinFixturesTest {

    private static final String FRONT = """
            TALKS IN MOSCOW

            A Selection of Records, 1950

            This issue of the CWIHP Bulletin prints two records.

            -Jane Doe, Editor, CWIHP Bulletin

            """;

    @Test
    void aWordHyphenatedAcrossAPageIsRejoinedAtALineBreak() throws Exception {
        Document d = convert("hyphen.txt", FRONT + """
                I. Conversation between Stalin and Zhou Enlai, Moscow, 3 September 1952

                Stalin notes that it is more difficult to transport ammunition than artil-

                lery pieces.

                Zhou Enlai agrees.
                """);
        Element div = elements(d, "//tei:div[@type='conversation']").get(0);
        assertEquals("stalin Stalin notes that it is more difficult to transport ammunition than artillery pieces.;zhou-enlai Zhou Enlai agrees.",
                turns(div, 40));
        assertEquals(1, elements(div, ".//tei:sp[1]//tei:lb[@break='no']").size());
    }

    @Test
    void aParagraphCutByAColumnBreakIsRejoinedWithAColumnBreak() throws Exception {
        Document d = convert("column.txt", FRONT + """
                I. Conversation between Stalin and Mao, Moscow, 16 December 1949

                Comrade Stalin: The withdrawal of

                troops does not mean that we refuse to help.

                Comrade Mao Zedong: Agreed.
                """);
        Element sp = elements(d, "//tei:sp[1]").get(0);
        assertEquals("The withdrawal of troops does not mean that we refuse to help.", reading(sp));
        assertEquals(1, elements(sp, ".//tei:cb").size());
        assertEquals(2, elements(d, "//tei:sp").size());
    }

    /** Two running heads: one between two turns, one inside the speech it interrupts. */
    private static final String RUNNING_HEADS = """
            I. Conversation between Stalin and Mao, Moscow, 16 December 1949

            Comrade Mao Zedong: We discussed the treaty.

            CHINESE

            Comrade Stalin: We can decide it.

            LEADERS

            We must ascertain the terms.
            """;

    @Test
    void runningHeadsAreFurnitureNotText() throws Exception {
        Document d = convert("heads.txt", FRONT + RUNNING_HEADS);
        assertEquals(List.of("CHINESE", "LEADERS"), elements(d, "//tei:fw[@type='header']").stream().map(Element::getValue).toList());
        assertEquals("mao-zedong We discussed the treaty.;stalin We can decide it. We must ascertain the terms.",
                turns(elements(d, "//tei:div[@type='conversation']").get(0), 20));
    }

    @Test
    void aRunningHeadComesWithItsPageBreakBetweenTurnsOrWithinTheSpeechItInterrupts() throws Exception {
        Document d = convert("heads-pages.txt", FRONT + RUNNING_HEADS);
        Element div = elements(d, "//tei:div[@type='conversation']").get(0);
        // a turn ended before the page turned: the break and its head stand between the two turns
        Element chinese = elements(div, "tei:fw[@type='header'][. = 'CHINESE']").get(0);
        assertEquals("pb", previousElement(chinese).getLocalName());
        assertEquals("#mao-zedong", previousElement(previousElement(chinese)).getAttributeValue("who"));
        // the page turned within Stalin's speech: the break and head stay in it, between its paragraphs
        Element leaders = elements(div, "tei:sp[@who='#stalin']/tei:fw[@type='header'][. = 'LEADERS']").get(0);
        assertEquals("pb", previousElement(leaders).getLocalName());
        assertEquals("p", previousElement(previousElement(leaders)).getLocalName());
        assertEquals(0, elements(div, ".//tei:fw[not(preceding-sibling::*[1][self::tei:pb])]").size(), "every running head follows its page break");
    }

    @Test
    void participantsArePersonsHoldingTheirNamesWithTheHeadJustTheHeading() throws Exception {
        Document d = convert("present.txt", FRONT + """
                I. Conversation between Stalin and Zhou Enlai, Moscow, 20 August 1952

                Present:

                On the Soviet side comrs. Molotov, Vyshinskii, and Fedorenko.

                On the Chinese side comrs. [Vice Premier] Chen Yun, Li Fuchun [The Chairman of the State Planning Commission], Su Yu [Chief of Staff], and Zhang Wentian

                Stalin asks about the delegation's trip.

                Zhou Enlai answers that it went well.
                """);
        Element present = elements(d, "//tei:div[@type='conversation']/tei:listPerson[@type='present']").get(0);
        assertEquals("Present:", elements(present, "tei:head").get(0).getValue());
        Element soviet = elements(present, "tei:listPerson[1]").get(0);
        assertEquals("On the Soviet side", elements(soviet, "tei:head").get(0).getValue());
        assertEquals(List.of("#molotov", "#vyshinsky", "#fedorenko"),
                elements(soviet, "tei:person").stream().map(p -> p.getAttributeValue("corresp")).toList());
        assertEquals("Vyshinskii", elements(soviet, "tei:person[2]/tei:persName[@ref='#vyshinsky']").get(0).getValue());
        // "and" is no name and no note: that entry keeps its words in a paragraph
        assertEquals("and Fedorenko.", elements(soviet, "tei:person[3]/tei:p").get(0).getValue());
        Element chinese = elements(present, "tei:listPerson[2]").get(0);
        assertEquals("On the Chinese side comrs.", elements(chinese, "tei:head").get(0).getValue());
        // a note stays at the name it is printed at, before or after it
        assertEquals(List.of("note", "persName"), childNames(elements(chinese, "tei:person[@corresp='#chen-yun']").get(0)));
        assertEquals("Vice Premier", elements(chinese, "tei:person[@corresp='#chen-yun']/tei:note").get(0).getValue());
        assertEquals(List.of("persName", "note"), childNames(elements(chinese, "tei:person[@corresp='#li-fuchun']").get(0)));
        // a name the source regularises ("Su Yu [Chief of Staff]" reads as a choice): its person keeps the markup in a paragraph
        assertEquals("#su-yu", elements(chinese, "tei:person[3]").get(0).getAttributeValue("corresp"));
        assertEquals(1, elements(chinese, "tei:person[3]/tei:p/tei:choice//tei:persName[@ref='#su-yu']").size());
        assertEquals(List.of("#chen-yun", "#li-fuchun", "#su-yu", "#zhang-wentian"),
                elements(chinese, "tei:person").stream().map(p -> p.getAttributeValue("corresp")).toList());
        assertEquals(0, elements(d, "//tei:text//tei:person[not(*)]").size(), "no empty person");
        assertEquals(0, elements(d, "//tei:text//tei:listPerson/tei:head//tei:persName").size(), "no names in a head");
    }

    private static Element previousElement(Element e) {
        nu.xom.ParentNode parent = e.getParent();
        for (int k = parent.indexOf(e) - 1; k >= 0; k--) if (parent.getChild(k) instanceof Element p) return p;
        return null;
    }

    private static List<String> childNames(Element e) {
        List<String> names = new java.util.ArrayList<>();
        for (int k = 0; k < e.getChildElements().size(); k++) names.add(e.getChildElements().get(k).getLocalName());
        return names;
    }

    @Test
    void anInterleavedSidebarMovesToItsOwnDivisionAndTheSentencesRejoin() throws Exception {
        Document d = convert("sidebar.txt", FRONT + """
                I. Conversation between Stalin and Mao, Moscow, 16 December 1949

                Comrade Stalin: Send us a list of your works which

                Rivals and Allies: A Sidebar

                Introduction by Odd Arne Westad

                In early 1949 the two leaders exchanged telegrams about

                could be translated into Russian.

                Comrade Mao Zedong: I will.

                [Source: APRF, f. 45, op. 1,

                the civil war; they are printed below.

                d. 329, ll. 9-17.]

                * * * * *

                COMMENTARIES

                A Look Back

                by Vladislav Zubok

                The talks mattered.

                WESTAD continued from page 7

                Stalin to Mao Zedong, 10 January 1949

                Comrade Mao Zedong.

                We are waiting for your answer.

                Filippov [Stalin]

                [Source: APRF, f. 45, op. 1, d. 330, pp. 95-96.]
                """);
        Element conversation = elements(d, "//tei:div[@type='conversation']").get(0);
        assertEquals("stalin Send us a list of your works which could be translated into Russian.;mao-zedong I will.", turns(conversation, 20));
        assertEquals("Source: APRF, f. 45, op. 1, d. 329, ll. 9-17.", reading(elements(conversation, "tei:bibl").get(0)));
        Element article = elements(d, "//tei:body/tei:div[@type='article']").get(0);
        assertEquals("Rivals and Allies: A Sidebar", reading(elements(article, "tei:head").get(0)));
        assertEquals("In early 1949 the two leaders exchanged telegrams about the civil war; they are printed below.",
                reading(elements(article, "tei:p").get(0)));
        Element telegram = elements(article, "tei:div[@type='telegram']").get(0);
        assertEquals("Comrade Mao Zedong.", reading(elements(telegram, "tei:opener/tei:salute").get(0)));
        assertEquals("#stalin", elements(telegram, "tei:closer/tei:signed//tei:persName").get(0).getAttributeValue("ref"));
        assertEquals(1, elements(d, "//tei:div[@type='commentary']").size());
        assertEquals("catch", elements(article, "tei:fw").get(0).getAttributeValue("type"));
    }

    /** Bold labels, a speaker the registry does not know, and a third-person record with names in capitals. */
    @Test
    void aSecondRecordLayoutIsReadByTheSameRules() throws Exception {
        Document d = convert("layout.txt", FRONT + """
                I. Conversation between Mikoyan and Kim Il Sung, Pyongyang, 5 April 1950

                Present: comrs. Kovalev, Pak Hon Yong.

                **Mikoyan**: We have studied your request.

                **Kim Il Sung**: We are grateful.

                We ask for more trucks.

                **Pak Hon Yong**: The railways need repair.

                The conversation lasted three hours.

                [Source: APRF, f. 3, op. 65, d. 9, l. 1.]

                * * * * *

                II. Conversation between Kovalev and Liu Shaoqi, 2 May 1949

                KOVALEV, turning to the question of credit, asks whether the terms suit the CC.

                LIU SHAOQI replies that they do. Kovalev asks about Xinjiang. Liu Shaoqi answers that it is calm.

                Adds that the harvest was good.

                Recorded by comr. Kovalev.
                """);
        List<Element> divs = elements(d, "//tei:div[@type='conversation']");
        assertEquals(2, divs.size());
        assertEquals("mikoyan We have studied;kim-il-sung We are grateful.;pak-hon-yong The railways need", turns(divs.get(0), 3));
        assertEquals("2", String.valueOf(elements(divs.get(0), "tei:sp[@who='#kim-il-sung']/tei:p").size()));
        assertEquals("The conversation lasted three hours.", reading(elements(divs.get(0), "tei:p").get(0)));
        assertEquals("Pak Hon Yong", elements(divs.get(0), "tei:sp[@who='#pak-hon-yong']/tei:speaker").get(0).getValue());
        assertEquals("kovalev KOVALEV, turning to;liu-shaoqi LIU SHAOQI replies;kovalev Kovalev asks about;liu-shaoqi Liu Shaoqi answers",
                turns(divs.get(1), 3));
        assertTrue(reading(elements(divs.get(1), "tei:sp[last()]").get(0)).endsWith("Adds that the harvest was good."));
        assertTrue(elements(divs.get(1), "tei:sp[speaker]").isEmpty(), "no speaker is invented for third-person turns");
        assertEquals("Recorded by comr. Kovalev.", elements(divs.get(1), "tei:closer").get(0).getValue().strip());
        for (Element sp : elements(d, "//tei:sp")) {
            String id = sp.getAttributeValue("who").substring(1);
            assertFalse(elements(d, "//tei:particDesc//tei:person[@xml:id='" + id + "']").isEmpty(), id + " declared");
        }
    }
}
