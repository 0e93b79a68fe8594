package org.teikit.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * ISO Schematron's semantics, case by case: teikit's messages equal those of SchXslt2's plain pipeline
 * ({@link PlainSchxslt}), both with the whole stylesheet and with one narrowed to the document's names.
 */
class SchematronConformanceTest {
    @TempDir
    Path dir;

    private static String schema(String body) {
        return "<schema xmlns='http://purl.oclc.org/dsdl/schematron' queryBinding='xslt2'>\n" + body + "\n</schema>\n";
    }

    /** teikit's Schematron messages on {@code document}, after checking they are SchXslt2's plain pipeline's. */
    private List<PlainSchxslt.Result> sameAsSchxslt(String sch, String document) throws SchemaException {
        Path schema = TestFiles.write(dir, "rules.sch", sch);
        Path doc = TestFiles.write(dir, "doc.xml", document);
        List<PlainSchxslt.Result> expected = new PlainSchxslt(schema).validate(doc);
        Path cache = dir.resolve("cache");
        for (int run = 0; run < 2; run++) {   // the second run narrows the stylesheet from the cache to the document
            Schemas schemas = Schemas.builder().schema(schema).schematronCache(cache).documents(List.of(doc), 1).build();
            List<PlainSchxslt.Result> actual = schematron(schemas.newValidator().validate(doc));
            assertEquals(expected, actual, run == 0 ? "whole stylesheet" : "stylesheet narrowed to the document");
        }
        return expected;
    }

    private static List<PlainSchxslt.Result> schematron(FileResult r) {
        return r.messages().stream().filter(m -> m.source() == MessageSource.SCHEMATRON).map(PlainSchxslt.Result::of).toList();
    }

    private static List<String> texts(List<PlainSchxslt.Result> results) {
        return results.stream().map(PlainSchxslt.Result::text).toList();
    }

    @Test
    void onlyTheFirstRuleOfAPatternWhoseContextMatchesFires() throws SchemaException {
        var results = sameAsSchxslt(schema("""
                <pattern>
                  <rule context="b"><assert test="false()">first rule on b</assert></rule>
                  <rule context="*"><assert test="false()">later rule on *</assert></rule>
                </pattern>
                <pattern>
                  <rule context="@x"><report test="true()">first rule on @x</report></rule>
                  <rule context="@*"><report test="true()">later rule on @*</report></rule>
                </pattern>
                <pattern>
                  <rule context=".[@y]"><report test="true()">first rule on what has @y</report></rule>
                  <rule context="*"><report test="true()">later rule on <name/></report></rule>
                </pattern>"""), "<a y='1'>\n  <b x='1'/>\n</a>\n");
        assertEquals(List.of("later rule on *", "first rule on what has @y", "later rule on @*", "first rule on b",
                "later rule on b", "first rule on @x"), texts(results));
    }

    @Test
    void rulesOnCommentsProcessingInstructionsAttributesAndTextFire() throws SchemaException {
        var results = sameAsSchxslt(schema("""
                <pattern><rule context="comment()"><report test="true()">comment <value-of select="normalize-space(.)"/></report></rule></pattern>
                <pattern><rule context="processing-instruction()"><report test="true()">pi <value-of select="name()"/></report></rule></pattern>
                <pattern><rule context="@n"><report test="true()">attribute <value-of select="."/></report></rule></pattern>
                <pattern><rule context="text()[normalize-space()]"><report test="true()">text <value-of select="normalize-space(.)"/></report></rule></pattern>"""),
                "<?xml version='1.0'?>\n<!-- before -->\n<?before x?>\n<a>one<!-- inner -->two\n  <b n='1'><?inner y?>three</b>\n</a>\n<!-- after -->\n");
        assertEquals(List.of("comment before", "pi before", "text one", "comment inner", "text two", "attribute 1",
                "pi inner", "text three", "comment after"), texts(results));
    }

    @Test
    void aFlagIsNotASeverity() throws SchemaException {
        var results = sameAsSchxslt(schema("""
                <pattern><rule context="a">
                  <assert test="false()" flag="info">flagged info</assert>
                  <assert test="false()" role="warning" flag="fix">role warning</assert>
                </rule></pattern>"""), "<a/>");
        assertEquals(List.of(Severity.ERROR, Severity.WARNING), results.stream().map(PlainSchxslt.Result::severity).toList());
        FileResult r = Schemas.builder().schema(dir.resolve("rules.sch")).build().newValidator().validate(dir.resolve("doc.xml"));
        assertFalse(r.valid(), "a failed assertion flagged info still fails the file");
    }

    /**
     * SchXslt ends a run on a rule's dynamic error with a message that words it (its plain pipeline throws): teikit
     * reports that error, by its code and reason, for the document as a whole; never at the line of the stylesheet's
     * message instruction, which is no place in the document. The same on the whole and the narrowed stylesheets.
     */
    @Test
    void aDynamicErrorInARuleIsReportedWithItsReasonForTheWholeDocument() throws SchemaException {
        Path schema = TestFiles.write(dir, "rules.sch", schema(
                "<pattern><rule context='a'><assert test='xs:integer(@n) gt 0'>positive</assert></rule></pattern>")
                .replace("queryBinding='xslt2'>", "queryBinding='xslt2'><ns prefix='xs' uri='http://www.w3.org/2001/XMLSchema'/>"));
        Path doc = TestFiles.write(dir, "doc.xml", "<r>\n\n\n<a n='seven'/></r>");
        assertThrows(IllegalStateException.class, () -> new PlainSchxslt(schema).validate(doc), "SchXslt ends the run");
        Path cache = dir.resolve("cache");
        for (int run = 0; run < 2; run++) {
            FileResult r = Schemas.builder().schema(schema).schematronCache(cache).documents(List.of(doc), 1).build()
                    .newValidator().validate(doc);
            assertFalse(r.valid());
            assertEquals(1, r.messages().size(), r.messages().toString());
            Message m = r.messages().get(0);
            assertEquals(-1, m.line(), "not the stylesheet's line");
            assertTrue(m.text().endsWith("could not be evaluated on this document: a dynamic error (err:FORG0001):"
                    + " Cannot convert string \"seven\" to an integer"), m.text());
        }
    }

    @Test
    void aWarningRoleLeavesTheFileValid() throws SchemaException {
        sameAsSchxslt(schema("<pattern><rule context='a'><report test='true()' role='nonfatal'>noted</report></rule></pattern>"), "<a/>");
        FileResult r = Schemas.builder().schema(dir.resolve("rules.sch")).build().newValidator().validate(dir.resolve("doc.xml"));
        assertTrue(r.valid(), r.messages().toString());
    }

    @Test
    void theDefaultPhaseRunsItsActivePatternsOnly() throws SchemaException {
        var results = sameAsSchxslt("""
                <schema xmlns='http://purl.oclc.org/dsdl/schematron' queryBinding='xslt2' defaultPhase='quick'>
                  <phase id='quick'><active pattern='p1'/><let name='limit' value='2'/></phase>
                  <phase id='all'><active pattern='p1'/><active pattern='p2'/></phase>
                  <pattern id='p1'><rule context='a'><report test='count(*) &gt; $limit'>more than <value-of select='$limit'/></report></rule></pattern>
                  <pattern id='p2'><rule context='a'><report test='true()'>p2 ran</report></rule></pattern>
                </schema>
                """, "<a><b/><b/><b/></a>");
        assertEquals(List.of("more than 2"), texts(results));
    }

    @Test
    void letsAtEveryLevelAreEvaluatedInTheirScope() throws SchemaException {
        var results = sameAsSchxslt(schema("""
                <let name='g' value='count(//b)'/>
                <pattern>
                  <let name='p' value="'pattern'"/>
                  <rule context='b'>
                    <let name='r' value='@n * 10'/>
                    <report test='$r &gt; 10'><value-of select='$p'/>, <value-of select='$g'/>, <value-of select='$r'/></report>
                  </rule>
                </pattern>"""), "<a><b n='1'/><b n='2'/><b n='3'/></a>");
        assertEquals(List.of("pattern, 3, 20", "pattern, 3, 30"), texts(results));
    }

    @Test
    void abstractPatternsAndAbstractRulesWithExtendsAreInstantiated() throws SchemaException {
        var results = sameAsSchxslt(schema("""
                <pattern abstract='true' id='required'>
                  <rule context='$parent'><assert test='$child'><name/> lacks <value-of select="'$child'"/></assert></rule>
                </pattern>
                <pattern is-a='required'><param name='parent' value='a'/><param name='child' value='head'/></pattern>
                <pattern>
                  <rule abstract='true' id='named'><assert test='@name'><name/> has no name</assert></rule>
                  <rule context='b'><extends rule='named'/><assert test='@n'>b has no n</assert></rule>
                </pattern>"""), "<a><b/><b name='x' n='1'/></a>");
        assertEquals(List.of("a lacks head", "b has no name", "b has no n"), texts(results));
    }

    @Test
    void includedFragmentsAndExtendsHrefAreRead() throws SchemaException {
        TestFiles.write(dir, "pattern.sch", """
                <pattern xmlns='http://purl.oclc.org/dsdl/schematron'><rule context='b'><report test='true()'>included pattern</report></rule></pattern>
                """);
        TestFiles.write(dir, "rule.sch", """
                <rule xmlns='http://purl.oclc.org/dsdl/schematron' abstract='true' id='ext'><report test='true()'>extended from a file</report></rule>
                """);
        var results = sameAsSchxslt(schema("""
                <include href='pattern.sch'/>
                <pattern><rule context='a'><extends href='rule.sch'/></rule></pattern>"""), "<a><b/></a>");
        assertEquals(List.of("extended from a file", "included pattern"), texts(results));
    }
}
