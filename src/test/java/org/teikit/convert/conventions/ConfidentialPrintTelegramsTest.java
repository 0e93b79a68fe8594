package org.teikit.convert.conventions;

import nu.xom.Document;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.teikit.convert.conventions.GenericConversion.convert;
import static org.teikit.convert.conventions.GenericConversion.values;

/**
 * A confidential print sets a telegram's head in columns, its number and {@code (Telegraphic.)} at the left and the
 * dateline at the right of one line, right over the text, with no salutation: the dateline is read there.
 */
class ConfidentialPrintTelegramsTest {
    private static final String SENT = "//t:correspAction[@type='sent']";

    private static final String PRINT = """
            FURTHER CORRESPONDENCE RESPECTING THE AFFAIRS OF MOROCCO.

            [April 1907.]

                                          No. 1.

                  Mr. Lowther to Sir Edward Grey.--(Received April 4.)

            (No. 31.)
            (Telegraphic.)  P.                        Tangier, April 3, 1907.
               THE Sultan's troops have left Fez for the coast. The roads are
            reported quiet, and the tribes between Fez and the sea have sent
            word that they will not oppose the march.
               The French Minister has asked that the mail steamer be held
            until the troops arrive.
               (Repeated to Paris.)

                                          No. 2.

                  Sir Edward Grey to Mr. Lowther.

            (No. 14.)
            (Telegraphic.)  En clair.            Foreign Office, April 5, 1907.
               YOUR telegram No. 31: you should keep me informed of the
            movements of the troops, and report at once any sign of disorder
            in the town.
               (Repeated to Paris and Madrid.)
            """;

    @Test
    void aDatelineSetAtTheRightOverTheTextDatesTheTelegram() throws Exception {
        Document d = convert(PRINT);
        assertEquals(List.of("1907-04-03", "1907-04-05"), values(d, SENT + "/t:date/@when"));
        assertEquals(List.of("Tangier", "Foreign Office"), values(d, SENT + "/t:placeName"));
    }

    /** The look-alike: a diary's day over its entry, in one paragraph, is not cut from it. */
    @Test
    void aDiarysDayOverItsEntryStaysWhole() throws Exception {
        Document d = convert("""
                DIARY OF A VOYAGE, 1907

                Tangier, April 3, 1907.
                The Sultan's troops have left Fez for the coast and the roads are
                reported quiet.

                Tangier, April 5, 1907.
                Rain all day; no news from the interior.
                """);
        assertEquals(3, values(d, "//t:body//t:p").size(), "the title and the two entries");
        assertEquals(0, values(d, "//t:correspDesc").size());
    }
}
