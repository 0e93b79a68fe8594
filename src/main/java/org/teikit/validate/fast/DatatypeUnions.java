package org.teikit.validate.fast;

import java.util.ArrayList;
import java.util.List;
import org.relaxng.datatype.Datatype;
import org.relaxng.datatype.DatatypeBuilder;
import org.relaxng.datatype.DatatypeException;
import org.relaxng.datatype.DatatypeLibrary;
import org.relaxng.datatype.DatatypeStreamingValidator;
import org.relaxng.datatype.ValidationContext;
import org.relaxng.datatype.helpers.StreamingValidatorImpl;

/**
 * The datatype library of {@link DatatypeChoices}: one type, {@value #TYPE}, the union of XML Schema datatypes. Its
 * parameters list the alternatives in order: {@value #ALTERNATIVE} names a type and starts an alternative, any other
 * parameter is a facet of the current one. A value is valid when one alternative accepts it, as for Jing's choice;
 * why it fails is not said (the quick pass's failures are unworded, see {@link QuietDatatypes}).
 */
final class DatatypeUnions implements DatatypeLibrary {
    static final String NAMESPACE = "urn:teikit:datatype-choice";
    static final String TYPE = "choice";
    static final String ALTERNATIVE = "alternative";
    /** The library of the alternatives. */
    static final String XSD = "http://www.w3.org/2001/XMLSchema-datatypes";

    private final DatatypeLibrary xsd;

    /** @param xsd Jing's library for {@link #XSD} */
    DatatypeUnions(DatatypeLibrary xsd) {
        this.xsd = xsd;
    }

    @Override
    public DatatypeBuilder createDatatypeBuilder(String type) throws DatatypeException {
        if (!type.equals(TYPE)) throw new DatatypeException("teikit: no datatype \"" + type + "\" in " + NAMESPACE);
        return new DatatypeBuilder() {
            private final List<DatatypeBuilder> alternatives = new ArrayList<>();

            @Override
            public void addParameter(String name, String value, ValidationContext context) throws DatatypeException {
                if (name.equals(ALTERNATIVE)) {
                    alternatives.add(xsd.createDatatypeBuilder(value));
                } else if (alternatives.isEmpty()) {
                    throw new DatatypeException("teikit: facet \"" + name + "\" before any alternative");
                } else {
                    alternatives.get(alternatives.size() - 1).addParameter(name, value, context);
                }
            }

            @Override
            public Datatype createDatatype() throws DatatypeException {
                if (alternatives.size() < 2) throw new DatatypeException("teikit: a union needs two alternatives");
                List<Datatype> made = new ArrayList<>(alternatives.size());
                for (DatatypeBuilder b : alternatives) made.add(b.createDatatype());
                return new Union(made);
            }
        };
    }

    @Override
    public Datatype createDatatype(String type) throws DatatypeException {
        return createDatatypeBuilder(type).createDatatype();
    }

    /** Valid when an alternative is; its values are those of the first alternative that has the string as a value. */
    private record Union(List<Datatype> alternatives) implements Datatype {
        private record Value(int alternative, Object value) {}

        @Override
        public boolean isValid(String s, ValidationContext context) {
            for (Datatype d : alternatives) if (d.isValid(s, context)) return true;
            return false;
        }

        @Override
        public void checkValid(String s, ValidationContext context) throws DatatypeException {
            if (!isValid(s, context)) throw new DatatypeException();
        }

        @Override
        public DatatypeStreamingValidator createStreamingValidator(ValidationContext context) {
            return new StreamingValidatorImpl(this, context);
        }

        @Override
        public Object createValue(String s, ValidationContext context) {
            for (int i = 0; i < alternatives.size(); i++) {
                Object v = alternatives.get(i).createValue(s, context);
                if (v != null) return new Value(i, v);
            }
            return null;
        }

        @Override
        public boolean sameValue(Object a, Object b) {
            return a instanceof Value x && b instanceof Value y && x.alternative == y.alternative
                    && alternatives.get(x.alternative).sameValue(x.value, y.value);
        }

        @Override
        public int valueHashCode(Object value) {
            Value v = (Value) value;
            return alternatives.get(v.alternative).valueHashCode(v.value);
        }

        @Override
        public int getIdType() {
            return ID_TYPE_NULL;   // DatatypeChoices leaves out ID, IDREF and IDREFS
        }

        @Override
        public boolean isContextDependent() {
            for (Datatype d : alternatives) if (d.isContextDependent()) return true;
            return false;
        }
    }
}
