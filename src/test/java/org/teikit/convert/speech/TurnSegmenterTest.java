package org.teikit.convert.speech;

import org.junit.jupiter.api.Test;
import org.teikit.source.Inline;
import org.teikit.source.Transcription;

import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.*;

class TurnSegmenterTest {
    private static final PersonRegistry PEOPLE = PersonRegistry.standard();

    private static List<Inline> para(String markdown) {
        return Transcription.parse(markdown).get(0).inlines();
    }

    private static TurnSegmenter among(String... ids) {
        return new TurnSegmenter(PEOPLE, Set.of(ids)::contains);
    }

    private static String describe(List<TurnSegmenter.Piece> pieces) {
        StringBuilder sb = new StringBuilder();
        for (TurnSegmenter.Piece p : pieces) {
            if (sb.length() > 0) sb.append(" | ");
            sb.append(p.kind()).append(' ').append(p.who()).append(": ").append(Inline.plain(p.content()).strip());
        }
        return sb.toString();
    }

    @Test
    void colonLabelsInAllPrintedForms() {
        TurnSegmenter s = among("stalin", "mao-zedong");
        assertEquals("LABELLED mao-zedong: The most important question.",
                describe(s.segment(para("<u>Comrade Mao Zedong</u>: The most important question."))));
        assertEquals("LABELLED stalin: True.", describe(s.segment(para("Stalin: True."))));
        assertEquals("LABELLED mao-zedong: The principal point.", describe(s.segment(para("<u>MaoZedong</u>: The principal point."))));
        List<TurnSegmenter.Piece> split = s.segment(para("<u>Liu</u> <u>Shaoqi</u>: We agree."));
        assertEquals("liu-shaoqi", split.get(0).who());
        assertEquals("Liu Shaoqi", split.get(0).label());
        assertEquals("LABELLED mao-zedong: Wheat.", describe(s.segment(para("**Mao Zedong**: Wheat."))));
    }

    @Test
    void fullStopLabelOnlyForAParticipant() {
        assertEquals("LABELLED stalin: There is no need to thank.",
                describe(among("stalin", "zhou-enlai").segment(para("Stalin. There is no need to thank."))));
        assertEquals("LABELLED stalin: You came to power too late.",
                describe(among("stalin").segment(para("<u>Stalin</u>. You came to power too late."))));
        assertEquals("LABELLED stalin: Good. It is acceptable.",
                describe(among("stalin").segment(para("Stalin. Good. It is acceptable."))));
        TurnSegmenter outsider = among("zhou-enlai");
        assertNotEquals(TurnSegmenter.Kind.LABELLED, outsider.segment(para("Stalin. There is no need.")).get(0).kind());
    }

    @Test
    void aSecondSpeakerMidParagraphStartsAnotherTurn() {
        TurnSegmenter s = among("stalin", "zhou-enlai");
        assertEquals("THIRD_PERSON zhou-enlai: Zhou Enlai agrees, adding that gratitude should also be expressed."
                        + " | LABELLED stalin: We must also thank the Chinese people.",
                describe(s.segment(para("Zhou Enlai agrees, adding that gratitude should also be expressed. Stalin. We must also thank the Chinese people."))));
        assertEquals("LABELLED zhou-enlai: It can be ruled out by shipments from Manchuria. | LABELLED stalin: We would like more.",
                describe(s.segment(para("Zhou Enlai: It can be ruled out by shipments from Manchuria. Stalin: We would like more."))));
        assertEquals("CONTINUATION stalin: Inquires about Macao. | THIRD_PERSON zhou-enlai: Zhou Enlai replies that Macao remains Portuguese.",
                describe(s.segment(para("Inquires about Macao. Zhou Enlai replies that Macao remains Portuguese."))));
    }

    @Test
    void aNameInsideASentenceDoesNotSplitTheTurn() {
        TurnSegmenter s = among("stalin", "zhou-enlai");
        s.segment(para("Stalin: We agree."));
        assertEquals(1, s.segment(para("Stalin: Our rate is two percent. We could, says comr. Stalin jokingly, increase it.")).size());
        assertEquals(1, s.segment(para("Stalin does not exclude such a resolution, as proposed by Zhou Enlai. On his part, he proposes more.")).size());
    }

    @Test
    void thirdPersonTurnsKeepTheNameAndFindTheSubject() {
        TurnSegmenter s = among("stalin", "zhou-enlai", "molotov");
        TurnSegmenter.Piece p = s.segment(para("Zhou Enlai says that, unfortunately, help is insufficient.")).get(0);
        assertEquals(TurnSegmenter.Kind.THIRD_PERSON, p.kind());
        assertEquals(0, p.attribution().nameStart());
        assertEquals("Zhou Enlai".length(), p.attribution().nameEnd());
        assertNull(p.label());
        assertEquals("stalin", s.segment(para("STALIN, opening the conversation with the Mexican proposal, says that we agree.")).get(0).who());
        assertEquals("molotov", s.segment(para("MOLOTOV, returning to the question of credit, the payment for weapons, asks whether he understood.")).get(0).who());
        assertEquals("zhou-enlai", s.segment(para("Zhou Enlai referring to the hevea question, says that they will try.")).get(0).who());
        TurnSegmenter.Piece lead = s.segment(para("To this <u>Zhou Enlai</u> responds that Moscow is the center.")).get(0);
        assertEquals("zhou-enlai", lead.who());
        assertEquals("To this ".length(), lead.attribution().nameStart());
        TurnSegmenter.Piece asFor = s.segment(para("As for Zhou Enlai's request to send regiments, irrespective of earlier ones, comrade Stalin answers that it will be examined.")).get(0);
        assertEquals(TurnSegmenter.Kind.THIRD_PERSON, asFor.kind());
        assertEquals("stalin", asFor.who());
        assertEquals("stalin", s.segment(para("Comrade STALIN answers that our advice is this.")).get(0).who());
        assertEquals("stalin", s.segment(para("STALIN adds—and is preparing for aggression.")).get(0).who());
    }

    @Test
    void someoneWhoIsNotPresentIsReportedNotSpeaking() {
        TurnSegmenter s = among("stalin", "zhou-enlai");
        s.segment(para("Zhou Enlai goes on to give an account of the war."));
        TurnSegmenter.Piece p = s.segment(para("Mao Zedong has put forth three questions.")).get(0);
        assertEquals(TurnSegmenter.Kind.CONTINUATION, p.kind());
        assertEquals("zhou-enlai", p.who());
    }

    @Test
    void unlabelledParagraphsContinueTheTurn() {
        TurnSegmenter s = among("stalin", "mao-zedong");
        s.segment(para("<u>Comrade Stalin</u>: In China a war for peace is taking place."));
        assertEquals("CONTINUATION stalin: Peace will depend on our efforts.", describe(s.segment(para("Peace will depend on our efforts."))));
        assertEquals("CONTINUATION stalin: He asks about the delegation's trip.", describe(s.segment(para("He asks about the delegation's trip."))));
    }

    @Test
    void narrationIsNotATurnAndEndsTheTurn() {
        TurnSegmenter s = among("stalin", "mao-zedong");
        assertEquals(TurnSegmenter.Kind.NARRATION, s.segment(para("After an exchange of greetings, the following conversation took place.")).get(0).kind());
        s.segment(para("Stalin: It is good."));
        assertEquals(TurnSegmenter.Kind.NARRATION, s.segment(para("The meeting took two hours.")).get(0).kind());
        assertEquals(TurnSegmenter.Kind.NARRATION, s.segment(para("Some remark nobody made.")).get(0).kind());
        assertEquals(TurnSegmenter.Kind.NARRATION, s.segment(para("Present at the meeting were comrs. Molotov and Zhou Enlai.")).get(0).kind());
        assertEquals(TurnSegmenter.Kind.NARRATION, s.segment(para("At the end of the discussion a meeting was arranged.")).get(0).kind());
    }
}
