package org.teikit.validate;

import com.thaiopensource.datatype.Datatype2;
import com.thaiopensource.datatype.DatatypeLibraryLoader;
import java.util.HashMap;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.relaxng.datatype.Datatype;
import org.relaxng.datatype.DatatypeBuilder;
import org.relaxng.datatype.DatatypeException;
import org.relaxng.datatype.DatatypeLibrary;
import org.relaxng.datatype.DatatypeLibraryFactory;
import org.relaxng.datatype.DatatypeStreamingValidator;
import org.relaxng.datatype.ValidationContext;

/**
 * Datatype libraries (Jing's, or the fast path's) with each datatype given a hash code that is the same on every run:
 * its rank among the distinct datatypes of the schema, in the order the schema compiles them.
 *
 * <p>When a value fails a choice of datatypes (TEI's dates are a choice of eight), Jing gathers the failures in a
 * hash set and words them in the set's order. Its datatypes hash by identity, so that order, and with it the
 * message, changed from run to run and from thread to thread: a report could not be compared with the last one.
 * With these, the same schema and document give the same words every time. Nothing else changes: equality, verdicts
 * and wording are the wrapped datatype's (equal datatypes share a rank, so hash codes stay consistent with equality).
 */
final class StableDatatypes implements DatatypeLibraryFactory {
    private final DatatypeLibraryFactory libraries;
    private final UnaryOperator<Datatype> wrapper;
    private final Map<Datatype, Integer> ranks = new HashMap<>();   // Jing's equality: equal datatypes, one rank

    /** Jing's own datatypes. */
    StableDatatypes() {
        this(new DatatypeLibraryLoader(), UnaryOperator.identity());
    }

    /**
     * @param libraries where the datatypes come from
     * @param wrapper   applied to each datatype made (the fast path's keep verdicts), keeping its equality
     */
    StableDatatypes(DatatypeLibraryFactory libraries, UnaryOperator<Datatype> wrapper) {
        this.libraries = libraries;
        this.wrapper = wrapper;
    }

    @Override
    public DatatypeLibrary createDatatypeLibrary(String namespace) {
        DatatypeLibrary library = libraries.createDatatypeLibrary(namespace);
        return library == null ? null : new Library(library);
    }

    private Datatype stable(Datatype made) {
        int rank;
        synchronized (ranks) {   // a schema compiles on one thread; this keeps a shared factory safe all the same
            rank = ranks.computeIfAbsent(made, d -> ranks.size());
        }
        int hash = 0x9E3779B9 * (rank + 1);   // spread the ranks over the hash table
        Datatype wrapped = wrapper.apply(made);
        return wrapped instanceof Datatype2 d2 ? new Stable2(d2, hash) : new Stable(wrapped, hash);
    }

    private final class Library implements DatatypeLibrary {
        private final DatatypeLibrary wrapped;

        Library(DatatypeLibrary wrapped) {
            this.wrapped = wrapped;
        }

        @Override
        public DatatypeBuilder createDatatypeBuilder(String name) throws DatatypeException {
            DatatypeBuilder builder = wrapped.createDatatypeBuilder(name);
            return new DatatypeBuilder() {
                @Override
                public void addParameter(String param, String value, ValidationContext context) throws DatatypeException {
                    builder.addParameter(param, value, context);   // a bad facet in the schema keeps Jing's wording
                }

                @Override
                public Datatype createDatatype() throws DatatypeException {
                    return stable(builder.createDatatype());
                }
            };
        }

        @Override
        public Datatype createDatatype(String name) throws DatatypeException {
            return stable(wrapped.createDatatype(name));
        }
    }

    /** Delegates everything to the wrapped datatype, equality included (Jing shares patterns with equal datatypes). */
    private static class Stable implements Datatype {
        final Datatype wrapped;
        private final int hash;

        Stable(Datatype wrapped, int hash) {
            this.wrapped = wrapped;
            this.hash = hash;
        }

        @Override public void checkValid(String value, ValidationContext context) throws DatatypeException { wrapped.checkValid(value, context); }
        @Override public boolean isValid(String value, ValidationContext context) { return wrapped.isValid(value, context); }
        @Override public DatatypeStreamingValidator createStreamingValidator(ValidationContext c) { return wrapped.createStreamingValidator(c); }
        @Override public Object createValue(String value, ValidationContext context) { return wrapped.createValue(value, context); }
        @Override public boolean sameValue(Object a, Object b) { return wrapped.sameValue(a, b); }
        @Override public int valueHashCode(Object value) { return wrapped.valueHashCode(value); }
        @Override public int getIdType() { return wrapped.getIdType(); }
        @Override public boolean isContextDependent() { return wrapped.isContextDependent(); }
        @Override public boolean equals(Object o) { return o instanceof Stable s && s.wrapped.equals(wrapped); }
        @Override public int hashCode() { return hash; }
        @Override public String toString() { return wrapped.toString(); }
    }

    private static final class Stable2 extends Stable implements Datatype2 {
        Stable2(Datatype2 wrapped, int hash) {
            super(wrapped, hash);
        }

        @Override
        public boolean alwaysValid() {
            return ((Datatype2) wrapped).alwaysValid();
        }
    }
}
