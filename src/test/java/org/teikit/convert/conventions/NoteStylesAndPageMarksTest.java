package org.teikit.convert.conventions;

import nu.xom.Document;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.teikit.convert.conventions.GenericConversion.convert;
import static org.teikit.convert.conventions.GenericConversion.faithful;
import static org.teikit.convert.conventions.GenericConversion.values;

/**
 * Note marks that plain-text transcribers type ({@code ^1}, {@code (1)}, {@code {1}}, {@code [a]}, {@code Note 1.}),
 * the printed page's breaks ({@code --- 12 ---}, {@code [p. 12]}) and the footnotes at a page's foot. Each case is
 * also checked word for word against its source (nothing lost, nothing added).
 */
class NoteStylesAndPageMarksTest {


    /** Each note placed in a paragraph, as "n: the word before it | its text". */
    private static List<String> notes(Document d) {
        return GenericConversion.notesAfterWords(d, "//t:p/t:note[@n]");
    }

    @Test
    void caretMarksWithBareNumberDefinitionsAfterEachLetter() throws Exception {
        Document d = faithful("""
                LETTERS FROM THE MISSION
                (Note marks are typed as ^1, ^2; the notes follow each letter.)

                Agnes Mowat to Jean Mowat

                Calabar, 14th October 1889

                My dear Jean,

                Mr. Baillie met us at the landing^1 with two boys. She says it is nothing.^2

                Your loving sister,
                Agnes

                ---

                1 The landing stage at Ikot.

                2 Mrs. Baillie died in 1890.

                ---

                Agnes Mowat to Jean Mowat

                Calabar, 2nd November 1889

                Dearest Jean,

                The children sang "While Shepherds"^1 in the rain.

                Your loving sister,
                Agnes

                ---

                1 The hymn had been taught them in May.
                """);
        assertEquals(List.of("1: landing | The landing stage at Ikot.", "2: nothing. | Mrs. Baillie died in 1890.",
                "1: Shepherds\" | The hymn had been taught them in May."), notes(d));
        assertTrue(values(d, "//t:p").stream().anyMatch(p -> p.contains("^1, ^2")), "marks explained after a space are no references");
    }

    @Test
    void parenthesisedNumbersAreReferencesOnlyWhereANotesListDefinesThem() throws Exception {
        Document d = faithful("""
                # Introduction

                The diary is now in the library of Corbridge Hall.(1) It was bought in 1768 (2) by the family.

                Notes

                (1) MS. Corbridge 12.

                (2) The sale is in the account book.
                """);
        assertEquals(List.of("1: Hall. | MS. Corbridge 12.", "2: 1768 | The sale is in the account book."), notes(d));
        Document list = faithful("""
                # Orders

                The steward was told (1) to sell the hay and (2) to buy seed.

                He did both before May.
                """);
        assertEquals(List.of(), notes(list));
        assertTrue(values(list, "//t:p").stream().anyMatch(p -> p.contains("(1) to sell")), values(list, "//t:p") + ": an enumeration stays text");
    }

    @Test
    void footnotesAtThePagesFootAndThePageBreaksAsPb() throws Exception {
        Document d = faithful("""
                Memoirs of a Country Surgeon

                --- 12 ---

                The fee was a goose, delivered on the 12<sup>th</sup> of the month following.<sup>1</sup> M<sup>r</sup> Lomax laughed.

                1 Geese were common payment in the hill farms.

                --- 13 ---

                The surgery was at the back of the house.<sup>1</sup>

                1 It is now a garage.
                """);
        assertEquals(List.of("12", "13"), values(d, "//t:pb/@n"));
        assertEquals(List.of("1: following. | Geese were common payment in the hill farms.",
                "1: house. | It is now a garage."), notes(d));
        assertEquals(List.of("th", "r"), values(d, "//t:hi[@rend='superscript']"), "superscript letters are no notes");
    }

    @Test
    void aNumberedParagraphClosingASectionIsNoFootnoteWithoutPageBreaks() throws Exception {
        // the foot of a page is evidence only where the transcription marks its pages
        Document d = faithful("""
                # Accounts

                The rent was paid in 1848 (2) and the roof mended.

                12 The tenants met on Lady Day.

                # The next year

                Nothing was paid.
                """);
        assertEquals(List.of(), notes(d));
        assertTrue(values(d, "//t:p").contains("12 The tenants met on Lady Day."));
    }

    @Test
    void otherTypedMarksAndDefinitionWords() throws Exception {
        Document d = faithful("""
                # Essay

                The river rose in the spring{1} and the mill stopped[a]. The miller left[2] and never came back.

                Notes

                {1} The spring of 1846.

                [a] The wheel broke.

                Footnote 2: He went to Leeds.
                """);
        assertEquals(List.of("1: spring | The spring of 1846.", "a: stopped | The wheel broke.", "2: left | He went to Leeds."),
                notes(d));
    }

    /** Digits in angle brackets, as an account roll's editor types them; a word in angle brackets is no mark. */
    @Test
    void digitsInAngleBracketsMarkNotesDefinedSo() throws Exception {
        Document d = faithful("""
                In wages of the shepherd for the year, 10s.<1> In mending the fold<2> after the flood, 8d.

                Paid for 2 bushels <3> of oats.

                <1> He is named as Walter in the court roll.

                <2> The fold stood by the ford.
                """);
        assertEquals(List.of("1: 10s. | He is named as Walter in the court roll.", "2: fold | The fold stood by the ford."),
                notes(d));
    }

    @Test
    void aBracketedPageIsAPageBreakNotASuppliedWord() throws Exception {
        Document d = faithful("# Book\n\nThe text runs on [p. 12] over the page.\n\n[Page 13]\n\nMore text [fol. 3v] here.\n");
        assertEquals(List.of("12", "13", "3v"), values(d, "//t:pb/@n"));
        assertEquals(List.of(), values(d, "//t:supplied"));
    }

    /**
     * Distributed Proofreaders' footnote blocks, {@code [Footnote 1: text]} (and lettered, {@code [Footnote A: text]}),
     * set after the paragraph that refers to them: each is placed at its mark, without the marker's words or the
     * bracket that closes it; a bracket inside the note stays an editor's remark, and a later list numbered [1], [2] is no note.
     */
    @Test
    void bracketedFootnoteBlocksOfDistributedProofreaders() throws Exception {
        Document d = faithful("""
                THE MILL AT ASHCOMBE

                The mill stood below the weir,[1] and was let with the meadow.[A]

                [Footnote 1: The weir was rebuilt in 1790 [see the plan].]

                [Footnote A: So the lease of 1702.]

                The millers were these:

                [1] 1702. John Hale.
                [2] 1731. Robert Hale.
                """);
        assertEquals(List.of("1: weir, | The weir was rebuilt in 1790 see the plan.", "A: meadow. | So the lease of 1702."),
                notes(d));
        assertTrue(d.toXML().contains("1702. John Hale."), d.toXML());
    }

    /**
     * A law report's notes: {@code not(a)} in the text, the reporter's {@code (a) text} paragraphs in order after it
     * with no heading or break; the statute's own clauses (a), (b), printed as lines of one paragraph, stay text.
     */
    @Test
    void aLawReportsLetteredNotesAfterItsTextWithoutAHeading() throws Exception {
        Document d = faithful("""
                DOE v. ROE.

                The toll was taken on every load, whether sold or not(a). The Act reads:

                    (a) for every waggon load, one shilling;
                    (b) for every horse load, fourpence.

                The charter of Hen. 7(b) was relied upon.

                Rule refused.

                (a) Payment was proved on forty occasions.

                (b) The charter itself was not produced.
                """);
        assertEquals(List.of("a: not | Payment was proved on forty occasions.", "b: 7 | The charter itself was not produced."),
                notes(d));
        assertTrue(d.toXML().contains("for every waggon load, one shilling;"), d.toXML());
    }

    /** A letter in brackets is a mark only against the word before it: "lettered [A], [B]" names the marks. */
    @Test
    void aBracketedLetterAfterASpaceNamesAMarkAndIsNone() throws Exception {
        Document d = faithful("""
                [Transcriber's Note: the footnotes are lettered [A], [B] in each chapter.]

                The fort stood upon the river.[A] The bridge crossed it here.[B]

                [Footnote A: The name is in the Notitia.]

                [Footnote B: Hence the name of the town.]
                """);
        assertEquals(List.of("A: river. | The name is in the Notitia.", "B: here. | Hence the name of the town."), notes(d));
    }

    /** reStructuredText's footnotes: {@code [1]_} in the text, {@code .. [1] text} below, its next lines indented. */
    @Test
    void restructuredTextFootnotes() throws Exception {
        Document d = faithful("""
                Tithe barns
                ===========

                Eleven barns were recorded in 1840 [1]_, and six survive [2]_.

                .. [1] The tithe apportionments of the county,
                   now in the record office.

                .. [2] So the survey of 1980.
                """);
        assertEquals(List.of("1: 1840 | The tithe apportionments of the county, now in the record office.",
                "2: survive | So the survey of 1980."), notes(d));
    }

    /** A page copied from a wiki keeps its headings' edit links: "References[edit]" still heads the notes. */
    @Test
    void aWikiPagesReferencesUnderAHeadingWithItsEditLink() throws Exception {
        Document d = faithful("""
                The disaster happened in 1862.[1] The shaft was blocked.[2]

                References[edit]

                1. The Times, 18 January 1862.
                2. Report of the Inspector of Mines.
                """);
        assertEquals(List.of("1: 1862. | The Times, 18 January 1862.", "2: blocked. | Report of the Inspector of Mines."), notes(d));
    }

    @Test
    void aLineOfLayoutCharactersAfterANoteIsNoParagraphOfIt() throws Exception {
        // a note definition goes on over the paragraphs below it; boxes of the printed page (□ □) are not text
        Document d = faithful("""
                The treaty was signed.<sup>1</sup>

                * * *

                <sup>1</sup> In the afternoon.

                □ □
                """);
        assertEquals(0, values(d, "//t:note//t:p[normalize-space() = '']").size(), "empty paragraphs in the note");
        assertEquals(List.of("In the afternoon."), values(d, "//t:note"));
    }
}
