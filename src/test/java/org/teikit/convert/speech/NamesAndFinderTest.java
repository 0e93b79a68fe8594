package org.teikit.convert.speech;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.*;

class NamesAndFinderTest {
    private final PersonRegistry registry = PersonRegistry.standard();
    private final NameFinder finder = NameFinder.standard();

    @Test
    void anEditorsBracketedGlossDoesNotChangeWhoIsNamed() {
        assertEquals("Filippov", Names.clean("Filippov [Stalin]"));
        assertEquals("stalin", registry.resolve("Filippov [Stalin]").id());
        assertEquals("fedorenko", registry.resolve("[Soviet translator N.T.] Fedorenko").id());
    }

    @Test
    void printedFormsOfOnePersonShareTheId() {
        for (String form : new String[] {"MaoZedong", "MAO ZEDONG", "Comrade Mao Zedong", "comr. Mao Zedong"}) {
            assertEquals("mao-zedong", registry.resolve(form).id(), form);
        }
        assertEquals("vyshinsky", registry.resolve("A.Vyshinskii").id());
        assertEquals("kumykin", registry.resolve("Kumykin").id());
    }

    @Test
    void findsTheLongestKnownNameWithItsHonorificButNotAPossessive() {
        var m = finder.at("comrade Stalin answers", 0).orElseThrow();
        assertEquals("comrade Stalin", m.surface());
        assertEquals("stalin", m.id());
        assertEquals("Zhou Enlai", finder.at("Zhou Enlai's request", 0).orElseThrow().surface());
        assertEquals("I.V. STALIN", finder.at("I.V. STALIN AND", 0).orElseThrow().surface());
        assertTrue(finder.at("China needs peace", 0).isEmpty());
    }
}
