package org.teikit.convert.conventions;

import nu.xom.Document;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.teikit.convert.conventions.GenericConversion.convert;
import static org.teikit.convert.conventions.GenericConversion.values;

/**
 * A phone's chat export: each message opens with its date and time ({@code 04/11/2022, 19:03 - Name: …}), furniture
 * before the label; the system's lines (who joined, who left) are rows of their own; a dated log without labels is
 * no dialogue.
 */
class ChatExportsTest {

    @Test
    void theDateAndTimeBeforeANameAreTheMessagesStampNotItsSpeaker() throws Exception {
        Document d = convert("""
                Group chat, choir committee

                04/11/2022, 19:02 - Ines Abara created group "Choir committee"
                04/11/2022, 19:03 - Ines Abara: Evening all, first thing is the carol concert
                04/11/2022, 19:05 - Mark Tully: Is the church booked?
                04/11/2022, 19:06 - Ines Abara: Booked for the 17th, 7pm
                04/11/2022, 19:09 - Ruth Obi: I can do the programmes
                04/11/2022, 19:10 - Mark Tully: Great. Who has the key?
                04/11/2022, 19:12 - Ruth Obi left
                04/11/2022, 19:15 - Ines Abara: The verger has it
                """);
        assertEquals(List.of("Ines Abara", "Mark Tully", "Ines Abara", "Ruth Obi", "Mark Tully", "Ines Abara"), values(d, "//t:sp/t:speaker"));
        assertEquals(List.of("Great. Who has the key?"), values(d, "//t:sp[5]/t:p"));
        assertTrue(values(d, "//t:body/t:p").contains("Ruth Obi left"), values(d, "//t:body/t:p").toString());
        assertTrue(values(d, "//t:sp[1]/t:fw[@type='timestamp']").get(0).startsWith("04/11/2022, 19:03"));
    }

    @Test
    void aTwelveHourClockAndAnIsoDateAreStampsToo() throws Exception {
        Document d = convert("""
                3/12/21, 9:05 PM - Dev: are you still at the station
                3/12/21, 9:06 PM - Sam: on the platform, train is late
                3/12/21, 9:06 PM - Dev: I'll wait in the car
                3/12/21, 9:20 PM - Sam: here now

                2021-03-13 08:01 Dev: did you get home all right
                2021-03-13 08:15 Sam: yes, thanks for waiting
                """);
        assertEquals(List.of("Dev", "Sam", "Dev", "Sam", "Dev", "Sam"), values(d, "//t:sp/t:speaker"));
    }

    @Test
    void aDatedLogWithoutNamesIsNoDialogue() throws Exception {
        Document d = convert("""
                Boiler log, winter 2021

                04/11/2021, 06:30 - lit, pressure 1.2 bar
                05/11/2021, 06:25 - lit, pressure 1.1 bar, topped up
                06/11/2021, 06:40 - would not light, called the engineer
                07/11/2021, 09:10 - engineer came, new thermocouple
                """);
        assertEquals(List.of(), values(d, "//t:sp"));
    }
}
