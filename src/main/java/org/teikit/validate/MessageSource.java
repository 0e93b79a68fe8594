package org.teikit.validate;

/** Which check produced a message. */
public enum MessageSource {
    /** RELAX NG (Jing). */
    GRAMMAR,
    /** Schematron (SchXslt2 on Saxon). */
    SCHEMATRON,
    /** The XML parser: malformed XML, refused entities and DTDs, unreadable files. */
    WELLFORMEDNESS,
    /** The schema a document names could not be used (missing, broken, remote without a local copy): no verdict. */
    SCHEMA,
    /** An {@code xi:include} could not be followed (remote, a loop, too deep, a missing file): the document was not
     *  assembled, so no verdict. Only with XInclude on ({@link Schemas.Builder#xinclude}). */
    INCLUDE;

    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
