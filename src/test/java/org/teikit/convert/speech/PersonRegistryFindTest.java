package org.teikit.convert.speech;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** find remembers its answers per surface form: asked again, or past its bound, it answers the same. */
class PersonRegistryFindTest {
    private static List<Person> people() {
        return List.of(new Person("stalin", "Joseph Stalin", List.of("Stalin", "Filippov")),
                new Person("mao-zedong", "Mao Zedong", List.of("Mao Tse-tung")),
                new Person("zhou-enlai", "Zhou Enlai", List.of()));
    }

    private static Optional<String> id(PersonRegistry r, String surface) {
        return r.find(surface).map(Person::id);
    }

    @Test
    void everySurfaceFormKeepsItsOwnAnswer() {
        PersonRegistry r = new PersonRegistry(people());
        for (int round = 0; round < 3; round++) {
            assertEquals(Optional.of("stalin"), id(r, "Comrade Stalin"));
            assertEquals(Optional.of("stalin"), id(r, "FILIPPOV"));
            assertEquals(Optional.of("mao-zedong"), id(r, "MaoZedong"));
            assertEquals(Optional.of("mao-zedong"), id(r, "Mao Tse-tung"));
            assertEquals(Optional.of("zhou-enlai"), id(r, "Enlai"));        // a surname known once
            assertEquals(Optional.empty(), id(r, "Ivan Petrov"));
            assertEquals(Optional.empty(), id(r, "Comrade"));
            assertEquals(Optional.empty(), id(r, ""));
        }
        assertEquals(8, r.remembered());
    }

    @Test
    void pastItsBoundItStillAnswersButRemembersNoMore() {
        PersonRegistry r = new PersonRegistry(people());
        for (int i = 0; i < PersonRegistry.FOUND_LIMIT + 100; i++) {
            assertEquals(Optional.empty(), id(r, "Unknown Person" + i));
        }
        assertEquals(PersonRegistry.FOUND_LIMIT, r.remembered());
        assertEquals(Optional.of("stalin"), id(r, "Marshal Stalin"));
        assertEquals(Optional.of("stalin"), id(r, "Marshal Stalin"));
        assertEquals(PersonRegistry.FOUND_LIMIT, r.remembered());
    }
}
