package org.teikit.convert.family;

import org.teikit.convert.family.correspondence.PrintedCorrespondence;
import org.teikit.convert.family.memorandum.MemorandumOfConversation;
import org.teikit.convert.family.wilson.WilsonCenterPage;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.teikit.convert.Conversion;
import org.teikit.convert.Converter;
import org.teikit.source.SourceDocument;
import org.teikit.source.SourceText;
import org.teikit.testing.Checks;

import java.util.List;

/**
 * The letter families on shuffled parts of their own kinds of source: whatever the order and mix,
 * each produces tei_all-valid TEI that keeps every word.
 */
class LetterFamiliesRobustnessTest {
    private static final List<String> PARTS = List.of(
            "## **June 11, 1944**", "**Citation:**", "Citation:", "Summary:", "Original Language:", "English", "Contents:",
            "Transcript - English", "Credits:", "This document was made possible with support from the Example Fund",
            "\"A title\", June 11, 1944, Wilson Center Digital Archive, Some Papers, Library of Congress.",
            "<https://digitalarchive.wilsoncenter.org/document/1>",
            "No. 3", "*Sent on August 4, 1941*", "*Received on 16 March 1943*", "J. V. STALIN TO F. ROOSEVELT\\*",
            "**W. CHURCHILL TO J. V. STALIN**", "AIDE-MEMOIRE", "My dear Mr Stalin,", "Yours very sincerely,", "J. STALIN",
            "Franklin D. ROOSEVELT  \nWinston S. CHURCHILL", "Kuibyshev, November 2, 1941", "October 3, 1941",
            "P.S. One more thing.", "*Handed to A. Y. Vyshinsky by the U.S. Ambassador, Mr Steinhardt, on November 2, 1941\\**",
            "**Present:** The American Ambassador, Mr. Harriman  \nMr. Pavlov, Soviet interpreter",
            "**Subject:** The question of the convoys", "LOC  \n~~TOP SECRET~~", "44 09-23", "1", "M.H. [unclear]  \nE.H.C.",
            "Retain class'n  Change/classify to \\_\\_\\_\\_\\_  \n**Conversation.**  Declassify in part **September 23, 1944.**",
            "Marshal Stalin stated \"good\" for such an operation.", "which could only be", "decided when the question was settled.",
            "He said that the treaty<sup>1</sup> was signed.", "<sup>1</sup> A note body.", "<sup>[1]</sup> [Orig. note] Another note.",
            "---", "\\* \\* \\*", "# FOREWORD", "## CONTENTS", "FOREWORD . . . . .\t5", "# DOCUMENTS",
            "COMMISSION  \nFOR THE PUBLICATION", "FOREIGN LANGUAGES PUBLISHING HOUSE", "Moscow 1957", "*Edited by*  \nADAM BROMKE",
            "Soong invited [ILLEGIBLE] to tell me about the export [sic].", "The [North] Korea question was raised.",
            "WAH", "KOVALEV TO FILIPPOV", "Comrade Filippov,", "Beijing, 31/XII", "1. A numbered item", "> A quoted passage.");

    @net.jqwik.api.Example
    void aLongForeignSourceForcedThroughEachFamilyStaysValidAndKeepsItsWords() throws Exception {
        SourceDocument bulletin = org.teikit.testing.Fixtures.source("003_");
        for (String family : List.of(WilsonCenterPage.NAME, MemorandumOfConversation.NAME, PrintedCorrespondence.NAME)) {
            Checks.validAndFaithful(Converter.standard().convert(bulletin, family), bulletin.source().text(), List.of());
        }
    }

    @net.jqwik.api.Example
    void aNumberPrintedTwiceGivesTwoLettersTwoIds() throws Exception {
        // found by the property below: "No. 3" twice made two divisions with xml:id="letter-3"
        String text = "No. 3\n\nNo. 3\n";
        SourceDocument doc = SourceDocument.parse(SourceText.of("generated.txt", text));
        Checks.validAndFaithful(Converter.standard().convert(doc, PrintedCorrespondence.NAME), text, List.of());
    }

    @Provide
    Arbitrary<String> sources() {
        return Arbitraries.of(PARTS).list().ofMinSize(1).ofMaxSize(20).map(l -> String.join("\n\n", l) + "\n");
    }

    @Property(tries = 60)
    void everyLetterFamilyKeepsEveryWordAndStaysValid(@ForAll("sources") String text) throws Exception {
        SourceDocument doc = SourceDocument.parse(SourceText.of("generated.txt", text));
        for (String family : List.of(WilsonCenterPage.NAME, MemorandumOfConversation.NAME, PrintedCorrespondence.NAME)) {
            Conversion c;
            try {
                c = Converter.standard().convert(doc, family);
            } catch (org.teikit.convert.ConversionException e) {
                // the converter refuses a source without a single letter or digit ("---" alone): allowed only then
                if (text.chars().anyMatch(Character::isLetterOrDigit)) throw e;
                return;
            }
            try {
                Checks.validAndFaithful(c, text, List.of());
            } catch (AssertionError e) {
                throw new AssertionError(family + " on:\n" + text + "\n" + e.getMessage(), e);
            }
        }
    }
}
