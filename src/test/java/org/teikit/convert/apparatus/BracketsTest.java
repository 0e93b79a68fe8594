package org.teikit.convert.apparatus;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

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
}
