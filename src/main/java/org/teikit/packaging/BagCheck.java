package org.teikit.packaging;

import org.teikit.tei.XmlFiles;
import org.teikit.validate.FileResult;
import org.teikit.validate.Message;
import org.teikit.validate.SchemaException;
import org.teikit.validate.Schemas;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Checks a bag an edition was packaged into, long after: its fixity ({@link Fixity}: every checksum, Payload-Oxum,
 * no file missing or extra), then the TEI in {@code data/tei/} against the schemas it names (in the bag's
 * {@code data/schema/}). Both are always checked, so that every problem is named at once.
 */
public final class BagCheck {
    /** What was found; every problem names its file relative to the bag's folder. */
    public record Verification(List<Problem> fixity, List<Problem> validity, int teiFiles) {
        public Verification {
            fixity = List.copyOf(fixity);
            validity = List.copyOf(validity);
        }

        public boolean sound() {
            return fixity.isEmpty() && validity.isEmpty();
        }
    }

    private BagCheck() {}

    /**
     * @param schematronCache where compiled Schematron is kept between runs, or null for nowhere
     * @throws IOException when the bag's folder cannot be read at all
     */
    public static Verification verify(Path bag, Path schematronCache) throws IOException {
        if (!Files.isDirectory(bag)) throw new java.nio.file.NoSuchFileException(bag.toString(), null, "no such folder");
        Path root = bag.toAbsolutePath().normalize();
        List<Problem> fixity = Fixity.check(root);
        List<Problem> validity = new ArrayList<>();
        Path tei = root.resolve("data/tei");
        if (!Files.isDirectory(tei)) {
            validity.add(new Problem("data/tei", "missing: the bag holds no TEI to validate"));
            return new Verification(fixity, validity, 0);
        }
        List<Path> files = XmlFiles.under(tei);
        try {
            Schemas.Builder schemas = Schemas.builder();
            if (schematronCache != null) schemas.schematronCache(schematronCache);
            for (FileResult r : ValidationRecord.of(root, files, schemas.build()).invalid()) {
                for (Message m : r.messages()) {
                    if (!m.severity().failsFile()) continue;
                    String where = m.line() > 0 ? m.line() + (m.column() > 0 ? ":" + m.column() : "") + ": " : "";
                    validity.add(new Problem(r.file(), where + m.severity().label() + ": " + m.text()));
                }
                if (r.messages().stream().noneMatch(m -> m.severity().failsFile())) validity.add(new Problem(r.file(), "invalid"));
            }
        } catch (SchemaException e) {
            validity.add(new Problem("data/tei", "the TEI cannot be validated: " + e.getMessage()));
        }
        return new Verification(fixity, validity, files.size());
    }
}
