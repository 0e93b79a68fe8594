package org.teikit.convert.conventions;

import nu.xom.Document;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.teikit.convert.conventions.GenericConversion.convert;
import static org.teikit.convert.conventions.GenericConversion.values;

/**
 * Postcards an archive describes side by side in fields ({@code View:}, {@code Message:}, {@code Address side:},
 * {@code Postmark:}): the message signed at its foot is the card's text, the writer its signature, the addressee the
 * name its salutation greets (else the address side), the day its own dateline, else the postmark's.
 */
class PostcardMessagesTest {
    private static final String SENT = "//t:correspAction[@type='sent']";
    private static final String RECEIVED = "//t:correspAction[@type='received']";

    @Test
    void cardsDescribedInFieldsAreMessagesSignedAtTheirFoot() throws Exception {
        Document d = convert("""
                Holiday cards sent home by Rosa Lindqvist, 1927-1928

                Each card is given side by side: the view, the message, the address.

                No. 1

                View: "The Harbour, Whitby" (sepia).
                Message:
                    Wed. Dear Aggie, Rain all morning but the kippers are grand.
                    Back Saturday. Rosa.
                Address side: Miss A. Lindqvist, 4 Tanner Row, York.
                Postmark: WHITBY 11 AM 6 JY 27

                No. 2

                View: "Abbey Steps" (coloured).
                Message (pencil):
                    Scarborough, 14th June 1928.
                    Dear Aggie, Climbed all the steps twice. Yours, R.
                Address side: Miss A. Lindqvist, 4 Tanner Row, York.
                Postmark: illegible.

                No. 3

                View: "Peel Castle."
                Message:
                    To Mother and Aggie from Rosa with fond wishes for the New Year.
                Address side: Mrs. and Miss Lindqvist, 4 Tanner Row, York.
                Postmark: DOUGLAS 30 DE 28
                """);
        assertEquals(List.of("Rosa", "R.", "Rosa"), values(d, SENT + "/t:persName").stream()
                .map(s -> s.replace("Rosa Lindqvist", "Rosa")).toList());
        assertEquals(List.of("Aggie", "Aggie", "Mrs. and Miss Lindqvist"), values(d, RECEIVED + "/t:persName"));
        assertEquals(List.of("1927-07-06", "1928-06-14", "1928-12-30"), values(d, SENT + "/t:date/@when"),
                "a written dateline before the postmark; a postmark's month in two letters and its year of two figures");
    }

    @Test
    void aCatalogueOfCardsWithUnsignedDescriptionsIsNoCorrespondence() throws Exception {
        // trap: a dealer's list describes cards field by field too, but no field holds a message signed by its writer
        Document d = convert("""
                Postcard stock, lot 14

                Item 1

                View: "Pier and Pavilion, Llandudno."
                Message: none written.
                Address side: blank.
                Postmark: none.

                Item 2

                View: "Marine Drive."
                Message: faint pencil, mostly rubbed away.
                Address side: Mr. T. Evans, Conwy.
                Postmark: LLANDUDNO 3 AU 12
                """);
        assertEquals(List.of(), values(d, "//t:correspDesc"));
    }
}
