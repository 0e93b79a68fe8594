package org.teikit.convert.apparatus;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

class BracketsTest {
    @Test
    void aWordAddedAfterANumeralIsSupplied() {
        assertEquals(Brackets.Kind.SUPPLIED, Brackets.classify("Party", "should arrive at the XIX ", " Congress, and"));
        assertEquals(Brackets.Kind.SUPPLIED, Brackets.classify("Party", "the 19th ", " Congress"));
    }

    @Test
    void aNounCompletingACompoundIsSupplied() {
        assertEquals(Brackets.Kind.SUPPLIED, Brackets.classify("rate", "Stalin advises to fix the overall growth ", " at 15%"));
        assertEquals(Brackets.Kind.SUPPLIED, Brackets.classify("level", "the price ", " of grain"));
    }

    @Test
    void aSynonymAfterARareWordStaysARegularisation() {
        assertEquals(Brackets.Kind.REGULARISATION, Brackets.classify("tungsten", "enterprises mining wolfram ", ", molybdenum"));
        assertEquals(Brackets.Kind.REGULARISATION, Brackets.classify("Stalin", "Filippov ", ""));
    }

    @Test
    void anAcronymBeforeTheBracketIsStillExpanded() {
        assertEquals(Brackets.Kind.EXPANSION, Brackets.classify("Central Committee of the Communist Party of China", "the CC CPC ", " entrusted me"));
    }

    @Test
    void aClauseAfterAnAcronymIsSuppliedNotAnExpansion() {
        assertEquals(Brackets.Kind.SUPPLIED, Brackets.classify("because the UN is a military participant in the war; he asks where?",
                "we cannot deliver the POWs to the UN ", ""));
    }

    @Test
    void signsAloneInBracketsAreTheTextsOwnPrintingNotASuppliedWord() {
        assertEquals(Brackets.Kind.PRINTED, Brackets.classify("#", "a mark written ", "_ in reST"));
        assertEquals(Brackets.Kind.PRINTED, Brackets.classify("#", ".. ", " a definition shown"));
        assertEquals(Brackets.Kind.PRINTED, Brackets.classify("*", "x", "y"));
        assertEquals(Brackets.Kind.PRINTED, Brackets.classify("+", "", " item"));
    }

    @Test
    void aBracketHoldingAWordOrFigureIsNotPrintedSigns() {
        assertEquals(Brackets.Kind.SUPPLIED, Brackets.classify("ade", "comr", " and"));
        assertEquals(Brackets.Kind.QUERY, Brackets.classify("?", "the word ", " here"));
        assertEquals(Brackets.Kind.SUPPLIED, Brackets.classify("#2", "item", ""));
    }

    @Test
    void aLowerCaseDescriptionAloneInItsLineIsTheTranscribersRemark() {
        assertEquals(Brackets.Kind.EDITORIAL, Brackets.classify("kettle whistling", "00:02:11.500 ♪ ", " ♪"));
        assertEquals(Brackets.Kind.EDITORIAL, Brackets.classify("gulls overhead", "", ""));
        assertEquals(Brackets.Kind.EDITORIAL, Brackets.classify("organ", "", ""));
        assertEquals(Brackets.Kind.EDITORIAL, Brackets.classify("rest of sheet torn away", "", "."));
    }

    @Test
    void aDescriptionBetweenTwoSentencesIsTheTranscribersRemark() {
        assertEquals(Brackets.Kind.EDITORIAL, Brackets.classify("chair scrapes", "Sit down, all of you. ", " Now then."));
        assertEquals(Brackets.Kind.EDITORIAL, Brackets.classify("reading from the card", "Here it is! ", " \"Item four\""));
    }

    @Test
    void wordsThatCompleteTheirSentenceStaySupplied() {
        assertNotEquals(Brackets.Kind.EDITORIAL, Brackets.classify("the Soviet", "", " Government agrees"));
        assertEquals(Brackets.Kind.SUPPLIED, Brackets.classify("and", "We left. ", " Then we ate"));
        assertEquals(Brackets.Kind.SUPPLIED, Brackets.classify("of the", "the member ", " committee"));
        assertEquals(Brackets.Kind.SUPPLIED, Brackets.classify("sent for", "He was ", ". Nobody came"));
        assertEquals(Brackets.Kind.SUPPLIED, Brackets.classify("Washington,", "", " May 3"));
        assertEquals(Brackets.Kind.SUPPLIED, Brackets.classify("x", "", ""));
        assertEquals(Brackets.Kind.SUPPLIED, Brackets.classify("xiv", "", ""));          // a part's number, supplied
        assertEquals(Brackets.Kind.SUPPLIED, Brackets.classify("two words", "Quiet. ", " and more"));
    }
}
