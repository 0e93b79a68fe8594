package org.teikit.convert.conventions.speech;

import org.junit.jupiter.api.Test;
import org.teikit.source.Inline;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Cues typed in capitals beside voices in ordinary case are the studio's; in a script typed all in capitals, none is. */
class CapitalCuesTest {

    private static Label cue(String name, String text) {
        return new Label(name, Label.Form.CAPS_COLON, List.of(), List.of(new Inline.Text(text)), name.length() + 1);
    }

    @Test
    void cuesAlwaysInCapitalsBesideVoicesInOrdinaryCaseAreNoVoices() {
        List<Label> labels = List.of(cue("GRAMS", "RAIN ON A TIN ROOF. HOLD."), cue("ADA", "Who's there at this hour?"),
                cue("TOM", "Only me. Let me in."), cue("GRAMS", "THUNDER, NEAR."), cue("ADA", "Quick, then, before it breaks."),
                cue("TOM", "Thank you, Ada. It's foul out there."));
        assertEquals(Set.of("GRAMS"), CapitalCues.of(labels, n -> n, Optional.empty()));
    }

    /** Trap: a voice that shouts once in capitals, and a script typed all in capitals, keep every voice. */
    @Test
    void aShoutAndAScriptAllInCapitalsKeepTheirVoices() {
        List<Label> shout = List.of(cue("ADA", "Who's there?"), cue("TOM", "OPEN THE DOOR!"), cue("ADA", "Not till you say."),
                cue("TOM", "It's me, Tom. Let me in."), cue("ADA", "Then come in."), cue("TOM", "At last."));
        assertEquals(Set.of(), CapitalCues.of(shout, n -> n, Optional.empty()));
        List<Label> allCaps = List.of(cue("ADA", "WHO IS THERE?"), cue("TOM", "ONLY ME."), cue("ADA", "COME IN THEN."),
                cue("TOM", "THANK YOU."));
        assertEquals(Set.of(), CapitalCues.of(allCaps, n -> n, Optional.empty()));
    }
}
