package org.teikit.convert.layout;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;

class UniqueIdsTest {
    @Test
    void anIdGivenBeforeGetsACounterAndOthersStayAsTheyAre() {
        UniqueIds ids = new UniqueIds();
        assertEquals(List.of("letter-3", "letter-3-2", "letter-4", "letter-3-3"),
                Stream.of("letter-3", "letter-3", "letter-4", "letter-3").map(ids::take).toList());
    }
}
