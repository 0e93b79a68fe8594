package org.teikit.convert.dates;

/**
 * A date found in running text: the ISO value for {@code @when} (at the precision the text gives) and
 * where it was in the text.
 */
public record IsoDate(String iso, int start, int end) {}
