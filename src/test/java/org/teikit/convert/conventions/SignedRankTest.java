package org.teikit.convert.conventions;

import nu.xom.Document;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.teikit.convert.conventions.GenericConversion.convert;
import static org.teikit.convert.conventions.GenericConversion.values;

/** A signature with the signer's rank or unit in parentheses after his name ({@code W. Pascoe (Cpl)}) still signs the letter. */
class SignedRankTest {
    private static final String SENT = "//t:correspAction[@type='sent']";

    @Test
    void aRankInParenthesesAfterTheNameIsPartOfTheSignature() throws Exception {
        Document d = convert("""
                A bundle of letters, 1917

                ---

                C Coy 7th Bn
                B.E.F.
                Mar 3rd 1917

                Dear Miss Trent

                Your parcel came up with the rations and the cake was shared out fair.

                Yours truly
                W. Pascoe (Cpl)

                ---

                Penzance
                April 2nd 1917

                Dear Mr Pascoe

                I am glad the cake arrived (it was my mother's recipe) and hope you are well.

                Yours sincerely
                Edith Trent
                """);
        // trap: the parenthesis in the second letter's text is a remark, no signature's
        assertEquals(List.of("W. Pascoe (Cpl)", "Edith Trent"), values(d, SENT + "/t:persName"));
    }
}
