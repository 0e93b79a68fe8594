package org.teikit.convert.speech;

import nu.xom.Element;
import org.teikit.tei.Tei;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The people one document mentions, each declared once with every surface form seen; becomes
 * {@code particDesc/listPerson}. Ids come from the corpus-wide {@link PersonRegistry}.
 */
public final class People {
    private final PersonRegistry registry;
    private final Map<String, Entry> byId = new LinkedHashMap<>();

    public People(PersonRegistry registry) {
        this.registry = registry;
    }

    public People() {
        this(PersonRegistry.standard());
    }

    /** Records that the document names a person this way; returns the person's id. */
    public String use(String surface) {
        Person p = registry.resolve(surface);
        Entry e = byId.computeIfAbsent(p.id(), id -> new Entry(p));
        String form = surface.replaceAll("\\s+", " ").strip().replaceAll("[,:;]+$", "");
        if (!form.isEmpty()) e.forms.add(form);
        return p.id();
    }

    /**
     * Declares a person under an id the caller chose (a speaker whose name variants the document's own
     * evidence grouped), with the printed forms; returns the id.
     */
    public String declare(String id, java.util.List<String> forms) {
        Entry e = byId.computeIfAbsent(id, k -> new Entry(registry.byId(k).orElse(new Person(k, forms.get(0), java.util.List.of()))));
        for (String f : forms) {
            String form = f.replaceAll("\\s+", " ").strip();
            if (!form.isEmpty()) e.forms.add(form);
        }
        return id;
    }

    /** The id of a known person if the surface form names one, without recording it. */
    public Optional<String> known(String surface) {
        return registry.find(surface).map(Person::id);
    }

    /** Records a role ({@code interpreter}, {@code recorder}, {@code translator}, {@code sender} …). */
    public void role(String id, String role) {
        Entry e = byId.get(id);
        if (e != null && role != null && !role.isBlank()) e.roles.add(role.strip());
    }

    /** Records an occupation or title as the source gives it ({@code Soviet interpreter}). */
    public void occupation(String id, String occupation) {
        Entry e = byId.get(id);
        if (e != null && occupation != null && !occupation.isBlank()) e.occupations.add(occupation.strip());
    }

    public boolean isEmpty() { return byId.isEmpty(); }

    public Set<String> ids() { return byId.keySet(); }

    public Element listPerson() {
        Element list = Tei.el("listPerson");
        for (Entry e : byId.values()) {
            Element person = Tei.el("person", Tei.at("xml:id", e.person.id()));
            if (!e.roles.isEmpty()) Tei.attr(person, "role", String.join(" ", e.roles));
            Set<String> forms = new LinkedHashSet<>();
            if (registry.byId(e.person.id()).isPresent()) forms.add(e.person.name());
            forms.addAll(e.forms);
            for (String f : forms) {
                Element pn = Tei.text("persName", f);
                if (f.equals(e.person.name()) && registry.byId(e.person.id()).isPresent()) Tei.attr(pn, "type", "standard");
                person.appendChild(pn);
            }
            for (String o : e.occupations) person.appendChild(Tei.text("occupation", o));
            list.appendChild(person);
        }
        return list;
    }

    private static final class Entry {
        final Person person;
        final Set<String> forms = new LinkedHashSet<>();
        final Set<String> roles = new LinkedHashSet<>();
        final Set<String> occupations = new LinkedHashSet<>();

        Entry(Person person) { this.person = person; }
    }
}
