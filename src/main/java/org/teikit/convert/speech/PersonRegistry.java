package org.teikit.convert.speech;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The corpus-wide registry of people (from {@code persons.tsv}), so that Stalin is {@code #stalin} in
 * every file whatever the source calls him. Unknown names get an id derived from the name; a surname
 * alone resolves to a known person when exactly one known person has it.
 */
public final class PersonRegistry {
    private static final PersonRegistry STANDARD = load();

    private final Map<String, Person> byKey;
    private final Map<String, List<Person>> bySurname;
    private final Map<String, Person> byId;
    /**
     * Answers of {@link #find} by surface form. The finder asks at every capitalised word, the same few
     * names recur thousands of times in a corpus, and keying a name costs several regex passes. The
     * registry is immutable, so the answers never change; shared by all threads; bounded, so that a
     * long batch cannot grow it without limit (past the bound, names are looked up as before).
     */
    private final Map<String, Optional<Person>> found = new ConcurrentHashMap<>();
    static final int FOUND_LIMIT = 50_000;

    PersonRegistry(List<Person> people) {
        Map<String, Person> keys = new HashMap<>();
        Map<String, List<Person>> surnames = new HashMap<>();
        Map<String, Person> ids = new LinkedHashMap<>();
        for (Person p : people) {
            ids.put(p.id(), p);
            keys.put(Names.key(p.name()), p);
            for (String v : p.variants()) keys.put(Names.key(v), p);
            String[] parts = Names.key(p.name()).split(" ");
            surnames.computeIfAbsent(parts[parts.length - 1], k -> new ArrayList<>()).add(p);
        }
        this.byKey = keys;
        this.bySurname = surnames;
        this.byId = ids;
    }

    public static PersonRegistry standard() {
        return STANDARD;
    }

    /** The known person a surface form names, if any. */
    public Optional<Person> find(String surface) {
        Optional<Person> known = found.get(surface);
        if (known != null) return known;
        known = lookUp(surface);
        if (found.size() < FOUND_LIMIT) found.put(surface, known);
        return known;
    }

    private Optional<Person> lookUp(String surface) {
        String key = Names.key(surface);
        if (key.isEmpty()) return Optional.empty();
        Person p = byKey.get(key);
        if (p != null) return Optional.of(p);
        String[] parts = key.split(" ");
        List<Person> same = bySurname.getOrDefault(parts[parts.length - 1], List.of());
        return same.size() == 1 && (parts.length == 1) ? Optional.of(same.get(0)) : Optional.empty();
    }

    /** The person a surface form names: known, or a new person whose id derives from the name. */
    public Person resolve(String surface) {
        return find(surface).orElseGet(() -> {
            String clean = Names.titleCase(Names.clean(surface));
            return new Person(Names.id(clean), clean, List.of());
        });
    }

    /** How many answers {@link #find} keeps (for tests of its bound). */
    int remembered() {
        return found.size();
    }

    public Optional<Person> byId(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    private static PersonRegistry load() {
        List<Person> people = new ArrayList<>();
        try (InputStream in = PersonRegistry.class.getResourceAsStream("persons.tsv")) {
            if (in == null) throw new IllegalStateException("persons.tsv missing from the classpath");
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line; (line = r.readLine()) != null; ) {
                if (line.isBlank() || line.startsWith("#")) continue;
                String[] f = line.split("\t");
                List<String> variants = f.length > 2 ? List.of(f[2].split("\\|")) : List.of();
                people.add(new Person(f[0], f[1], variants));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new PersonRegistry(people);
    }
}
