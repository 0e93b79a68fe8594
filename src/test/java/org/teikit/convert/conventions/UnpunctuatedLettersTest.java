package org.teikit.convert.conventions;

import nu.xom.Document;
import org.junit.jupiter.api.Test;
import org.teikit.convert.dates.DateParser;

import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.teikit.convert.conventions.GenericConversion.convert;
import static org.teikit.convert.conventions.GenericConversion.values;

/** Letters written without punctuation, as a soldier or a farmer wrote them: run-on salutations, "Dec the 18 1862". */
class UnpunctuatedLettersTest {
    private static final String SENT = "//t:correspAction[@type='sent']";
    private static final String RECEIVED = "//t:correspAction[@type='received']";

    private static final String CAMP = """
            THE LETTERS OF SILAS DRAKE, 3D OHIO CAVALRY,
            TO HIS SISTER MARTHA, 1864

            Spelling kept as written.

            ---

            Camp on the Big Black River Miss June the 4 1864

            Dear sister i take up my pen to say i am well the horses is poor and the rations short

            ---

            Marietta Ga June 20 1864

            Dear Martha

            we have moved agin and the mail is slow

            your brother til death
            S Drake
            """;

    @Test
    void theBeforeTheDayIsRead() {
        assertEquals(Optional.of("1864-06-04"), DateParser.parse("June the 4 1864"));
        assertEquals(Optional.of("1863-12-18"), DateParser.parse("Dec the 18 1863"));
    }

    @Test
    void aLongCampNameAndItsDateMakeADateline() throws Exception {
        Document d = convert(CAMP);
        assertEquals(List.of("1864-06-04", "1864-06-20"), values(d, SENT + "/t:date/@when"),
                "'Camp on the Big Black River Miss June the 4 1864' is a dateline of eleven words");
    }

    @Test
    void aSalutationRunIntoTheTextOpensALetter() throws Exception {
        Document d = convert(CAMP);
        assertEquals(2, values(d, "//t:correspDesc").size(), "'Dear sister i take up my pen …' and 'Dear Martha' open letters");
    }

    @Test
    void theCollectionsAuthorWritesTheLettersNoSignatureNames() throws Exception {
        Document d = convert(CAMP);
        assertEquals("SILAS DRAKE", values(d, SENT + "/t:persName").get(0), "the first letter is unsigned");
    }

    @Test
    void aTitleNamingTheWritersKinByNameOnItsSecondLineNamesTheAddressee() throws Exception {
        Document d = convert(CAMP);
        assertEquals(List.of("HIS SISTER MARTHA", "HIS SISTER MARTHA"), values(d, RECEIVED + "/t:persName"));
    }

    @Test
    void aRunOnSalutationNamesOneWordNotTheText() throws Exception {
        Document d = convert(CAMP.replace("TO HIS SISTER MARTHA, 1864", "1864"));
        assertEquals(List.of("sister", "Martha"), values(d, RECEIVED + "/t:persName"));
    }
}
