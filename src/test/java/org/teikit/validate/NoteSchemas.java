package org.teikit.validate;

import java.nio.file.Path;

/** A tiny vocabulary with its schemas in every form the validator reads, written into a test's folder. */
final class NoteSchemas {
    static final String NS = "urn:teikit:test";

    static final String RNC = """
            default namespace = "urn:teikit:test"
            start = element note { attribute to { text }, text }
            """;

    static final String RNG = """
            <grammar xmlns="http://relaxng.org/ns/structure/1.0" ns="urn:teikit:test">
              <start><ref name="note"/></start>
              <define name="note">
                <element name="note"><attribute name="to"/><text/></element>
              </define>
            </grammar>
            """;

    /** Rules in the ISO namespace inside the grammar, as TEI's ODD-generated schemas carry them. */
    static final String RNG_WITH_RULES = """
            <grammar xmlns="http://relaxng.org/ns/structure/1.0" ns="urn:teikit:test"
                     xmlns:sch="http://purl.oclc.org/dsdl/schematron">
              <sch:ns prefix="n" uri="urn:teikit:test"/>
              <start><ref name="note"/></start>
              <define name="note">
                <element name="note"><attribute name="to"/><text/></element>
                <sch:pattern>
                  <sch:rule context="n:note">
                    <sch:assert test="normalize-space(.) != ''">A note must not be empty.</sch:assert>
                  </sch:rule>
                </sch:pattern>
              </define>
            </grammar>
            """;

    /** The same rules in the compact syntax: a grammar-level sch:ns and a pattern following the element. */
    static final String RNC_WITH_RULES = """
            default namespace = "urn:teikit:test"
            namespace sch = "http://purl.oclc.org/dsdl/schematron"

            sch:ns [ prefix = "n" uri = "urn:teikit:test" ]
            start = note
            note =
              element note { attribute to { text }, text }
              >> sch:pattern [
                   sch:rule [
                     context = "n:note"
                     sch:assert [ test = "normalize-space(.) != ''" "A note must not be empty." ]
                   ]
                 ]
            """;

    static final String SCH = """
            <schema xmlns="http://purl.oclc.org/dsdl/schematron" queryBinding="xslt2">
              <ns prefix="n" uri="urn:teikit:test"/>
              <pattern>
                <rule context="n:note">
                  <assert test="normalize-space(.) != ''">A note must not be empty.</assert>
                  <report test="@to = 'nobody'" role="nonfatal">Addressed to nobody.</report>
                </rule>
              </pattern>
            </schema>
            """;

    private NoteSchemas() {}

    static Path write(Path dir) {
        TestFiles.write(dir, "note.rnc", RNC);
        TestFiles.write(dir, "note.rng", RNG);
        TestFiles.write(dir, "note-with-rules.rng", RNG_WITH_RULES);
        TestFiles.write(dir, "note-with-rules.rnc", RNC_WITH_RULES);
        TestFiles.write(dir, "note.sch", SCH);
        return dir;
    }

    static String note(String prolog, String attributes, String text) {
        return "<?xml version=\"1.0\"?>\n" + prolog + "<note xmlns=\"urn:teikit:test\"" + attributes + ">" + text
                + "</note>\n";
    }

    static String xmlModel(String href, String schematypens) {
        return "<?xml-model href=\"" + href + "\" schematypens=\"" + schematypens + "\"?>\n";
    }

    static final String RNG_NS = "http://relaxng.org/ns/structure/1.0";
    static final String SCH_NS = "http://purl.oclc.org/dsdl/schematron";
}
