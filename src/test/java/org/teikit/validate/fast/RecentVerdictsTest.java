package org.teikit.validate.fast;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.thaiopensource.datatype.xsd.DatatypeLibraryFactoryImpl;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.relaxng.datatype.Datatype;
import org.relaxng.datatype.DatatypeException;
import org.relaxng.datatype.ValidationContext;

class RecentVerdictsTest {
    private static final String XSD = "http://www.w3.org/2001/XMLSchema-datatypes";

    @Test
    void rememberedVerdictsAreReturnedAndOthersAreUnknown() {
        RecentVerdicts v = new RecentVerdicts();
        v.put("1944-06-12", true);
        v.put("June 1944", false);

        assertEquals(1, v.get("1944-06-12"));
        assertEquals(0, v.get("June 1944"));
        assertEquals(RecentVerdicts.UNKNOWN, v.get("1944-06-13"));
    }

    @Test
    void aValueIsMatchedByContentNotByIdentity() {
        RecentVerdicts v = new RecentVerdicts();
        v.put(new String("letter"), true);

        assertEquals(1, v.get(new StringBuilder("let").append("ter").toString()));
    }

    @Test
    void longValuesAreNotKept() {
        RecentVerdicts v = new RecentVerdicts();
        String longest = "x".repeat(RecentVerdicts.MAX_LENGTH), tooLong = longest + "x";
        v.put(longest, true);
        v.put(tooLong, true);

        assertEquals(1, v.get(longest));
        assertEquals(RecentVerdicts.UNKNOWN, v.get(tooLong));
    }

    @Test
    void aValueTakingAnotherValuesSlotReplacesItWithoutBeingConfusedWithIt() {
        RecentVerdicts v = new RecentVerdicts();
        // "Aa" and "BB" have the same String hash, so they share a slot
        v.put("Aa", true);
        v.put("BB", false);

        assertEquals(0, v.get("BB"));
        assertEquals(RecentVerdicts.UNKNOWN, v.get("Aa"));
    }

    /** Counts the checks that reach Jing's datatype. */
    private static final class Counting implements Datatype {
        final Datatype jing;
        final List<String> asked = new ArrayList<>();

        Counting(Datatype jing) { this.jing = jing; }

        @Override public boolean isValid(String s, ValidationContext c) { asked.add(s); return jing.isValid(s, c); }
        @Override public void checkValid(String s, ValidationContext c) throws DatatypeException { asked.add(s); jing.checkValid(s, c); }
        @Override public org.relaxng.datatype.DatatypeStreamingValidator createStreamingValidator(ValidationContext c) { return jing.createStreamingValidator(c); }
        @Override public Object createValue(String s, ValidationContext c) { return jing.createValue(s, c); }
        @Override public boolean sameValue(Object a, Object b) { return jing.sameValue(a, b); }
        @Override public int valueHashCode(Object o) { return jing.valueHashCode(o); }
        @Override public int getIdType() { return jing.getIdType(); }
        @Override public boolean isContextDependent() { return jing.isContextDependent(); }
    }

    private static Counting xsd(String type) throws DatatypeException {
        return new Counting(new DatatypeLibraryFactoryImpl().createDatatypeLibrary(XSD).createDatatype(type));
    }

    @Test
    void aDatePassesJingsCheckOnceAndKeepsItsVerdictsAfterwards() throws DatatypeException {
        Counting date = xsd("date");
        RememberedDatatypes.Remembered stable = new RememberedDatatypes.Remembered(date, RecentVerdicts.worthKeeping(date));

        for (int i = 0; i < 3; i++) {
            assertEquals(true, stable.isValid("1944-06-12", null));
            assertEquals(false, stable.isValid("1944-02-30", null));   // no 30 February: Jing's calendar check
            stable.checkValid("1944-06-12", null);
        }

        assertEquals(List.of("1944-06-12", "1944-02-30"), date.asked);
    }

    @Test
    void aFailedValueIsStillWordedByJing() throws DatatypeException {
        Counting date = xsd("date");
        RememberedDatatypes.Remembered stable = new RememberedDatatypes.Remembered(date, RecentVerdicts.worthKeeping(date));
        stable.isValid("June 1944", null);

        DatatypeException e = assertThrows(DatatypeException.class, () -> stable.checkValid("June 1944", null));
        String jings = assertThrows(DatatypeException.class, () -> date.jing.checkValid("June 1944", null)).getMessage();

        assertEquals(jings, e.getMessage());
    }

    @Test
    void idValuesAreUniqueSoTheirVerdictsAreNotKept() throws DatatypeException {
        Counting id = xsd("ID");
        RememberedDatatypes.Remembered stable = new RememberedDatatypes.Remembered(id, RecentVerdicts.worthKeeping(id));

        stable.isValid("p1", null);
        stable.isValid("p1", null);

        assertEquals(List.of("p1", "p1"), id.asked);
    }
}
