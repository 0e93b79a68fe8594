package org.teikit.convert.apparatus;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class QueriedBracketTest {
    @Test
    void aQueryMarkInsideAnOpenBracketClosesIt() {
        assertEquals("to the UN [because he asks where they go?] next",
                InlineEncoder.closeQueriedBrackets("to the UN [because he asks where they go[?] next"));
    }

    @Test
    void aQueryAfterAClosedBracketOrOnItsOwnStaysAQuery() {
        assertEquals("Chengdu [?] and [he] went to Kailan [?]",
                InlineEncoder.closeQueriedBrackets("Chengdu [?] and [he] went to Kailan [?]"));
    }
}
