package org.teikit.validate;

import java.util.Objects;

/**
 * One diagnostic about one file. {@code line} and {@code column} are 1-based; -1 when unknown.
 *
 * @param file the file as the user named it (so reports point where the user looks)
 */
public record Message(String file, int line, int column, Severity severity, String text, MessageSource source) {

    public Message {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(source, "source");
    }

    /** {@code file:line:column: severity: text}, the format of Jing's command line. */
    @Override
    public String toString() {
        return toString(TextStyle.PLAIN);
    }

    /** As {@link #toString()}, the severity word set off by {@code style}. */
    public String toString(TextStyle style) {
        StringBuilder b = new StringBuilder(file);
        if (line > 0) {
            b.append(':').append(line);
            if (column > 0) b.append(':').append(column);
        }
        return b.append(": ").append(style.severity(severity, severity.label())).append(": ").append(text).toString();
    }
}
