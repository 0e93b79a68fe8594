package org.teikit.convert.conventions;

import nu.xom.Document;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.teikit.convert.conventions.GenericConversion.convert;
import static org.teikit.convert.conventions.GenericConversion.values;

/**
 * Telegraph forms transcribed as their fields in one block and the message, in capitals, in the next, signed after
 * the telegraph's break sign ({@code … = MARY}); a form's date of a day, a short month and two figures ({@code 4 Sep 17}).
 */
class TelegraphFormsTextBelowTest {
    private static final String SENT = "//t:correspAction[@type='sent']", RECEIVED = "//t:correspAction[@type='received']";

    @Test
    void theFieldsNameTheAddresseeAndTheBreakSignTheSender() throws Exception {
        Document d = convert("""
                Wires kept by the Fenwicks, 1917

                INLAND TELEGRAPH.
                Office of Origin: Hexham      Handed in at 9.05 a.m.
                Date: 4 Sep 17
                TO: Mrs Fenwick, Low Farm, Bellingham

                TRAIN LATE MEET FIVE FIFTEEN NOT FOUR = MARY

                INLAND TELEGRAPH.
                Office of Origin: Newcastle      Received 2.40 p.m.
                Date: 11 Sep 17
                TO: Fenwick, Low Farm, Bellingham

                SAFE ARRIVED LODGINGS GOOD WRITING = JOHN FENWICK
                """);
        assertEquals(List.of("MARY", "JOHN FENWICK"), values(d, SENT + "/t:persName"));
        assertEquals(List.of("Mrs Fenwick", "Fenwick"), values(d, RECEIVED + "/t:persName"));
        assertEquals(List.of("1917-09-04", "1917-09-11"), values(d, SENT + "/t:date/@when"));
        assertEquals(0, values(d, "//t:sp").size(), "a form's fields are no speakers");
    }

    /** The look-alike: an account's fields over a sum in running text that ends on "= BALANCE" signs no message. */
    @Test
    void anEqualsSignInRunningTextSignsNothing() throws Exception {
        Document d = convert("""
                Accounts of the reading room, 1917

                Date: 4 Sep 17
                TO: the Committee

                The quarter's receipts less the quarter's payments = BALANCE

                Date: 11 Dec 17
                TO: the Committee

                Subscriptions received less the coal merchant's bill = BALANCE
                """);
        assertEquals(0, values(d, "//t:correspDesc").size());
    }
}
