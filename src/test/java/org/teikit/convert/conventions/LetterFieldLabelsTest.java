package org.teikit.convert.conventions;

import nu.xom.Document;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.teikit.convert.conventions.GenericConversion.convert;
import static org.teikit.convert.conventions.GenericConversion.values;

/**
 * A letter's fields and salutation ({@code Kenmerk: …}, {@code Onderwerp: …}, {@code Prezados Senhores: …}) are label-
 * shaped and come back once a letter, but each stands alone in a short block with the letter's prose around it: nobody
 * answers them, so they are no speakers, whatever their words. Turns that answer each other stay turns, however short.
 */
class LetterFieldLabelsTest {

    @Test
    void fieldsOfDutchBusinessLettersAreNoSpeakers() throws Exception {
        Document d = convert("""
                Kopieboek van de firma Van Reede, 1958

                ---

                Kenmerk: VR/58/22

                Onderwerp: levering van kozijnen

                Geachte heer Bosman,

                Wij bevestigen de levering van twaalf kozijnen op maandag de derde. De rekening volgt binnen een week.

                Hoogachtend,
                Van Reede

                Bijlage: vrachtbrief

                ---

                Kenmerk: VR/58/31

                Onderwerp: uw klacht over de verf

                Geachte heer Bosman,

                Wij betreuren dat de verf van de kozijnen is gaan bladderen en sturen u dinsdag een schilder.

                Hoogachtend,
                Van Reede

                Bijlage: garantiebewijs

                ---

                Onderwerp: betaling

                Geachte heer Bosman,

                Wij hebben uw betaling in goede orde ontvangen en danken u voor het vertrouwen.

                Hoogachtend,
                Van Reede
                """);
        assertEquals(List.of(), values(d, "//t:sp"));
        assertTrue(values(d, "//t:p").stream().anyMatch(p -> p.startsWith("Onderwerp: uw klacht")));
    }

    @Test
    void aSubjectLineAndASalutationOnTheirLinesAreNoSpeakers() throws Exception {
        Document d = convert("""
                Letters of the Casa Lobo, Porto

                ---

                Porto, 2 de maio de 1911.

                Srs. Irmãos Pinto
                Lisboa.

                Assunto: as pipas de Março

                Prezados Senhores: recebemos a vossa de 28 do passado.

                As pipas seguem pelo vapor de quinta-feira, como combinado, e a factura irá pelo correio de amanhã.

                De VV. SS. atentos criados,
                Casa Lobo

                ---

                Lisboa, 9 de maio de 1911.

                Srs. Casa Lobo
                Porto.

                Assunto: recepção das pipas

                Prezados Senhores: acusamos a recepção das pipas.

                Chegaram todas em bom estado, menos uma, que vinha rachada no fundo e perdeu metade do vinho.

                De VV. SS. atentos criados,
                Irmãos Pinto

                ---

                Porto, 15 de maio de 1911.

                Srs. Irmãos Pinto
                Lisboa.

                Assunto: a pipa rachada

                Prezados Senhores: lamentamos o sucedido com a pipa rachada.

                Creditamos a vossa conta pelo valor de meia pipa, e pedimos desculpa pelo incómodo.

                De VV. SS. atentos criados,
                Casa Lobo
                """);
        assertEquals(List.of(), values(d, "//t:sp"));
        assertTrue(values(d, "//t:p").stream().anyMatch(p -> p.startsWith("Prezados Senhores: acusamos")));
    }

    @Test
    void shortTurnsThatAnswerEachOtherStayTurns() throws Exception {
        Document d = convert("""
                The Ferry

                Marten: Is the boat in?

                Ilse: Not yet. The fog.

                Marten: We shall miss the train.

                (A bell rings on the water.)

                Ilse: There it is.

                Marten: At last.

                Ilse: Take the small bag.

                (They go down to the jetty.)

                Marten: Where is the ticket?

                Ilse: In your hand.
                """);
        assertEquals(List.of("Marten", "Ilse", "Marten", "Ilse", "Marten", "Ilse", "Marten", "Ilse"),
                values(d, "//t:sp/t:speaker").stream().map(s -> s.replaceAll("[:.]$", "")).toList());
    }

    @Test
    void questionsAnsweredBetweenNarrationStayTurns() throws Exception {
        Document d = convert("""
                At the Lock

                Voss: How long have you kept it?

                Harte: Thirty-one years.

                The lock-keeper's cottage stands above the weir, its garden full of beans.

                Voss: And before you?

                Harte: My uncle, and his father.

                A boat sounds its horn below, and he goes out to the paddles.

                Voss: Will your son take it on?

                Harte: He says not.
                """);
        assertEquals(6, values(d, "//t:sp").size());
    }

    @Test
    void anInterviewsShortQuestionsOverLongAnswersStayTurns() throws Exception {
        Document d = convert("""
                Interview with a lock-keeper, 1979

                Voss: When did you start on the canal?

                Harte: In the spring of nineteen forty-six, when I was fifteen. My uncle had the lock at Dell Bridge and he wanted a boy to work the paddles, because his back was gone, and my mother said it was better than the brickworks, which it was.

                Voss: And the boats?

                Harte: Coal, mostly, and grain for the mill at Ashby. The coal boats came down in pairs, a motor and a butty, and the families lived aboard; the children would jump off at the lock and run along to the next one to set it.

                Voss: Was it hard work?

                Harte: Not hard, but never done. You slept with one ear open, because a boat could come at any hour and the steerer would sound his horn and you had to be out.
                """);
        assertEquals(6, values(d, "//t:sp").size());
    }

    @Test
    void statementsInTheSameOrderBetweenNarrationStayTurns() throws Exception {
        Document d = convert("""
                On the Ferry

                Orla: The crossing is rough today.

                Dermot: It was worse in March.

                The deck tilts and a crate slides towards the rail before a deckhand stops it.

                Orla: My hat has gone overboard.

                Dermot: I will buy you another in town.

                They reach the harbour as the rain begins in earnest.

                Orla: We should have waited for the evening boat.

                Dermot: The evening boat is smaller still.
                """);
        assertEquals(List.of("Orla", "Dermot", "Orla", "Dermot", "Orla", "Dermot"), values(d, "//t:sp/t:speaker"));
    }

    @Test
    void aStackOfFieldsWithValuesStaysNoDialogue() throws Exception {
        Document d = convert("""
                Copy book of Harlow & Finch, 1932

                ---

                Ref: HF/32/4

                Regarding: the brass fittings

                Dear Mr Crane,

                We enclose our account for the fittings delivered last week and would be glad of a settlement.

                Yours faithfully,
                Harlow & Finch

                ---

                Ref: HF/32/9

                Regarding: your order of the 3rd

                Dear Mr Crane,

                The hinges you asked for are out of stock until the end of the month.

                Yours faithfully,
                Harlow & Finch

                ---

                Ref: HF/32/11

                Regarding: delivery

                Dear Mr Crane,

                Your hinges leave our works on Monday.

                Yours faithfully,
                Harlow & Finch
                """);
        assertEquals(List.of(), values(d, "//t:sp"));
    }
}
