package org.teikit.convert.family.correspondence;

import nu.xom.Document;
import org.junit.jupiter.api.Test;
import org.teikit.convert.Conversion;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.teikit.testing.Checks.validAndFaithful;
import static org.teikit.testing.Fixtures.*;

class PrintedCorrespondenceTest {

    @Test
    void frontMatterIsTitlePagesCommissionContentsForewordAndPublishersNote() {
        Conversion c = convert(source("004_"));
        assertEquals("correspondence", c.family());
        Document d = validAndFaithful(c, text("004_"), List.of());
        assertEquals(2, count(d, "//t:front/t:titlePage"));
        assertEquals("CORRESPONDENCE", value(d, "//t:front/t:titlePage[2]/t:docTitle/t:titlePart[@type='main']"));
        assertEquals("FOREIGN LANGUAGES PUBLISHING HOUSE", value(d, "//t:front/t:titlePage[2]/t:docImprint/t:publisher"));
        assertEquals("1957", value(d, "//t:front/t:titlePage[2]/t:docImprint/t:docDate/@when"));
        assertEquals(List.of("commission", "contents", "foreword", "publishersNote"), values(d, "//t:front/t:div/@type"));
        assertEquals(4, count(d, "//t:div[@type='contents']/t:list/t:item"));
        assertEquals("283", value(d, "//t:div[@type='contents']/t:list/t:item[4]/@n"));
        assertTrue(value(d, "//t:titleStmt/t:title").startsWith("CORRESPONDENCE BETWEEN THE CHAIRMAN OF THE COUNCIL"));
        assertEquals("Moscow", value(d, "//t:sourceDesc/t:bibl/t:pubPlace"));
        assertEquals("TWO", value(d, "//t:sourceDesc/t:bibl/t:biblScope[@unit='volume']"));
    }

    @Test
    void forewordFootnotesAreResolvedPerPageAndTheCutParagraphRejoined() {
        Document d = convert(source("004_")).tei().document();
        String fw = "//t:div[@type='foreword']";
        assertEquals(List.of("1", "2", "3", "4", "5", "1"), values(d, fw + "//t:note[@type='source']/@n"));
        assertTrue(value(d, fw + "//t:note[@type='source'][1]").startsWith("This message is mentioned in"));
        assertTrue(value(d, fw + "//t:note[@type='source'][6]").startsWith("Robert E. Sherwood, The White House Papers"));
        assertEquals(0, count(d, fw + "/t:note"), "every footnote placed at its reference");
        assertEquals(1, count(d, fw + "/t:p[t:pb]"));
        assertTrue(value(d, fw + "/t:p[t:pb]").contains("a reply from Churchill to the above-mentioned Stalin message"));
        assertEquals(1, count(d, fw + "/t:milestone[@unit='section']") - 1, "the * * * break (and the final page rule)");
    }

    @Test
    void lettersHaveNumberDatelineSuppliedHeadSaluteBodyAndCloser() {
        Document d = convert(source("004_")).tei().document();
        assertEquals(List.of("1", "2", "3", "4"), values(d, "//t:body/t:div[@type='letter']/@n"));
        assertEquals(7, count(d, "//t:body/t:div[@type='letter']"));
        String l1 = "//t:div[@n='1']";
        assertEquals("1941-08-04", value(d, l1 + "/t:opener/t:dateline//t:date/@when"));
        assertEquals("J. V. STALIN TO F. ROOSEVELT", value(d, l1 + "/t:head[@type='supplied']"));
        assertEquals("end", value(d, l1 + "//t:note[@type='unavailable']/@place"));
        assertEquals("1", value(d, l1 + "//t:note[@type='unavailable']/@n"));
        assertEquals(List.of("Franklin D. ROOSEVELT", "Winston S. CHURCHILL"), values(d, "//t:div[@n='2']/t:closer/t:signed"));
        assertEquals(1, count(d, "//t:div[@n='2']/t:p[t:pb]"), "the paragraph cut after 'most urgently' is rejoined");
        String l3 = "//t:div[@n='3']";
        assertEquals("My dear Mr Stalin,", value(d, l3 + "/t:opener/t:salute"));
        assertEquals("Yours very sincerely,", value(d, l3 + "/t:closer/t:salute"));
        String l4 = "//t:div[@n='4']";
        assertEquals("1941-10-03", value(d, l4 + "/t:closer/t:dateline/t:date/@when"));
        String aide = "//t:div[@xml:id='letter-4a']";
        assertEquals("AIDE-MEMOIRE", value(d, aide + "/t:head[1]"));
        assertEquals("1941-11-02", value(d, aide + "/t:head[@type='supplied']//t:date/@when"));
        assertEquals("Kuibyshev", value(d, aide + "/t:closer/t:dateline/t:placeName"));
        assertEquals("1941-11-02", value(d, aide + "/t:closer/t:dateline/t:date/@when"));
        assertEquals("Mr President,", value(d, "//t:div[@xml:id='letter-4b']/t:opener/t:salute"));
        assertEquals(0, count(d, "//t:body//t:note[@type='source']"), "the letters' endnotes are not in the excerpt");
    }

    @Test
    void everyLetterHasCorrespDescWithSenderAddresseeAndDates() {
        Document d = convert(source("004_")).tei().document();
        assertEquals(values(d, "//t:body/t:div[@type='letter']/@xml:id").stream().map(id -> "#" + id).toList(),
                values(d, "//t:profileDesc/t:correspDesc/@corresp"));
        String c2 = "//t:correspDesc[@corresp='#letter-2']";
        assertEquals(List.of("#roosevelt", "#churchill"), values(d, c2 + "/t:correspAction[@type='sent']/t:persName/@ref"));
        assertEquals("1941-08-15", value(d, c2 + "/t:correspAction[@type='received']/t:date/@when"));
        String c4a = "//t:correspDesc[@corresp='#letter-4a']";
        assertEquals("#steinhardt", value(d, c4a + "/t:correspAction[@type='sent']/t:persName/@ref"));
        assertEquals("Kuibyshev", value(d, c4a + "/t:correspAction[@type='sent']/t:placeName"));
        assertEquals("#vyshinsky", value(d, c4a + "/t:correspAction[@type='received']/t:persName/@ref"));
        assertEquals("1941-11-04", value(d, "//t:correspDesc[@corresp='#letter-4b']/t:correspAction[@type='sent']/t:date/@when"));
    }

    @Test
    void secondLetterFormatWithPlaceAndDateAtTheTopAndAPostscript() {
        var doc = fixture("letters-postscript.txt");
        Conversion c = convert(doc);
        assertEquals("correspondence", c.family());
        Document d = validAndFaithful(c, doc.source().text(), List.of());
        String l7 = "//t:div[@n='7']";
        assertEquals("W. CHURCHILL TO J. V. STALIN", value(d, l7 + "/t:head[not(@type='number')]"));
        assertEquals(0, count(d, l7 + "/t:head[@type='supplied']"), "no asterisk: the title is the document's own");
        assertEquals("London", value(d, l7 + "/t:opener/t:dateline/t:placeName"));
        assertEquals("1943-03-12", value(d, l7 + "/t:opener/t:dateline/t:date/@when"));
        assertEquals("Dear Premier Stalin,", value(d, l7 + "/t:opener/t:salute"));
        assertEquals(1, count(d, l7 + "/t:p"));
        assertEquals(1, count(d, l7 + "/t:p/t:pb"));
        assertEquals("W. CHURCHILL", value(d, l7 + "/t:closer/t:signed"));
        assertTrue(value(d, l7 + "/t:postscript/t:p").startsWith("P.S. The films"));
        String c7 = "//t:correspDesc[@corresp='#letter-7']";
        assertEquals("#churchill", value(d, c7 + "/t:correspAction[@type='sent']/t:persName/@ref"));
        assertEquals("London", value(d, c7 + "/t:correspAction[@type='sent']/t:placeName"));
        assertEquals("1943-03-12", value(d, c7 + "/t:correspAction[@type='sent']/t:date/@when"));
        String c8 = "//t:correspDesc[@corresp='#letter-8']";
        assertEquals("#stalin", value(d, c8 + "/t:correspAction[@type='sent']/t:persName/@ref"));
        assertEquals("1943-03-16", value(d, c8 + "/t:correspAction[@type='received']/t:date/@when"));
        assertEquals("J. V. STALIN TO W. CHURCHILL", value(d, "//t:div[@n='8']/t:head[@type='supplied']"));
    }
}
