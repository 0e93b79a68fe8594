package org.teikit.convert.dates;

/** The order a document writes a date in figures: day first ({@code 13/3/98}), month first ({@code 3/13/98}), or not shown. */
public enum NumericOrder { DAY_FIRST, MONTH_FIRST, UNKNOWN }
