package org.teikit.convert.conventions;

import nu.xom.Document;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.teikit.convert.conventions.GenericConversion.faithful;
import static org.teikit.convert.conventions.GenericConversion.values;

/**
 * Single letters as voices ({@code F:}/{@code A:}, {@code I:}/{@code R:}): they repeat and alternate; an outline's
 * letters ({@code A.}, {@code B.}, {@code C.}) run in order and are no speakers.
 */
class SingleLetterVoicesTest {
    @Test
    void lettersThatAlternateAreAnInterviewsVoices() throws Exception {
        Document d = faithful("""
                Gespräch im Gemeindehaus, Tonband 2.

                F: Wo haben Sie damals gewohnt?

                A: Am Markt, über der Apotheke. Drei Zimmer für sechs.

                F: Und die Schule?

                A: Gleich um die Ecke, aber nur bis zum Winter.

                F (zögernd): Was war dann?

                A: Dann kam der Umzug aufs Land.
                """);
        assertEquals(List.of("F", "A", "F", "A", "F", "A"), values(d, "//t:sp/t:speaker"));
    }

    @Test
    void anInterviewerAndARespondentByTheirInitialLetters() throws Exception {
        Document d = faithful("""
                Recorded at the mill house, side one.

                I: When did the looms stop?

                R: Nineteen fifty-eight. The whole shed went quiet in a week.

                I: Did you find other work?

                R: At the bakery, nights.

                I: And your sister?

                R: She went south with the Pollards.
                """);
        assertEquals(List.of("I", "R", "I", "R", "I", "R"), values(d, "//t:sp/t:speaker"));
    }

    /** The look-alike: an outline's lettered heads, even where the letters start again in a second part. */
    @Test
    void anOutlinesLettersAreNoVoices() throws Exception {
        Document d = faithful("""
                REPORT ON THE PARISH ROADS

                I. THE NORTH WARD

                A: Drainage. The culverts at Hobb's Lane are choked again.

                B: Surface. The ruts below the chapel need four loads of stone.

                C: Fences. Two gaps on the common side.

                II. THE SOUTH WARD

                A: Drainage. No complaint this quarter.

                B: Surface. The new stretch has held well.

                C: Fences. The gate at the ford wants a hinge.
                """);
        assertEquals(List.of(), values(d, "//t:sp/t:speaker"));
    }

    /** The look-alike: numbered parts in Roman numerals, where I., V. and X. recur beside II. and IV. */
    @Test
    void aRomanOutlinesLettersAreNoVoices() throws Exception {
        Document d = faithful("""
                ARTICLES OF THE BURIAL CLUB

                I. Each member pays a penny weekly to the steward.

                II. The steward keeps the box and the book.

                IV. No member in arrears a month may draw.

                V. The club meets quarterly at the Crown.

                I. The widow of a member receives two pounds.

                V. Disputes go to the vicar, whose word is final.

                I. These articles may be changed at the annual meeting.

                V. Copies are kept by the steward.
                """);
        assertEquals(List.of(), values(d, "//t:sp/t:speaker"));
    }
}
