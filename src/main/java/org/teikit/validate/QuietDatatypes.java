package org.teikit.validate;

import com.thaiopensource.datatype.Datatype2;
import com.thaiopensource.datatype.DatatypeLibraryLoader;
import org.relaxng.datatype.Datatype;
import org.relaxng.datatype.DatatypeBuilder;
import org.relaxng.datatype.DatatypeException;
import org.relaxng.datatype.DatatypeLibrary;
import org.relaxng.datatype.DatatypeLibraryFactory;
import org.relaxng.datatype.DatatypeStreamingValidator;
import org.relaxng.datatype.ValidationContext;

/**
 * Jing's datatype libraries, except that a value failing a datatype says so without saying why.
 *
 * <p>Jing asks every alternative of a choice of datatypes why a value fails it, and words the answer, whether or not
 * the value then matches another alternative: for TEI's dates (a choice of eight XML Schema types) that is seven
 * localized messages per {@code @when}, about a third of the time tei_all validation takes. Whether a value is valid
 * does not change, so neither do verdicts or error positions; only the wording of a failed value is missing, marked
 * by {@link #MARK}. {@link Validator} validates each file with these first and again with Jing's own datatypes when a
 * message carries the mark, so the messages users see are Jing's.
 */
final class QuietDatatypes implements DatatypeLibraryFactory {
    /** Stands for the wording of a failed value; no XML 1.0 document can contain U+FFFF. */
    static final String MARK = "\uFFFFteikit: unworded datatype failure\uFFFF";

    private final DatatypeLibraryFactory jing = new DatatypeLibraryLoader();

    @Override
    public DatatypeLibrary createDatatypeLibrary(String namespace) {
        DatatypeLibrary library = jing.createDatatypeLibrary(namespace);
        return library == null ? null : new Library(library);
    }

    private record Library(DatatypeLibrary jing) implements DatatypeLibrary {
        @Override
        public DatatypeBuilder createDatatypeBuilder(String name) throws DatatypeException {
            return new Builder(jing.createDatatypeBuilder(name));
        }

        @Override
        public Datatype createDatatype(String name) throws DatatypeException {
            return quiet(jing.createDatatype(name));
        }
    }

    private record Builder(DatatypeBuilder jing) implements DatatypeBuilder {
        @Override
        public void addParameter(String name, String value, ValidationContext context) throws DatatypeException {
            jing.addParameter(name, value, context);   // a bad facet in the schema keeps Jing's wording
        }

        @Override
        public Datatype createDatatype() throws DatatypeException {
            return quiet(jing.createDatatype());
        }
    }

    static Datatype quiet(Datatype jing) {
        return jing instanceof Datatype2 d2 ? new Quiet2(d2) : new Quiet(jing);
    }

    /** Delegates everything, equality included (Jing shares patterns with equal datatypes), but the failure's words. */
    private static class Quiet implements Datatype {
        final Datatype jing;

        Quiet(Datatype jing) {
            this.jing = jing;
        }

        @Override
        public void checkValid(String value, ValidationContext context) throws DatatypeException {
            if (!jing.isValid(value, context)) throw Unworded.INSTANCE;
        }

        @Override public boolean isValid(String value, ValidationContext context) { return jing.isValid(value, context); }
        @Override public DatatypeStreamingValidator createStreamingValidator(ValidationContext c) { return jing.createStreamingValidator(c); }
        @Override public Object createValue(String value, ValidationContext context) { return jing.createValue(value, context); }
        @Override public boolean sameValue(Object a, Object b) { return jing.sameValue(a, b); }
        @Override public int valueHashCode(Object value) { return jing.valueHashCode(value); }
        @Override public int getIdType() { return jing.getIdType(); }
        @Override public boolean isContextDependent() { return jing.isContextDependent(); }
        @Override public boolean equals(Object o) { return o instanceof Quiet q && q.jing.equals(jing); }
        @Override public int hashCode() { return jing.hashCode(); }
        @Override public String toString() { return jing.toString(); }
    }

    private static final class Quiet2 extends Quiet implements Datatype2 {
        Quiet2(Datatype2 jing) {
            super(jing);
        }

        @Override
        public boolean alwaysValid() {
            return ((Datatype2) jing).alwaysValid();
        }
    }

    /** One shared, stackless exception: Jing reads only its message and index. */
    private static final class Unworded extends DatatypeException {
        static final Unworded INSTANCE = new Unworded();

        private Unworded() {
            super(MARK);
        }

        @Override
        public synchronized Throwable fillInStackTrace() {
            return this;
        }
    }
}
