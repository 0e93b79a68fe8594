package org.teikit.convert.family.memorandum;

import nu.xom.Document;
import org.junit.jupiter.api.Test;
import org.teikit.convert.Conversion;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.teikit.testing.Checks.validAndFaithful;
import static org.teikit.testing.Fixtures.*;

class MemorandumOfConversationTest {
    private static final String MEMO = "//t:body/t:div[@type='memorandum']";

    @Test
    void scanGivesManuscriptIdentifierDateAndClassificationHistory() {
        Conversion c = convert(source("002_"));
        assertEquals("memorandum", c.family());
        Document d = validAndFaithful(c, text("002_"), List.of());
        String id = "//t:sourceDesc/t:msDesc/t:msIdentifier";
        assertEquals("Library of Congress", value(d, id + "/t:institution"));
        assertEquals("Manuscript Division", value(d, id + "/t:repository"));
        assertEquals("W.A. Harriman Papers", value(d, id + "/t:collection"));
        assertEquals("Container 174", value(d, id + "/t:idno"));
        assertEquals("1944-09-23", value(d, "//t:msDesc/t:history/t:origin/t:origDate/@when"));
        assertEquals("TOP SECRET", value(d, "//t:provenance[@type='classification']//t:del[@rend='strikethrough']"));
        assertTrue(values(d, "//t:provenance[@type='declassification']/t:p").stream().anyMatch(p -> p.startsWith("EO 12356")));
        assertTrue(values(d, "//t:provenance[@type='declassification']/t:p").contains("Declassify in part and excise as shown"));
        assertTrue(value(d, "//t:titleStmt/t:title").contains("Message to Marshal Stalin regarding the Quebec Decisions"));
    }

    @Test
    void stampsAreStampElementsOnTheirOwnLinesInTheMemosOpener() {
        Document d = convert(source("002_")).tei().document();
        List<String> stamps = values(d, MEMO + "/t:opener/t:stamp");
        for (String s : List.of("LOC", "THE AMBASSADOR", "DEPARTMENT OF STATE", "Container 174, W.A. Harriman Papers, 303",
                "Declassify in part and excise as shown", "ACDC/SR by gll 6-30 B.6")) {
            assertTrue(stamps.contains(s), s + " in " + stamps);
        }
        assertEquals(18, stamps.size());
        assertEquals(0, count(d, "//t:fw[@type='stamp']"));
        // one printed line each: no stamp follows another (or the page number) without a line break
        assertEquals(0, count(d, MEMO + "/t:opener/t:stamp[preceding-sibling::node()[not(self::text()[normalize-space()=''])][1][self::t:stamp or self::t:fw]]"));
        assertEquals("1944-09-23", value(d, MEMO + "/t:opener/t:stamp/t:date[.='44 09-23']/@when"));
        assertEquals("TOP SECRET", value(d, MEMO + "/t:opener/t:stamp/t:del[@rend='strikethrough']"));
        assertEquals("1", value(d, MEMO + "/t:opener/t:fw[@type='pageNum']"));
        assertEquals(2, count(d, MEMO + "/t:opener/t:stamp//t:space[@unit='chars'][@quantity='5']"));
        // the memo's own title and date are not stamps: they stand between the runs of stamps
        assertEquals("Conversation.", value(d, MEMO + "/t:head"));
        assertEquals("1944-09-23", value(d, MEMO + "/t:dateline//t:date/@when"));
        assertEquals(List.of("opener", "head", "opener", "dateline", "opener", "listPerson", "div"), childNames(d, MEMO));
    }

    @Test
    void participantsWithOfficesAreListedAndDeclared() {
        Document d = convert(source("002_")).tei().document();
        assertEquals(List.of("#harriman", "#page", "#clark-kerr", "#birse", "#stalin", "#molotov", "#pavlov"),
                values(d, MEMO + "/t:listPerson[@type='present']/t:person/@corresp"));
        assertEquals("Present:", value(d, MEMO + "/t:listPerson/t:head"));
        assertEquals("Sir Archibald Clark Kerr", value(d, MEMO + "//t:person[@corresp='#clark-kerr']//t:persName[@ref='#clark-kerr']"));
        // in the text, each participant is its name and office as printed, in the printed order
        assertEquals("The British Ambassador", value(d, MEMO + "/t:listPerson/t:person[@corresp='#clark-kerr']/t:occupation[following-sibling::t:persName]"));
        assertEquals("Soviet interpreter", value(d, MEMO + "/t:listPerson/t:person[@corresp='#pavlov']/t:occupation[preceding-sibling::t:persName]"));
        assertEquals("Marshal I. V. Stalin", value(d, MEMO + "/t:listPerson/t:person[@corresp='#stalin']/t:persName[@ref='#stalin']"));
        assertEquals(0, count(d, MEMO + "/t:listPerson/t:person/t:p"));
        assertEquals("Second Secretary of Embassy", value(d, "//t:particDesc//t:person[@xml:id='page']/t:occupation"));
        assertEquals("People's Commissar for Foreign Affairs", value(d, "//t:particDesc//t:person[@xml:id='molotov']/t:occupation"));
        assertEquals("Soviet interpreter", value(d, "//t:particDesc//t:person[@xml:id='pavlov']/t:occupation"));
        assertEquals("interpreter", value(d, "//t:particDesc//t:person[@xml:id='pavlov']/@role"));
        assertTrue(value(d, MEMO + "/t:div/t:head[@type='subject']").startsWith("Subject: The President's and the Prime Minister's"));
    }

    @Test
    void paragraphCutByThePageIsRejoinedAroundMarginalInitials() {
        Document d = convert(source("002_")).tei().document();
        String p = MEMO + "/t:div/t:p[2]";
        assertEquals(2, count(d, MEMO + "/t:div/t:p"));
        assertEquals(List.of("M.H.", "E.H.C."), values(d, p + "/t:note[@type='annotation'][@place='margin']"));
        assertEquals(1, count(d, p + "/t:note[1]/t:unclear"));
        assertEquals(1, count(d, p + "/t:pb"));
        assertTrue(value(d, p).contains("heavy bombers to the Soviet Union, which could only be"));
        assertEquals("decided when the question", value(d, p + "/t:pb/following-sibling::text()[1]").substring(0, 25));
    }

    @Test
    void quotedWordsAreSaidByTheNamedSpeakerOrPlainQuotations() {
        Document d = convert(source("002_")).tei().document();
        assertEquals("good -- it is high time", value(d, "//t:said[@who='#stalin']"));
        assertEquals("suggested", value(d, "//t:q"));
        assertEquals(0, count(d, "//t:sp"));
    }

    @Test
    void secondMemoWithHeadingDateLabelParticipantsAndNumberedPage() {
        var doc = fixture("memo-participants.txt");
        Conversion c = convert(doc);
        assertEquals("memorandum", c.family());
        Document d = validAndFaithful(c, doc.source().text(), List.of());
        assertEquals("MEMORANDUM OF CONVERSATION", value(d, MEMO + "/t:head"));
        assertEquals("1949-12-16", value(d, MEMO + "/t:dateline//t:date/@when"));
        assertEquals("1949-12-16", value(d, "//t:msDesc/t:history/t:origin/t:origDate/@when"));
        assertEquals("SECRET", value(d, "//t:provenance[@type='classification']//t:del"));
        assertEquals(List.of("#acheson", "#bohlen", "#oliver-franks"), values(d, MEMO + "/t:listPerson/t:person/@corresp"));
        assertEquals("Counselor of the Department", value(d, "//t:particDesc//t:person[@xml:id='bohlen']/t:occupation"));
        assertEquals("we must wait and see", value(d, "//t:said[@who='#oliver-franks']"));
        assertEquals("prudent", value(d, "//t:q"));
        String p = MEMO + "/t:div/t:p";
        assertEquals(1, count(d, p));
        assertEquals("2", value(d, p + "/t:fw[@type='pageNum']"));
        assertEquals(1, count(d, p + "/t:pb"));
    }

    private static List<String> childNames(Document d, String xpath) {
        nu.xom.Elements children = ((nu.xom.Element) query(d, xpath).get(0)).getChildElements();
        List<String> names = new java.util.ArrayList<>();
        for (int i = 0; i < children.size(); i++) names.add(children.get(i).getLocalName());
        return names;
    }
}
