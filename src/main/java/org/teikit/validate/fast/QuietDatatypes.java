package org.teikit.validate.fast;

import com.thaiopensource.datatype.Datatype2;
import com.thaiopensource.datatype.DatatypeLibraryLoader;
import org.relaxng.datatype.Datatype;
import org.relaxng.datatype.DatatypeException;
import org.relaxng.datatype.DatatypeLibrary;
import org.relaxng.datatype.DatatypeLibraryFactory;
import org.relaxng.datatype.ValidationContext;

/**
 * Jing's datatypes, remembering their verdicts ({@link RememberedDatatypes}), except that a value failing a datatype
 * says so without saying why.
 *
 * <p>Jing asks every alternative of a choice of datatypes why a value fails it, and words the answer, whether or not
 * the value then matches another alternative: for TEI's dates (a choice of eight XML Schema types) that is seven
 * localized messages per {@code @when}, about a third of the time tei_all validation takes. Whether a value is valid
 * does not change, so neither do verdicts or error positions; only the wording of a failed value is missing, marked
 * by {@link #MARK}. The fast path validates each file with these first and again with Jing's own wording when a
 * message carries the mark ({@link FastPath#worded}), so the messages users see are Jing's.
 */
final class QuietDatatypes extends RememberedDatatypes {
    /** Stands for the wording of a failed value; no XML 1.0 document can contain U+FFFF. */
    static final String MARK = "\uFFFFteikit: unworded datatype failure\uFFFF";

    /** Jing's libraries, and the unions of a schema read through {@link DatatypeChoices}. */
    static DatatypeLibraryFactory libraries() {
        DatatypeLibraryFactory jing = new DatatypeLibraryLoader();
        return namespace -> {
            if (!namespace.equals(DatatypeUnions.NAMESPACE)) return jing.createDatatypeLibrary(namespace);
            DatatypeLibrary xsd = jing.createDatatypeLibrary(DatatypeUnions.XSD);
            return xsd == null ? null : new DatatypeUnions(xsd);
        };
    }

    @Override
    Remembered wrap(Datatype jing, RecentVerdicts verdicts) {
        return jing instanceof Datatype2 d2 ? new Quiet2(d2, verdicts) : new Quiet(jing, verdicts);
    }

    private static class Quiet extends Remembered {
        Quiet(Datatype jing, RecentVerdicts verdicts) {
            super(jing, verdicts);
        }

        @Override
        public void checkValid(String value, ValidationContext context) throws DatatypeException {
            if (!isValid(value, context)) throw Unworded.INSTANCE;
        }
    }

    private static final class Quiet2 extends Quiet implements Datatype2 {
        Quiet2(Datatype2 jing, RecentVerdicts verdicts) {
            super(jing, verdicts);
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
