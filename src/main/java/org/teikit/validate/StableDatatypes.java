package org.teikit.validate;

import com.thaiopensource.datatype.Datatype2;
import com.thaiopensource.datatype.DatatypeLibraryLoader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.relaxng.datatype.Datatype;
import org.relaxng.datatype.DatatypeBuilder;
import org.relaxng.datatype.DatatypeException;
import org.relaxng.datatype.DatatypeLibrary;
import org.relaxng.datatype.DatatypeLibraryFactory;
import org.relaxng.datatype.DatatypeStreamingValidator;
import org.relaxng.datatype.ValidationContext;

/**
 * Jing's datatype libraries, each datatype with a hash code that is the same on every run: its rank among the
 * distinct datatypes of the schema, in the order the schema compiles them.
 *
 * <p>When a value fails a choice of datatypes (TEI's dates are a choice of eight), Jing gathers the failures in a
 * hash set and words them in the set's order. Its datatypes hash by identity, so that order, and with it the
 * message, changed from run to run and from thread to thread: a report could not be compared with the last one.
 * With these, the same schema and document give the same words every time. Nothing else changes: equality is
 * Jing's (equal datatypes share a rank, so hash codes stay consistent with it), and so are verdicts, which are
 * remembered ({@link Verdicts}) as the same values recur across a corpus.
 */
class StableDatatypes implements DatatypeLibraryFactory {
    private final DatatypeLibraryFactory jing = new DatatypeLibraryLoader();
    private final Map<Datatype, Integer> ranks = new HashMap<>();   // Jing's equality: equal datatypes, one rank
    private final List<Verdicts> verdictsByRank = new ArrayList<>();   // equal datatypes, same verdicts

    @Override
    public DatatypeLibrary createDatatypeLibrary(String namespace) {
        DatatypeLibrary library = library(namespace);
        return library == null ? null : new Library(library);
    }

    /** The library for a namespace, before its datatypes are wrapped: Jing's; a subclass may add its own. */
    DatatypeLibrary library(String namespace) {
        return jing.createDatatypeLibrary(namespace);
    }

    /** The wrapper for one of Jing's datatypes; a subclass may change how failures are reported. */
    Stable wrap(Datatype jing, int hash, Verdicts verdicts) {
        return jing instanceof Datatype2 d2 ? new Stable2(d2, hash, verdicts) : new Stable(jing, hash, verdicts);
    }

    private Datatype stable(Datatype jing) {
        int rank;
        Verdicts verdicts;
        synchronized (ranks) {   // a schema compiles on one thread; this keeps a shared factory safe all the same
            rank = ranks.computeIfAbsent(jing, d -> ranks.size());
            if (rank == verdictsByRank.size()) verdictsByRank.add(Verdicts.worthKeeping(jing));
            verdicts = verdictsByRank.get(rank);
        }
        return wrap(jing, 0x9E3779B9 * (rank + 1), verdicts);   // spread the ranks over the hash table
    }

    private final class Library implements DatatypeLibrary {
        private final DatatypeLibrary jing;

        Library(DatatypeLibrary jing) {
            this.jing = jing;
        }

        @Override
        public DatatypeBuilder createDatatypeBuilder(String name) throws DatatypeException {
            DatatypeBuilder builder = jing.createDatatypeBuilder(name);
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
            return stable(jing.createDatatype(name));
        }
    }

    /**
     * Delegates everything to Jing's datatype, equality included (Jing shares patterns with equal datatypes), and
     * remembers recent verdicts where that is worth it ({@link Verdicts#worthKeeping}).
     */
    static class Stable implements Datatype {
        final Datatype jing;
        private final int hash;
        private final Verdicts verdicts;

        /** @param verdicts where this datatype's verdicts are kept, or null to ask Jing every time */
        Stable(Datatype jing, int hash, Verdicts verdicts) {
            this.jing = jing;
            this.hash = hash;
            this.verdicts = verdicts;
        }

        /** Jing's wording when the value fails; a value remembered as valid is not checked again. */
        @Override
        public void checkValid(String value, ValidationContext context) throws DatatypeException {
            if (verdicts == null) {
                jing.checkValid(value, context);
            } else if (verdicts.get(value) != 1) {
                jing.checkValid(value, context);
                verdicts.put(value, true);
            }
        }

        @Override
        public boolean isValid(String value, ValidationContext context) {
            if (verdicts == null) return jing.isValid(value, context);
            int known = verdicts.get(value);
            if (known != Verdicts.UNKNOWN) return known == 1;
            boolean valid = jing.isValid(value, context);
            verdicts.put(value, valid);
            return valid;
        }

        @Override public DatatypeStreamingValidator createStreamingValidator(ValidationContext c) { return jing.createStreamingValidator(c); }
        @Override public Object createValue(String value, ValidationContext context) { return jing.createValue(value, context); }
        @Override public boolean sameValue(Object a, Object b) { return jing.sameValue(a, b); }
        @Override public int valueHashCode(Object value) { return jing.valueHashCode(value); }
        @Override public int getIdType() { return jing.getIdType(); }
        @Override public boolean isContextDependent() { return jing.isContextDependent(); }
        @Override public boolean equals(Object o) { return o instanceof Stable s && s.jing.equals(jing); }
        @Override public int hashCode() { return hash; }
        @Override public String toString() { return jing.toString(); }
    }

    static class Stable2 extends Stable implements Datatype2 {
        Stable2(Datatype2 jing, int hash, Verdicts verdicts) {
            super(jing, hash, verdicts);
        }

        @Override
        public boolean alwaysValid() {
            return ((Datatype2) jing).alwaysValid();
        }
    }
}
