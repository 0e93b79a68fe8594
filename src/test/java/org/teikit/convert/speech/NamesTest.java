package org.teikit.convert.speech;

import org.junit.jupiter.api.Test;
import org.teikit.convert.speech.Names;
import org.teikit.convert.speech.People;
import org.teikit.convert.speech.PersonRegistry;

import static org.junit.jupiter.api.Assertions.*;

class NamesTest {
    private final PersonRegistry registry = PersonRegistry.standard();

    @Test
    void honorificsInitialsCapitalsAndOcrJoinsNameTheSamePerson() {
        for (String form : new String[] {"Comrade Stalin", "Marshal I. V. Stalin", "J. STALIN", "STALIN", "comr. Stalin", "Stalin"}) {
            assertEquals("stalin", registry.resolve(form).id(), form);
        }
        assertEquals("mao-zedong", registry.resolve("MaoZedong").id());
        assertEquals("mao-zedong", registry.resolve("Comrade Mao Zedong").id());
    }

    @Test
    void transliterationVariantsAreListedOnce() {
        assertEquals("vyshinsky", registry.resolve("Vyshinskii").id());
        assertEquals("vyshinsky", registry.resolve("A. Y. Vyshinsky").id());
    }

    @Test
    void unknownPeopleGetReadableStableIds() {
        assertEquals("ivan-petrov", registry.resolve("Comrade Ivan Petrov").id());
        assertEquals("Ivan Petrov", registry.resolve("IVAN PETROV").name());
        assertEquals("zhou-enlai", Names.id("Zhou Enlai"));
    }

    @Test
    void keysFoldAccentsAndCaseAsciiOrNot() {
        assertEquals("zhou enlai", Names.key("Zhōu Ēnlái"));
        assertEquals("tito", Names.key("Tító"));
        assertEquals("molotov", Names.key("V. M. MOLOTOV,"));
        assertEquals("chiang kai shek", Names.key("Generalissimo Chiang Kai-shek"));
        assertEquals("filippov", Names.key("Filippov [Stalin]"));
        assertEquals("mao zedong", Names.key("Mao\u00a0 Zedong;"));
        assertEquals("zhou enlai", Names.key("ZhouEnlai"));
        assertEquals("lozovskii", Names.key("Lozovskii\u0301"));          // a lone combining accent
    }

    @Test
    void aDocumentDeclaresEachPersonOnceWithEverySurfaceForm() {
        People people = new People(registry);
        people.use("Comrade Stalin");
        people.use("Stalin");
        people.use("Comrade Stalin");
        people.use("Zhou Enlai");
        var list = people.listPerson();
        assertEquals(2, list.getChildElements().size());
        var stalin = list.getChildElements().get(0);
        assertEquals("stalin", stalin.getAttributeValue("id", "http://www.w3.org/XML/1998/namespace"));
        assertEquals(3, stalin.getChildElements("persName", "http://www.tei-c.org/ns/1.0").size());  // standard + 2 forms
    }
}
