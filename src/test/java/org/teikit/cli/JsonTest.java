package org.teikit.cli;

import com.google.gson.JsonObject;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

/** The JSON the commands write: strict JSON for any text, members in the order put. */
class JsonTest {
    @Test
    void anyTextRoundTripsThroughAStrictParser() throws Exception {
        String nasty = "quote \" backslash \\ newline \n tab \t bell \u0007 nul \u0000 é → 𝔄 \u2028";
        Json.Obj o = Json.object().put("text", nasty).put("path", Path.of("a b/c.xml")).put("none", null)
                .put("n", 3L).put("x", 0.5).put("yes", true).put("list", List.of("a", 1)).put("raw", new Json.Raw(" {\"k\":[1,2]}\n"));
        JsonObject parsed = JsonOutputTest.parse(o.toString());
        assertEquals(nasty, parsed.get("text").getAsString());
        assertEquals("a b/c.xml", parsed.get("path").getAsString());
        assertTrue(parsed.get("none").isJsonNull());
        assertEquals(3, parsed.get("n").getAsInt());
        assertEquals(0.5, parsed.get("x").getAsDouble());
        assertTrue(parsed.get("yes").getAsBoolean());
        assertEquals(1, parsed.getAsJsonArray("list").get(1).getAsInt());
        assertEquals(2, parsed.getAsJsonObject("raw").getAsJsonArray("k").get(1).getAsInt());
        assertEquals(new ArrayList<>(List.of("text", "path", "none", "n", "x", "yes", "list", "raw")), new ArrayList<>(parsed.keySet()),
                "members in the order put");
    }

    @Test
    void whatJsonCannotHoldIsRefusedRatherThanWrittenWrong() {
        assertThrows(IllegalArgumentException.class, () -> Json.object().put("x", Double.NaN).toString());
        assertThrows(IllegalArgumentException.class, () -> Json.object().put("x", new Object()).toString());
    }
}
