package org.teikit.validate.fast;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A necessary condition for a Schematron rule to report something on an element, over what a SAX pass knows of the
 * element by its end tag: its name, its attributes, its parent's name, its ancestors', its children's and its
 * descendants' names. {@link RuleConditions} derives one per rule; {@link ScreenCheck} evaluates them. Immutable.
 * A condition that does not hold proves the rule silent there; one that holds proves nothing.
 */
abstract sealed class Condition {
    static final Condition TRUE = new Constant(true);
    static final Condition FALSE = new Constant(false);

    /** What an atom asks about the element. */
    enum Fact {
        SELF, PARENT, ANCESTOR, CHILD, DESCENDANT, ATTRIBUTE, VALUE,
        /** its first child element matches */
        FIRST_CHILD,
        /** a preceding sibling element matches and has the element's local name */
        PRECEDING_NAMESAKE,
        /** text other than whitespace among its descendants (the name is ANY) */
        TEXT
    }

    /**
     * A name test: {@code uri} null for any namespace, {@code local} null for any local name (both null: any element,
     * or any attribute). An attribute in no namespace has the uri "".
     */
    record Name(String uri, String local) {
        static final Name ANY = new Name(null, null);

        boolean matches(String u, String l) {
            return (uri == null || uri.equals(u)) && (local == null || local.equals(l));
        }

        @Override
        public String toString() {
            return (uri == null ? "*" : uri.isEmpty() ? "" : "{" + uri + "}") + (local == null ? "*" : local);
        }
    }

    /** What the element is asked about: answered by {@link ScreenCheck} for the element being closed. */
    interface Element {
        /** Whether the fact holds with a node matching {@code test} (ids given by {@link ScreenCheck.Tests}). */
        boolean has(Fact fact, int test);
    }

    abstract boolean holds(Element e);

    /** Calls {@code into} with every atom, so that their names can be given ids. */
    abstract void atoms(java.util.function.Consumer<Atom> into);

    static Condition atom(Fact fact, Name name) {
        return new Atom(fact, name, null, true, -1);
    }

    /** The negation of an atom: "has no …". */
    static Condition none(Fact fact, Name name) {
        return new Atom(fact, name, null, false, -1);
    }

    /** "Has the attribute {@code name} (an exact name) with the value {@code value}", or, not {@code positive}, not so. */
    static Condition value(Name name, String value, boolean positive) {
        return new Atom(Fact.VALUE, name, value, positive, -1);
    }

    static Condition and(Condition a, Condition b) {
        if (a == FALSE || b == FALSE) return FALSE;
        if (a == TRUE) return b;
        if (b == TRUE) return a;
        List<Condition> parts = new ArrayList<>();
        for (Condition c : new Condition[] {a, b}) {
            if (c instanceof All all) parts.addAll(all.parts);
            else parts.add(c);
        }
        return new All(parts);
    }

    static Condition or(Condition a, Condition b) {
        if (a == TRUE || b == TRUE) return TRUE;
        if (a == FALSE) return b;
        if (b == FALSE) return a;
        List<Condition> parts = new ArrayList<>();
        for (Condition c : new Condition[] {a, b}) {
            if (c instanceof Any any) parts.addAll(any.parts);
            else parts.add(c);
        }
        return new Any(parts);
    }

    /** The same condition with each atom's name test given its id. */
    abstract Condition bound(java.util.function.ToIntFunction<Atom> ids);

    static final class Constant extends Condition {
        private final boolean value;

        private Constant(boolean value) {
            this.value = value;
        }

        @Override boolean holds(Element e) { return value; }
        @Override void atoms(java.util.function.Consumer<Atom> into) {}
        @Override Condition bound(java.util.function.ToIntFunction<Atom> ids) { return this; }
        @Override public String toString() { return value ? "true" : "false"; }
    }

    /** "Has a {@code fact} node matching {@code name}" (or, not {@code positive}, has none). */
    static final class Atom extends Condition {
        final Fact fact;
        final Name name;
        final String value;   // of Fact.VALUE
        final boolean positive;
        private final int test;

        private Atom(Fact fact, Name name, String value, boolean positive, int test) {
            this.fact = fact;
            this.name = name;
            this.value = value;
            this.positive = positive;
            this.test = test;
        }

        /** The atom's test, whatever its sign: what {@link ScreenCheck} numbers. */
        Object test() {
            return fact == Fact.VALUE ? java.util.List.of(name, value) : name;
        }

        @Override
        boolean holds(Element e) {
            return e.has(fact, test) == positive;
        }

        @Override
        void atoms(java.util.function.Consumer<Atom> into) {
            into.accept(this);
        }

        @Override
        Condition bound(java.util.function.ToIntFunction<Atom> ids) {
            return new Atom(fact, name, value, positive, ids.applyAsInt(this));
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Atom a && a.fact == fact && a.name.equals(name) && Objects.equals(a.value, value)
                    && a.positive == positive;
        }

        @Override
        public int hashCode() {
            return Objects.hash(fact, name, value, positive);
        }

        @Override
        public String toString() {
            return (positive ? "" : "no ") + fact.name().toLowerCase(java.util.Locale.ROOT) + " " + name
                    + (value == null ? "" : "='" + value + "'");
        }
    }

    static final class All extends Condition {
        final List<Condition> parts;

        private All(List<Condition> parts) {
            this.parts = List.copyOf(parts);
        }

        @Override
        boolean holds(Element e) {
            for (Condition c : parts) {
                if (!c.holds(e)) return false;
            }
            return true;
        }

        @Override
        void atoms(java.util.function.Consumer<Atom> into) {
            for (Condition c : parts) c.atoms(into);
        }

        @Override
        Condition bound(java.util.function.ToIntFunction<Atom> ids) {
            return new All(parts.stream().map(c -> c.bound(ids)).toList());
        }

        @Override
        public String toString() {
            return "(" + String.join(" and ", parts.stream().map(Object::toString).toList()) + ")";
        }
    }

    static final class Any extends Condition {
        final List<Condition> parts;

        private Any(List<Condition> parts) {
            this.parts = List.copyOf(parts);
        }

        @Override
        boolean holds(Element e) {
            for (Condition c : parts) {
                if (c.holds(e)) return true;
            }
            return false;
        }

        @Override
        void atoms(java.util.function.Consumer<Atom> into) {
            for (Condition c : parts) c.atoms(into);
        }

        @Override
        Condition bound(java.util.function.ToIntFunction<Atom> ids) {
            return new Any(parts.stream().map(c -> c.bound(ids)).toList());
        }

        @Override
        public String toString() {
            return "(" + String.join(" or ", parts.stream().map(Object::toString).toList()) + ")";
        }
    }
}
