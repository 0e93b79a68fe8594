package org.teikit.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StableDatatypesTest {
    @TempDir
    Path dir;

    /** @when as TEI types it: a choice of eight XML Schema types, which Jing words in the order of a hash set. */
    private static final String RNG = """
            <grammar xmlns="http://relaxng.org/ns/structure/1.0" ns="urn:teikit:test"
                     datatypeLibrary="http://www.w3.org/2001/XMLSchema-datatypes">
              <start>
                <element name="date">
                  <attribute name="when">
                    <choice>
                      <data type="date"/><data type="gYear"/><data type="gMonth"/><data type="gDay"/>
                      <data type="gYearMonth"/><data type="gMonthDay"/><data type="time"/><data type="dateTime"/>
                    </choice>
                  </attribute>
                  <text/>
                </element>
              </start>
            </grammar>
            """;

    private static final String PREFIX = "value of attribute \"when\" is invalid; ";

    private static List<String> alternatives(String message) {
        assertTrue(message.startsWith(PREFIX), message);
        return Arrays.stream(message.substring(PREFIX.length()).split(", | or ")).sorted().toList();
    }

    @Test
    void aFailedChoiceOfDatatypesIsWordedTheSameByEverySeparateCompilation() throws SchemaException {
        Path schema = TestFiles.write(dir, "when.rng", RNG);
        Path doc = TestFiles.write(dir, "when.xml", "<date xmlns='urn:teikit:test' when='May 1944'>May 1944</date>\n");

        List<String> texts = new ArrayList<>();
        for (int i = 0; i < 5; i++) {   // each build compiles anew: Jing's datatype objects, and their identities, differ
            FileResult r = Schemas.builder().schema(schema).build().newValidator().validate(doc);
            assertEquals(1, r.messages().size(), r.messages().toString());
            texts.add(r.messages().get(0).text());
        }

        assertEquals(1, texts.stream().distinct().count(), "one wording, not " + texts.stream().distinct().toList());
        assertEquals(8, alternatives(texts.get(0)).size(), texts.get(0));
    }

    @Test
    void theWordsAreJingsOwnOnlyTheirOrderIsFixed() throws SchemaException {
        Path schema = TestFiles.write(dir, "when.rng", RNG);
        Path doc = TestFiles.write(dir, "when.xml", "<date xmlns='urn:teikit:test' when='1944-13'>x</date>\n");

        String ours = Schemas.builder().schema(schema).build().newValidator().validate(doc).messages().get(0).text();
        String jings = JingDriver.validate(schema, List.of(doc)).get(doc).get(0).text();

        assertEquals(alternatives(jings), alternatives(ours));
    }
}
