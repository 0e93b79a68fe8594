package org.teikit.convert.conventions;

import nu.xom.Document;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.teikit.convert.conventions.GenericConversion.convert;
import static org.teikit.convert.conventions.GenericConversion.values;

/**
 * A child-language transcript in the CHAT format: utterances on main tiers ({@code *CHI:}), dependent tiers
 * ({@code %com:}) and header lines ({@code @Comment:}) that are the transcriber's, the participants named in the
 * {@code @Participants:} header by code, name and role, and a key to the codes that is no dialogue.
 */
class TranscriptTiersTest {

    private static final String SESSION = """
            @Begin
            @Participants:\tCHI Tomasz Target_Child, FAT Piotr Father, GRA Irena Grandmother
            @Date:\t02-JUN-2001
            *FAT:\twhere is the ball ?
            *CHI:\tthere .
            %com:\tpoints under the sofa
            *FAT:\tcan you get it ?
            *CHI:\tno (.) too far .
            %pho:\tto fa
            *GRA:\tI will get it .
            @Comment:\tgrandmother kneels down
            *CHI:\tball !
            *FAT:\tthank you mum .
            @End
            """;

    @Test
    void mainTiersAreTurnsAndDependentTiersAreNotSpeech() throws Exception {
        Document d = convert(SESSION);
        assertEquals(List.of("FAT", "CHI", "FAT", "CHI", "GRA", "CHI", "FAT"), values(d, "//t:sp/t:speaker"));
        assertEquals(List.of("there ."), values(d, "//t:sp[2]/t:p"));
        assertTrue(values(d, "//t:body/t:p").stream().anyMatch(p -> p.startsWith("%com:")), values(d, "//t:body/t:p").toString());
        assertTrue(values(d, "//t:body/t:p").stream().anyMatch(p -> p.startsWith("@Comment:")), values(d, "//t:body/t:p").toString());
        assertFalse(String.join(" ", values(d, "//t:sp")).contains("kneels"));
    }

    @Test
    void theParticipantsHeaderNamesEachCode() throws Exception {
        Document d = convert(SESSION);
        List<String> names = values(d, "//t:listPerson/t:person/t:persName");
        assertTrue(names.stream().anyMatch(n -> n.contains("Tomasz")), names.toString());
        assertTrue(names.stream().anyMatch(n -> n.contains("Irena")), names.toString());
        String who = values(d, "//t:sp[1]/@who").get(0);
        assertTrue(who.contains("piotr"), who);
    }

    @Test
    void aKeyToTheCodesIsNoDialogueThoughItsTermsAreTheSpeakers() throws Exception {
        Document d = convert(SESSION + """

                Codes used in this file:
                CHI: the child, Tomasz
                FAT: his father
                GRA: his grandmother, visiting
                (.): a short pause
                """);
        assertEquals(7, values(d, "//t:sp").size());
    }

    @Test
    void aSpeakerWhoComesBackUnderATitleIsNoKey() throws Exception {
        Document d = convert("""
                The tape then records the following:
                VOSS: we start at nine
                KERR: nine is early
                VOSS: nine it is
                KERR: fine
                """);
        assertEquals(List.of("VOSS", "KERR", "VOSS", "KERR"), values(d, "//t:sp/t:speaker"));
    }

    @Test
    void aStarredWordInProseIsNoTier() throws Exception {
        Document d = convert("""
                The notes use stars for stress:
                *LOUD: the word was shouted.
                Otherwise the reading is plain.
                """);
        assertEquals(List.of(), values(d, "//t:sp"));
    }
}
