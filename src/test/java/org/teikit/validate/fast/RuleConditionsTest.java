package org.teikit.validate.fast;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The necessary conditions read from small Schematron schemas, compiled by teikit's own Schematron path (SchXslt's
 * output read back from its cache): asserts and reports, polarity, what is read from paths, and the conservative
 * fallbacks (a rule whose tests are not understood may fire wherever its context matches; a stylesheet with a rule
 * on another kind of node is not screened). Each expected condition was worked out by hand from the test.
 */
class RuleConditionsTest {
    private static final String T = "{http://www.tei-c.org/ns/1.0}";

    @TempDir
    Path dir;

    /** The conditions of one pattern's rules. */
    private List<String> conditions(String rules) throws Exception {
        return read(rules).rules().stream().map(r -> r.when().toString()).toList();
    }

    private RuleConditions read(String rules) throws Exception {
        return read(rules, "");
    }

    private RuleConditions read(String rules, String schemaLevel) throws Exception {
        Path here = Files.createTempDirectory(dir, "schema");
        return RuleConditions.of(SchxsltOutput.ofSchema("""
                <schema xmlns="http://purl.oclc.org/dsdl/schematron" queryBinding="xslt2">
                  <ns prefix="tei" uri="http://www.tei-c.org/ns/1.0"/>
                  <ns prefix="xs" uri="http://www.w3.org/2001/XMLSchema"/>
                  %s
                  <pattern>%s</pattern>
                </schema>""".formatted(schemaLevel, rules), here));
    }

    private static String rule(String context, String body) {
        return "<rule context=\"" + context + "\">" + body + "</rule>";
    }

    @Test
    void aReportFiresWhenItsTestHoldsAnAssertWhenItFails() throws Exception {
        assertEquals(List.of("(self " + T + "ref and attribute target and attribute cRef)"),
                conditions(rule("tei:ref", "<report test=\"@target and @cRef\">both</report>")));
        assertEquals(List.of("(self " + T + "ref and (no attribute target or no attribute cRef))"),
                conditions(rule("tei:ref", "<assert test=\"@target and @cRef\">both</assert>")));
        assertEquals(List.of("(self " + T + "lg and no descendant " + T + "lg and no descendant " + T + "l)"),
                conditions(rule("tei:lg", "<assert test=\"count(descendant::tei:lg|descendant::tei:l) &gt; 0\">verse</assert>")));
        assertEquals(List.of("(self " + T + "p and (ancestor " + T + "p or ancestor " + T + "ab) and no parent " + T + "note)"),
                conditions(rule("tei:p", "<report test=\"(ancestor::tei:p or ancestor::tei:ab) and not(parent::tei:note)\">nested</report>")));
    }

    @Test
    void severalTestsOfARuleAreAlternatives() throws Exception {
        assertEquals(List.of("(self " + T + "span and ((attribute from and attribute target) or (attribute to and no attribute from)))"),
                conditions(rule("tei:span", "<report test=\"@from and @target\">a</report>"
                        + "<report test=\"@to and not(@from)\">b</report>")));
    }

    @Test
    void aPathWithAPredicateTellsSomethingOnlyWhenItMustBeNonEmpty() throws Exception {
        // non-empty: it has such an ancestor, whatever the predicate; empty: nothing follows (the predicate may fail)
        assertEquals(List.of("(self " + T + "p and ancestor " + T + "div)"),
                conditions(rule("tei:p", "<report test=\"ancestor::tei:div[@type = 'x']\">in x</report>")));
        assertEquals(List.of("self " + T + "p"),
                conditions(rule("tei:p", "<assert test=\"ancestor::tei:div[@type = 'x']\">in x</assert>")));
        // a count that must be above one needs one at least
        assertEquals(List.of("(self " + T + "dimensions and child " + T + "width)"),
                conditions(rule("tei:dimensions", "<report test=\"count(tei:width) gt 1\">two</report>")));
    }

    @Test
    void contextsAreReadFromTheMatchPattern() throws Exception {
        assertEquals(List.of("(self " + T + "* and attribute when and (attribute from or attribute to))"),
                conditions(rule("tei:*[@when]", "<report test=\"@from|@to\">x</report>")));
        assertEquals(List.of("(self " + T + "list and value type='gloss' and no child " + T + "label)"),
                conditions(rule("tei:list[@type='gloss']", "<assert test=\"tei:label\">x</assert>")));
        assertEquals(List.of("((self " + T + "line and ancestor " + T + "facsimile) or self " + T + "zone)"),
                conditions(rule("tei:facsimile//tei:line | tei:zone", "<report test=\"true()\">x</report>")));
        // an attribute context: the element that carries it; its tests are not read (they are about the attribute)
        assertEquals(List.of("(attribute to and self " + T + "rt)"),
                conditions(rule("tei:rt/@to", "<assert test=\"../@from\">x</assert>")));
    }

    @Test
    void textFirstChildAndNamesakeSiblingsAreFacts() throws Exception {
        assertEquals(List.of("(self " + T + "idno and no text **)"),
                conditions(rule("tei:idno", "<report test=\"normalize-space(.) eq ''\">empty</report>")));
        assertEquals(List.of("(self " + T + "msIdentifier and first_child " + T + "idno)"),
                conditions(rule("tei:msIdentifier", "<report test=\"child::*[1]/self::tei:idno\">x</report>")));
        assertEquals(List.of("(self " + T + "history and preceding_namesake **)"),
                conditions(rule("tei:history", "<let name=\"gi\" value=\"name(.)\"/>"
                        + "<report test=\"preceding-sibling::*[name(.) eq $gi]\">two</report>")));
        // current() is the rule context
        assertEquals(List.of("(self " + T + "l and ancestor " + T + "l)"),
                conditions(rule("tei:l", "<report test=\"ancestor::tei:l[not(.//tei:l[. = current()])]\">x</report>")));
    }

    @Test
    void whatMayRaiseAnErrorOrIsNotUnderstoodLeavesOnlyTheContext() throws Exception {
        String context = "self " + T + "p";
        for (String body : List.of(
                "<let name=\"n\" value=\"xs:integer(@n)\"/><report test=\"@rend and $n gt 3\">cast in a let</report>",
                "<report test=\"@rend and (@n cast as xs:integer) gt 2\">cast</report>",
                "<report test=\"@rend and @n &gt; 2\">an untyped value compared with a number</report>",
                "<assert test=\"id(substring(@corresp, 2))\">id()</assert>",
                "<report test=\"@rend and matches(@n, '[0-9]')\">a function not read</report>",
                "<report test=\"@rend and //tei:div\">the whole document</report>",
                "<report test=\"@rend and normalize-space(tei:hi) = ''\">a string of several nodes</report>",
                "<report test=\"@rend and following::tei:p\">an axis not read is unknown, but safe: the rest holds</report>")) {
            List<String> read = conditions(rule("tei:p", body));
            if (body.contains("following::")) assertEquals(List.of("(" + context + " and attribute rend)"), read, body);
            else assertEquals(List.of(context), read, body);
        }
        // a variable of the schema (a global xsl:variable): not declared to the tests, so not read
        assertEquals(List.of(context), read(rule("tei:p", "<report test=\"@rend = $g\">global</report>"),
                "<let name=\"g\" value=\"'x'\"/>").rules().stream().map(r -> r.when().toString()).toList());
    }

    @Test
    void aRuleOnCommentsTextOrTheDocumentLeavesTheStylesheetUnscreened() throws Exception {
        for (String context : List.of("comment()", "text()", "/", "processing-instruction()", "node()")) {
            RuleConditions r = read(rule(context, "<report test=\"true()\">x</report>"));
            assertNull(r.rules(), context);
            assertNotNull(r.unscreened(), context);
        }
        // a pattern over other documents: SchXslt applies its rules to them too
        Path here = Files.createTempDirectory(dir, "documents");
        RuleConditions other = RuleConditions.of(SchxsltOutput.ofSchema("""
                <schema xmlns="http://purl.oclc.org/dsdl/schematron" queryBinding="xslt2">
                  <ns prefix="tei" uri="http://www.tei-c.org/ns/1.0"/>
                  <pattern documents="'other.xml'"><rule context="tei:p"><report test="@n">x</report></rule></pattern>
                </schema>""", here));
        assertNull(other.rules(), "a pattern with @documents");
    }

    @Test
    void currentIsRewrittenOutsideStringLiteralsOnly() {
        String v = "$Q{urn:teikit:screen}current";
        assertEquals(". = " + v, RuleConditions.withCurrent(". = current()"));
        assertEquals("'current()' = " + v + "/@n", RuleConditions.withCurrent("'current()' = current()/@n"));
        assertEquals("my:current()", RuleConditions.withCurrent("my:current()"));
        assertEquals(v, RuleConditions.withCurrent("fn:current( )"));
        assertTrue(RuleConditions.withCurrent("'unclosed current()").endsWith("current()"));
    }
}
