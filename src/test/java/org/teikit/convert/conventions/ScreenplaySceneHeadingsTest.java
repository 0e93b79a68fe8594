package org.teikit.convert.conventions;

import nu.xom.Document;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.teikit.convert.conventions.GenericConversion.convert;
import static org.teikit.convert.conventions.GenericConversion.values;

/**
 * A screenplay heads each scene {@code INT.} or {@code EXT.}, the place and, after a dash, the time, all in capitals:
 * the abbreviation's stop makes it look like a speaker in capitals, which it is not. A speaker named in capitals with
 * a dash in the speech ({@code EXTON. WAIT - NOT YET.}) still speaks.
 */
class ScreenplaySceneHeadingsTest {

    @Test
    void sceneHeadingsAreNoTurns() throws Exception {
        Document d = convert("""
                INT. BOATHOUSE - NIGHT

                Rain on the tin roof. A lantern swings.

                MARA. Is anyone there?

                TOBIAS. Only me. Only the river.

                EXT. JETTY - CONTINUOUS

                MARA. You said you had left.

                TOBIAS. I came back for the oars.

                EXTON. WAIT - NOT YET.

                MARA. Who is that?

                INT./EXT. CAR - MOVING - DAWN

                TOBIAS. Drive.
                """);
        assertEquals(List.of("MARA", "TOBIAS", "MARA", "TOBIAS", "EXTON", "MARA", "TOBIAS"), values(d, "//t:sp/t:speaker"));
    }
}
