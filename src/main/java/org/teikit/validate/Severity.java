package org.teikit.validate;

/** How bad a message is. Only {@link #WARNING} leaves a file valid. */
public enum Severity {
    /** The file is not well-formed XML (or could not be read); nothing after this point was checked. */
    FATAL,
    ERROR,
    WARNING;

    /** The word used in reports: {@code fatal}, {@code error}, {@code warning} (Jing's words). */
    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    public boolean failsFile() {
        return this != WARNING;
    }
}
