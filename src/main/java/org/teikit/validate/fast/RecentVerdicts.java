package org.teikit.validate.fast;

import com.thaiopensource.datatype.Datatype2;
import org.relaxng.datatype.Datatype;

/**
 * The recent verdicts of one datatype, by value: a direct-mapped table, each value in one slot, a newer value taking
 * the slot of an older one. TEI repeats the same short values across a corpus (dates, {@code @type}, {@code
 * @xml:lang}), and Jing checks a date against each of the eight types of a choice, each check costing a regular
 * expression and a calendar.
 *
 * <p>Shared by the threads of a batch without locks: a slot holds an immutable entry, so a thread reads either a
 * whole entry or none, and a lost write costs one check later. Only for datatypes whose verdict depends on the value
 * alone ({@code !isContextDependent()}); values longer than {@link #MAX_LENGTH} are not kept, as they seldom recur.
 */
final class RecentVerdicts {
    static final int MAX_LENGTH = 64;
    static final int UNKNOWN = -1;
    private static final int SLOTS = 1 << 13;

    private record Entry(String value, boolean valid) {}

    private Entry[] slots;   // made on first use: tei_all has hundreds of datatypes, most never used by a corpus

    /**
     * A table for a datatype whose verdict depends on the value alone and is not trivially true; null for others
     * (an ID's value is unique in its document, so not worth keeping).
     */
    static RecentVerdicts worthKeeping(Datatype d) {
        boolean pure = !d.isContextDependent() && d.getIdType() == Datatype.ID_TYPE_NULL;
        return pure && !(d instanceof Datatype2 d2 && d2.alwaysValid()) ? new RecentVerdicts() : null;
    }

    /** 1 valid, 0 invalid, {@link #UNKNOWN} if not remembered. */
    int get(String value) {
        Entry[] s = slots;
        Entry e = s == null ? null : s[slot(value)];
        return e == null || !e.value.equals(value) ? UNKNOWN : e.valid ? 1 : 0;
    }

    void put(String value, boolean valid) {
        if (value.length() > MAX_LENGTH) return;
        Entry[] s = slots;
        if (s == null) slots = s = new Entry[SLOTS];   // two threads may both make one: a few verdicts are lost
        s[slot(value)] = new Entry(value, valid);
    }

    private static int slot(String value) {
        int h = value.hashCode();
        return (h ^ (h >>> 16)) & (SLOTS - 1);
    }
}
