package org.teikit.validate;

/**
 * How a text report sets off its key words: plainly by default; the command line colours them on a terminal.
 * Each method is given the word as printed and returns it as it should be printed.
 */
public interface TextStyle {
    TextStyle PLAIN = new TextStyle() {};

    /** A message's severity word: {@code error}, {@code warning}, {@code fatal}. */
    default String severity(Severity severity, String word) {
        return word;
    }

    /** A summary's count of valid or invalid files: {@code 3 valid}, {@code 0 invalid}. */
    default String verdict(boolean valid, int count, String words) {
        return words;
    }
}
