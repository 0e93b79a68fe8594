package org.teikit.convert;

/** The one documented failure of conversion: the source cannot be encoded (names file and line). */
public final class ConversionException extends Exception {
    public ConversionException(String message) {
        super(message);
    }
}
