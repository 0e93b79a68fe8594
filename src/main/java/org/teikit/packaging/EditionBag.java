package org.teikit.packaging;

import org.teikit.tei.AtomicFiles;
import org.teikit.tei.XmlFiles;
import org.teikit.validate.FileResult;
import org.teikit.validate.SchemaException;
import org.teikit.validate.Schemas;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/**
 * Packages an edition folder (the layout {@code build} makes: {@code tei/}, {@code schema/}, {@code sources/}) as a
 * BagIt bag (RFC 8493). The edition is validated and its words compared with its sources first; an edition with an
 * invalid TEI file or a lost word is refused unless asked otherwise (and then packaged with the reports that say so).
 * The bag is made in a temporary folder beside its destination and renamed into place once complete and verified,
 * so that an interrupted run leaves nothing at the destination that looks like a bag.
 */
public final class EditionBag {
    /**
     * @param info            bag-info fields; each absent one is taken from the edition's {@value BagInfo#FILE_NAME}
     * @param withSite        add the HTML site to the payload
     * @param allowInvalid    package even when a TEI file is invalid or a word lost
     * @param replaceExisting replace a bag (or an empty folder) already at the destination, once the new bag is complete
     * @param schematronCache where compiled Schematron is kept between runs, or null for nowhere
     */
    public record Options(BagInfo info, boolean withSite, boolean allowInvalid, boolean replaceExisting, Path schematronCache) {
        public Options {
            if (info == null) info = BagInfo.NONE;
        }

        public static Options defaults() {
            return new Options(BagInfo.NONE, false, false, false, null);
        }

        public Options withInfo(BagInfo i) { return new Options(i, withSite, allowInvalid, replaceExisting, schematronCache); }
        public Options withSite(boolean s) { return new Options(info, s, allowInvalid, replaceExisting, schematronCache); }
        public Options withAllowInvalid(boolean a) { return new Options(info, withSite, a, replaceExisting, schematronCache); }
        public Options withReplaceExisting(boolean r) { return new Options(info, withSite, allowInvalid, r, schematronCache); }
        public Options withSchematronCache(Path dir) { return new Options(info, withSite, allowInvalid, replaceExisting, dir); }
    }

    /**
     * What happened: the bag written, or refused (nothing written) because of the files named.
     *
     * @param invalid    TEI files that are not valid (relative to the edition), each with its first error
     * @param unfaithful sources whose TEI lost or added words, or that have no TEI file, each with why
     */
    public record Result(boolean written, List<Problem> invalid, List<Problem> unfaithful, int teiFiles) {
        public Result {
            invalid = List.copyOf(invalid);
            unfaithful = List.copyOf(unfaithful);
        }

        public boolean refused() {
            return !written;
        }
    }

    /** The payload is in the temporary folder; bagit-java has not yet made it a bag. */
    static final String PAYLOAD_WRITTEN = "payload";
    /** The temporary folder is a bag, not yet verified nor renamed into place. */
    static final String BAGGED = "bagged";

    /** Where a test interrupts a write: told each stage ({@link #PAYLOAD_WRITTEN}, {@link #BAGGED}) as it is reached. */
    @FunctionalInterface
    interface Interruption {
        void at(String stage) throws IOException;

        Interruption NONE = stage -> {};
    }

    private EditionBag() {}

    /**
     * @throws BagException a folder already at {@code bag} (and not to be replaced), a malformed
     *                      {@value BagInfo#FILE_NAME}, a file name no manifest can hold, or a bag that fails its own
     *                      verification
     * @throws SchemaException the schema the TEI names cannot be used
     */
    public static Result write(Path edition, Path bag, Options options) throws IOException, SchemaException, BagException {
        return write(edition, bag, options, Interruption.NONE);
    }

    static Result write(Path edition, Path bag, Options options, Interruption interruption)
            throws IOException, SchemaException, BagException {
        Path root = edition.toAbsolutePath().normalize();
        Path tei = root.resolve("tei");
        if (!Files.isDirectory(tei)) throw new BagException(edition + ": no tei folder, so not an edition folder");
        checkDestination(root, bag, options.replaceExisting());
        BagInfo info = options.info().or(BagInfo.readFrom(root));
        List<Path> teiFiles = XmlFiles.under(tei);

        Schemas.Builder schemas = Schemas.builder();
        if (options.schematronCache() != null) schemas.schematronCache(options.schematronCache());
        ValidationRecord validation = ValidationRecord.of(root, teiFiles, schemas.build());
        FidelityRecord fidelity = FidelityRecord.of(root);
        List<Problem> invalid = invalid(validation), unfaithful = unfaithful(fidelity);
        if ((!invalid.isEmpty() || !unfaithful.isEmpty()) && !options.allowInvalid()) {
            return new Result(false, invalid, unfaithful, teiFiles.size());
        }

        Payload payload = new Payload(root, teiFiles, validation, fidelity);
        List<String> unlistable = PayloadNames.unlistable(payload.copied().stream().map(PayloadNames::of).toList());
        if (!unlistable.isEmpty()) {
            throw new BagException(String.join(", ", unlistable) + ": a file name with '%', which bagit-java "
                    + BagMaker.BAGIT_JAVA_VERSION + " would not percent-encode in the manifest as RFC 8493 requires; rename it");
        }
        LocalDate date = info.baggingDate() != null ? info.baggingDate() : LocalDate.now(ZoneOffset.UTC);
        String title = info.externalDescription() != null ? info.externalDescription() : "TEI edition " + root.getFileName();
        try {
            AtomicFiles.<BagException>writeFolder(bag, options.replaceExisting() ? AtomicFiles.Existing.REPLACE : AtomicFiles.Existing.REFUSE,
                    folder -> {
                        payload.writeInto(folder, options.withSite(), title);
                        interruption.at(PAYLOAD_WRITTEN);
                        BagMaker.bagInPlace(folder, info, date);
                        interruption.at(BAGGED);
                        List<Problem> problems = Fixity.check(folder);
                        if (!problems.isEmpty()) {
                            throw new BagException("the bag fails its own verification, so it is not kept: " + problems);
                        }
                    });
        } catch (FileAlreadyExistsException e) {
            // a file where one of OUT's parent folders should be is that file's problem, not "OUT exists"
            if (e.getFile() == null || !Path.of(e.getFile()).toAbsolutePath().normalize().equals(bag.toAbsolutePath().normalize())) throw e;
            throw new BagException(bag + ": already exists (left as it is)", e);
        }
        return new Result(true, invalid, unfaithful, teiFiles.size());
    }

    /**
     * A folder already at the destination is refused, and replaced only when it is a bag (or empty): so a slip of
     * the destination cannot delete a folder of other work. Neither may the destination hold the edition itself, nor
     * lie in a folder of the edition that the bag copies (the next bag would hold this one).
     */
    private static void checkDestination(Path edition, Path bag, boolean replace) throws BagException {
        Path target = bag.toAbsolutePath().normalize();
        if (edition.startsWith(target)) throw new BagException(bag + ": the edition is in it, so the bag cannot be written there");
        for (String copied : List.of("tei", "schema", "sources")) {
            if (target.startsWith(edition.resolve(copied))) {
                throw new BagException(bag + ": inside the edition's " + copied + "/ folder, which the bag holds a copy of");
            }
        }
        if (!Files.exists(target, LinkOption.NOFOLLOW_LINKS)) return;
        if (!replace) throw new BagException(bag + ": already exists (left as it is)");
        String[] inside = target.toFile().list();
        boolean emptyOrBag = inside != null && (inside.length == 0 || Files.isRegularFile(target.resolve("bagit.txt")));
        if (!emptyOrBag) throw new BagException(bag + ": exists and is not a bag, so it is not replaced (left as it is)");
    }

    /** Each invalid TEI file with its first error. */
    private static List<Problem> invalid(ValidationRecord validation) {
        List<Problem> out = new ArrayList<>();
        for (FileResult r : validation.invalid()) {
            out.add(new Problem(r.file(), r.messages().stream().filter(m -> m.severity().failsFile()).findFirst()
                    .map(m -> (m.line() > 0 ? m.line() + ":" + m.column() + ": " : "") + m.text()).orElse("invalid")));
        }
        return out;
    }

    /** Each TEI file that lost or added words of its source (or is missing), with how many. */
    private static List<Problem> unfaithful(FidelityRecord fidelity) {
        List<Problem> out = new ArrayList<>();
        for (FidelityRecord.Entry e : fidelity.unfaithful()) {
            out.add(new Problem(e.tei(), e.problem() != null ? e.problem()
                    : e.report().lostWords() + " words of " + e.source() + " lost, " + e.report().addedWords() + " added"));
        }
        return out;
    }
}
