package org.teikit.validate.fast;

import com.thaiopensource.datatype.Datatype2;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.relaxng.datatype.Datatype;
import org.relaxng.datatype.DatatypeException;
import org.relaxng.datatype.DatatypeStreamingValidator;
import org.relaxng.datatype.ValidationContext;

/**
 * Wraps each datatype of one grammar so that it remembers its recent verdicts ({@link RecentVerdicts}), where that is
 * worth it: TEI repeats the same short values across a corpus, and Jing checks a date against each of the eight types
 * of a choice. Verdicts and wording stay Jing's; equal datatypes share their verdicts.
 */
class RememberedDatatypes implements UnaryOperator<Datatype> {
    private final Map<Datatype, Optional<RecentVerdicts>> verdicts = new HashMap<>();   // Jing's equality

    @Override
    public Datatype apply(Datatype jing) {
        Optional<RecentVerdicts> kept;
        synchronized (verdicts) {   // a schema compiles on one thread; this keeps a shared wrapper safe all the same
            kept = verdicts.computeIfAbsent(jing, d -> Optional.ofNullable(RecentVerdicts.worthKeeping(d)));
        }
        return wrap(jing, kept.orElse(null));
    }

    /** The wrapper for one of Jing's datatypes; a subclass may change how failures are reported. */
    Remembered wrap(Datatype jing, RecentVerdicts verdicts) {
        return jing instanceof Datatype2 d2 ? new Remembered2(d2, verdicts) : new Remembered(jing, verdicts);
    }

    /**
     * Delegates everything to Jing's datatype, equality included, and keeps its verdicts in {@code verdicts}. It
     * forwards as the core's {@code StableDatatypes} does: the two wrappers stand on either side of the seam, and a
     * base class for both would have to be public API of {@code validate}.
     */
    static class Remembered implements Datatype {
        final Datatype jing;
        private final RecentVerdicts verdicts;

        /** @param verdicts where this datatype's verdicts are kept, or null to ask Jing every time */
        Remembered(Datatype jing, RecentVerdicts verdicts) {
            this.jing = jing;
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
            if (known != RecentVerdicts.UNKNOWN) return known == 1;
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
        @Override public boolean equals(Object o) { return o instanceof Remembered r && r.jing.equals(jing); }
        @Override public int hashCode() { return jing.hashCode(); }
        @Override public String toString() { return jing.toString(); }
    }

    static class Remembered2 extends Remembered implements Datatype2 {
        Remembered2(Datatype2 jing, RecentVerdicts verdicts) {
            super(jing, verdicts);
        }

        @Override
        public boolean alwaysValid() {
            return ((Datatype2) jing).alwaysValid();
        }
    }
}
