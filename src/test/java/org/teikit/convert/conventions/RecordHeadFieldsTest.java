package org.teikit.convert.conventions;

import nu.xom.Document;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.teikit.convert.conventions.GenericConversion.convert;
import static org.teikit.convert.conventions.GenericConversion.values;

/**
 * A record's head prints fields in the shape of colon labels whose value runs on in small letters
 * ({@code President: the Rev. X.}); where the record's speeches open on a capital, those starts before the first
 * speech are its head, no turns. A speech in small letters after the first is still a speech.
 */
class RecordHeadFieldsTest {

    private static final String MINUTES = """
            President: the Rev. Arthur Pellow, vicar of the parish.

            Attending: eleven ratepayers and the clerk.

            The President: Order, please. Mrs. Garland.

            Mrs. Garland: I move that the minutes be taken as read.

            Mr. Tobin: Seconded, with pleasure.

            Mrs. Garland: Then we come to the roof of the hall.

            Mr. Tobin: it leaks again, I am sorry to say.

            Mrs. Garland: So I hear from the caretaker.

            Mr. Tobin: We must send for the slater.

            The President: Agreed. The meeting is closed.
            """;

    @Test
    void fieldsInSmallLettersBeforeTheFirstSpeechAreNoTurns() throws Exception {
        Document d = convert(MINUTES);
        assertEquals(List.of("The President", "Mrs. Garland", "Mr. Tobin", "Mrs. Garland", "Mr. Tobin", "Mrs. Garland", "Mr. Tobin",
                        "The President"),
                values(d, "//t:sp/t:speaker"));
    }

    @Test
    void aRecordWhoseTurnsAllOpenInSmallLettersKeepsThemAll() throws Exception {
        Document d = convert("""
                Kim: are you coming tonight

                Raj: maybe, depends on the trains

                Kim: there is one at six

                Raj: ok see you there

                Kim: bring the tickets

                Raj: will do
                """);
        assertEquals(List.of("Kim", "Raj", "Kim", "Raj", "Kim", "Raj"), values(d, "//t:sp/t:speaker"));
    }
}
