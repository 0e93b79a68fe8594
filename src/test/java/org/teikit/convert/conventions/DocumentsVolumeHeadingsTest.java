package org.teikit.convert.conventions;

import nu.xom.Document;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.teikit.convert.conventions.GenericConversion.convert;
import static org.teikit.convert.conventions.GenericConversion.values;

/**
 * A documents volume numbers its documents and heads each with its parties ({@code 87.  The Consul at X (Y) to the
 * Secretary of State}), which markdown reads as a numbered item, over the dateline; a despatch prints its own number
 * at the left of the dateline's line, set apart by a wide space.
 */
class DocumentsVolumeHeadingsTest {
    private static final String SENT = "//t:correspAction[@type='sent']";
    private static final String RECEIVED = "//t:correspAction[@type='received']";

    private static final String VOLUME = """
            DIPLOMATIC CORRESPONDENCE, 1912

            312.4/77 : Telegram

            87.  The Consul at Valparaiso (Mercer) to the Secretary of State

                                            Valparaiso, October 3, 1912—4 p.m.
                                            [Received October 4—9 a.m.]

            22. Harbour strike ended this morning on terms offered by the shipowners.
                                                                    Mercer

            312.4/80

            88.  The Secretary of State to the Consul at Valparaiso (Mercer)

            [Paraphrase]

                                            Washington, October 9, 1912—1 p.m.

            9. Report by mail the terms of the settlement.
                                                                    Knox

            312.4/91

            89.  The Consul at Valparaiso (Mercer) to the Secretary of State

            No. 412                                   Valparaiso, October 15, 1912.
                                                      [Received November 20.]

            Sir: I have the honor to enclose the terms of the settlement of the strike.

            I have the honor to be, Sir,
                                            Your obedient servant,
                                                         Alfred Mercer
            """;

    @Test
    void aNumberedItemOverADatelineHeadsADocument() throws Exception {
        Document d = convert(VOLUME);
        assertEquals(List.of("The Consul at Valparaiso (Mercer)", "The Secretary of State", "The Consul at Valparaiso (Mercer)"),
                values(d, SENT + "/t:persName"));
        assertEquals(List.of("the Secretary of State", "the Consul at Valparaiso (Mercer)", "the Secretary of State"),
                values(d, RECEIVED + "/t:persName"));
    }

    @Test
    void aDespatchsNumberBesideItsDatelineIsNoPlace() throws Exception {
        Document d = convert(VOLUME);
        assertEquals(List.of("1912-10-03", "1912-10-09", "1912-10-15"), values(d, SENT + "/t:date/@when"));
        assertEquals(List.of("Valparaiso", "Washington", "Valparaiso"), values(d, SENT + "/t:placeName"));
    }

    /** The look-alike: a numbered list of things sent to someone, each item over the next or over prose, heads nothing. */
    @Test
    void aNumberedListOfThingsSentHeadsNoLetter() throws Exception {
        Document d = convert("""
                REPORT OF THE HARBOUR BOARD, 1912

                The following were laid before the Board:

                1.  The plans of the new mole to the Engineer

                2.  The tide tables to the Harbour Master

                The Board adjourned at four o'clock, to meet again on Tuesday next.
                """);
        assertEquals(0, values(d, "//t:correspDesc").size());
    }
}
