package org.teikit.packaging;

import gov.loc.repository.bagit.creator.BagCreator;
import gov.loc.repository.bagit.domain.Bag;
import gov.loc.repository.bagit.domain.Metadata;
import gov.loc.repository.bagit.hash.StandardSupportedAlgorithms;
import gov.loc.repository.bagit.writer.BagWriter;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.List;
import java.util.Properties;

/**
 * Makes a folder of payload files into a bag with the Library of Congress's bagit-java: the payload moves into
 * {@code data/}, beside {@code bagit.txt}, {@code manifest-sha512.txt}, {@code bag-info.txt} and
 * {@code tagmanifest-sha512.txt}. SHA-512 alone: RFC 8493 §2.4 asks for SHA-512 (or SHA-256), and one algorithm
 * is hashed once.
 */
final class BagMaker {
    static final String BAG_SOFTWARE_AGENT = "Bag-Software-Agent";
    static final String BAGIT_JAVA_VERSION = bagitVersion();

    private BagMaker() {}

    /** Bags {@code folder} in place, its bag-info fields from {@code info}, dated {@code date}. */
    static Bag bagInPlace(Path folder, BagInfo info, LocalDate date) throws IOException {
        Metadata metadata = new Metadata();
        info.fields().forEach(metadata::add);
        metadata.add(BAG_SOFTWARE_AGENT, agent());
        try {
            // hidden files too: the folder holds exactly the payload, and a temporary folder's own name is hidden
            Bag bag = BagCreator.bagInPlace(folder, List.of(StandardSupportedAlgorithms.SHA512), true, metadata);
            // bagit-java dates a bag by the JVM's time zone and takes no date: the one asked for replaces it, and the
            // bag is written again so that the tag manifest covers the bag-info.txt that says so
            bag.getMetadata().remove(BagInfo.BAGGING_DATE);
            bag.getMetadata().add(BagInfo.BAGGING_DATE, date.toString());
            BagWriter.write(bag, folder);
            return bag;
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("this Java has no SHA-512", e);
        }
    }

    /** {@code teikit 0.1.0 (bagit-java 5.2.0)}. */
    static String agent() {
        return "teikit " + org.teikit.Teikit.VERSION + " (bagit-java " + BAGIT_JAVA_VERSION + ")";
    }

    private static String bagitVersion() {
        try (InputStream in = BagMaker.class.getResourceAsStream("/org/teikit/version.properties")) {
            Properties p = new Properties();
            if (in != null) p.load(in);
            return p.getProperty("bagit.version", "unknown");
        } catch (IOException e) {
            return "unknown";
        }
    }
}
