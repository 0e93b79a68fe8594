package org.teikit.cli;

import org.teikit.packaging.BagCheck;
import org.teikit.packaging.BagException;
import org.teikit.packaging.BagInfo;
import org.teikit.packaging.EditionBag;
import org.teikit.packaging.Problem;
import org.teikit.validate.SchemaException;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.concurrent.Callable;

@Command(name = "package", mixinStandardHelpOptions = true,
        description = {"Package an edition folder as a BagIt bag (RFC 8493), or verify such a bag.",
                "data/ holds the TEI (tei/, with persons.xml), its schema, the sources, corpus.xml (a teiCorpus listing the"
                        + " documents), cmif.xml, the validation report (JSON and JUnit) and the fidelity report, and with"
                        + " --with-site the HTML site; bag-info.txt the fields below, else those of the edition's"
                        + " package.properties; manifest-sha512.txt and tagmanifest-sha512.txt the checksums.",
                "An edition with an invalid TEI file or a lost word is refused (exit 1, each file named) unless --allow-invalid.",
                "The bag is written beside OUT and renamed into place once complete: an interrupted run leaves no OUT."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:bag written; or, with --verify, every checksum, Payload-Oxum and file matches and the TEI is valid",
                "1:refused (invalid TEI or lost words); or, with --verify, a problem found (each named)",
                "2:usage or I/O error, OUT exists, unusable schema"})
public final class PackageCommand implements Callable<Integer> {

    @ArgGroup(exclusive = true, multiplicity = "1")
    Mode mode;

    static final class Mode {
        @Option(names = "--bag", paramLabel = "OUT", description = "Write the bag to the folder OUT (which must not exist, unless --replace).")
        Path bag;

        @Option(names = "--verify", paramLabel = "BAG", description = "Check the bag BAG: fixity, then the TEI's validity.")
        Path verify;
    }

    @Option(names = {"-C", "--directory"}, paramLabel = "DIR", defaultValue = ".",
            description = "The edition folder, holding tei/ (default: the current folder).")
    Path root;

    @Option(names = "--with-site", description = "Add the HTML site (site/) to the payload.")
    boolean withSite;

    @Option(names = "--allow-invalid", description = "Package even an edition with invalid TEI or lost words (the reports say which).")
    boolean allowInvalid;

    @Option(names = "--replace", description = "Replace a folder already at OUT, once the new bag is complete.")
    boolean replace;

    @Option(names = "--source-organization", paramLabel = "TEXT", description = "bag-info Source-Organization.")
    String sourceOrganization;

    @Option(names = "--contact-name", paramLabel = "TEXT", description = "bag-info Contact-Name.")
    String contactName;

    @Option(names = "--external-description", paramLabel = "TEXT", description = "bag-info External-Description.")
    String externalDescription;

    @Option(names = "--bagging-date", paramLabel = "YYYY-MM-DD", description = "bag-info Bagging-Date (default: today, UTC).")
    String baggingDate;

    @Option(names = "--no-cache", description = "Do not keep compiled Schematron between runs (see teikit validate --help).")
    boolean noCache;

    @Spec
    CommandSpec spec;

    @picocli.CommandLine.Mixin
    ColorOption color;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Path cache = noCache ? null : CacheFolder.locate(System.getenv()).map(d -> d.resolve("schematron")).orElse(null);
        try {
            return mode.verify != null ? verify(mode.verify, cache, out, err) : write(cache, out, err);
        } catch (BagException | SchemaException e) {
            err.println("teikit package: " + e.getMessage());
            return ExitCode.ERROR;
        } catch (IOException e) {
            err.println("teikit package: " + Failures.io(e));
            return ExitCode.ERROR;
        }
    }

    private int write(Path cache, PrintWriter out, PrintWriter err) throws IOException, SchemaException, BagException {
        LocalDate date;
        try {
            date = baggingDate == null ? null : LocalDate.parse(baggingDate);
        } catch (DateTimeParseException e) {
            err.println("teikit package: --bagging-date must be YYYY-MM-DD, not '" + baggingDate + "'");
            return ExitCode.ERROR;
        }
        EditionBag.Options options = EditionBag.Options.defaults()
                .withInfo(new BagInfo(sourceOrganization, contactName, externalDescription, date))
                .withSite(withSite).withAllowInvalid(allowInvalid).withReplaceExisting(replace).withSchematronCache(cache);
        EditionBag.Result r = EditionBag.write(root, mode.bag, options);
        print(err, "invalid", r.invalid(), root);
        print(err, "words lost", r.unfaithful(), root);
        if (r.refused()) {
            err.println("teikit package: refused, nothing written: " + r.invalid().size() + " invalid TEI files, "
                    + r.unfaithful().size() + " with words lost (--allow-invalid packages them with the reports)");
            return ExitCode.INVALID;
        }
        out.println("bag " + mode.bag + ": " + r.teiFiles() + " TEI files"
                + (r.invalid().isEmpty() && r.unfaithful().isEmpty() ? "" : ", packaged although invalid or unfaithful (see data/reports/)"));
        out.flush();
        return ExitCode.OK;
    }

    private int verify(Path bag, Path cache, PrintWriter out, PrintWriter err) throws IOException {
        BagCheck.Verification v = BagCheck.verify(bag, cache);
        print(err, "fixity", v.fixity(), bag);
        print(err, "invalid", v.validity(), bag);
        if (!v.sound()) {
            err.println("teikit package: " + bag + ": " + v.fixity().size() + " fixity problems, " + v.validity().size() + " validity problems");
            return ExitCode.INVALID;
        }
        out.println("bag " + bag + ": sound (every checksum, Payload-Oxum and file as listed; " + v.teiFiles() + " TEI files valid)");
        out.flush();
        return ExitCode.OK;
    }

    private void print(PrintWriter err, String label, List<Problem> problems, Path base) {
        Colour colour = color.err();
        for (Problem p : problems) err.println(base.resolve(p.file()) + ": " + colour.failure(label) + ": " + p.message());
        err.flush();
    }
}
