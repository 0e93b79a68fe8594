package org.teikit.cli;

import org.teikit.validate.report.JsonString;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A JSON document built in memory, then written once: the commands' {@code --format json} output. Objects keep
 * their members in the order put, so the output is stable; strings are escaped by {@link JsonString}, the one
 * escaper of teikit's JSON reports. Values: null, String, Path (its text), Boolean, Number, {@link Obj}, List,
 * {@link Raw} (JSON written elsewhere, such as validate's report).
 */
final class Json {
    private Json() {}

    static Obj object() {
        return new Obj();
    }

    /** An object whose members are written in the order they were put. */
    static final class Obj {
        private final Map<String, Object> members = new LinkedHashMap<>();

        Obj put(String name, Object value) {
            members.put(name, value);
            return this;
        }

        @Override
        public String toString() {
            StringBuilder b = new StringBuilder();
            write(this, b);
            return b.toString();
        }
    }

    /** Text that is already one JSON value, embedded as it is. */
    record Raw(String json) {}

    /** A new list, to fill as results arrive. */
    static List<Object> array() {
        return new ArrayList<>();
    }

    private static void write(Object v, StringBuilder b) {
        if (v == null) {
            b.append("null");
        } else if (v instanceof String s) {
            b.append(JsonString.quote(s));
        } else if (v instanceof Path p) {
            b.append(JsonString.quote(p.toString()));
        } else if (v instanceof Boolean || v instanceof Integer || v instanceof Long) {
            b.append(v);
        } else if (v instanceof Double d) {
            if (d.isNaN() || d.isInfinite()) throw new IllegalArgumentException("not a JSON number: " + d);
            b.append(d);
        } else if (v instanceof Raw r) {
            b.append(r.json().strip());
        } else if (v instanceof Obj o) {
            b.append('{');
            String sep = "";
            for (Map.Entry<String, Object> m : o.members.entrySet()) {
                b.append(sep).append(JsonString.quote(m.getKey())).append(':');
                write(m.getValue(), b);
                sep = ",";
            }
            b.append('}');
        } else if (v instanceof List<?> l) {
            b.append('[');
            String sep = "";
            for (Object e : l) {
                b.append(sep);
                write(e, b);
                sep = ",\n";       // one element a line: a long list stays readable, and diffable
            }
            b.append(']');
        } else {
            throw new IllegalArgumentException("not a JSON value: " + v.getClass().getName());
        }
    }
}
