package org.teikit.packaging;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;
import java.util.Set;

/**
 * The descriptive fields of a bag's {@code bag-info.txt} (RFC 8493 §2.2.2) that a person chooses. The rest,
 * Payload-Oxum and Bag-Software-Agent, are what the bag is and who made it, so they are never taken from here.
 * Any field may be absent (null); the date, when absent, is the day of bagging (UTC).
 *
 * <p>An edition keeps its own in {@value #FILE_NAME} beside {@code tei/}: Java properties, UTF-8, keyed by the
 * bag-info labels themselves ({@code Source-Organization = …}), so there is no second vocabulary to learn.
 */
public record BagInfo(String sourceOrganization, String contactName, String externalDescription, LocalDate baggingDate) {
    public static final String FILE_NAME = "package.properties";
    static final String SOURCE_ORGANIZATION = "Source-Organization", CONTACT_NAME = "Contact-Name",
            EXTERNAL_DESCRIPTION = "External-Description", BAGGING_DATE = "Bagging-Date";

    public BagInfo {
        sourceOrganization = oneLine(sourceOrganization);
        contactName = oneLine(contactName);
        externalDescription = oneLine(externalDescription);
    }

    public static final BagInfo NONE = new BagInfo(null, null, null, null);

    /** These fields, each absent one taken from {@code fallback}. */
    public BagInfo or(BagInfo fallback) {
        return new BagInfo(
                sourceOrganization != null ? sourceOrganization : fallback.sourceOrganization,
                contactName != null ? contactName : fallback.contactName,
                externalDescription != null ? externalDescription : fallback.externalDescription,
                baggingDate != null ? baggingDate : fallback.baggingDate);
    }

    /** The fields an edition folder keeps in {@value #FILE_NAME}, or {@link #NONE} when it has none. */
    public static BagInfo readFrom(Path edition) throws IOException, BagException {
        Path file = edition.resolve(FILE_NAME);
        if (!Files.isRegularFile(file)) return NONE;
        Properties p = new Properties();
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            p.load(r);
        } catch (IllegalArgumentException e) {   // a malformed \\u escape
            throw new BagException(file + ": " + e.getMessage());
        }
        for (String key : p.stringPropertyNames()) {
            if (!Set.of(SOURCE_ORGANIZATION, CONTACT_NAME, EXTERNAL_DESCRIPTION, BAGGING_DATE).contains(key)) {
                throw new BagException(file + ": unknown field '" + key + "' (known: " + SOURCE_ORGANIZATION + ", "
                        + CONTACT_NAME + ", " + EXTERNAL_DESCRIPTION + ", " + BAGGING_DATE + ")");
            }
        }
        String date = p.getProperty(BAGGING_DATE);
        try {
            return new BagInfo(p.getProperty(SOURCE_ORGANIZATION), p.getProperty(CONTACT_NAME),
                    p.getProperty(EXTERNAL_DESCRIPTION), date == null ? null : LocalDate.parse(date.strip()));
        } catch (DateTimeParseException e) {
            throw new BagException(file + ": " + BAGGING_DATE + " must be a date as YYYY-MM-DD, not '" + date + "'");
        }
    }

    /** The fields present, by label, in the order bag-info.txt lists them. */
    Map<String, String> fields() {
        Map<String, String> m = new LinkedHashMap<>();
        if (sourceOrganization != null) m.put(SOURCE_ORGANIZATION, sourceOrganization);
        if (contactName != null) m.put(CONTACT_NAME, contactName);
        if (externalDescription != null) m.put(EXTERNAL_DESCRIPTION, externalDescription);
        return m;
    }

    /**
     * A value as one line: bagit-java writes each value as it is, and a line break inside one would end the field
     * and start a malformed one. Blank means absent.
     */
    private static String oneLine(String value) {
        if (value == null) return null;
        String s = value.replaceAll("\\s+", " ").strip();
        return s.isEmpty() ? null : s;
    }
}
