package org.teikit.convert.conventions.speech;

import org.junit.jupiter.api.Test;
import org.teikit.source.SourceDocument;
import org.teikit.source.SourceText;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A record's participants list, and the interviewer's first question that only looks like its title. */
class CastListTest {

    private static java.util.Optional<CastList> find(String text) throws Exception {
        return CastList.find(SourceDocument.parse(SourceText.of("t.txt", text)).blocks());
    }

    @Test
    void anInterviewersFirstQuestionIsNoParticipantsList() throws Exception {
        assertTrue(find("""
                Interviewer: When did you start at the mill?

                Edna: In thirty-six.

                Interviewer: And the hours?

                Edna: Six till six!
                """).isEmpty());
    }

    @Test
    void aHeaderNamingTheInterviewerIsOne() throws Exception {
        CastList c = find("""
                Interviewers: Ruth Cole, Amos Peel.

                Cole: When did you start at the mill?

                Edna: In thirty-six.
                """).orElseThrow();
        assertEquals(List.of("Ruth Cole", "Amos Peel"), c.members().stream().map(CastList.Member::name).toList());
    }
}
