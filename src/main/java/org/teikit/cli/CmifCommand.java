package org.teikit.cli;

import org.teikit.edition.Cmif;
import org.teikit.edition.CmifException;
import org.teikit.tei.AtomicFiles;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

@Command(name = "cmif",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:CMIF file written", "2:usage or I/O error, a file that is not well-formed TEI"}, mixinStandardHelpOptions = true,
        description = {"Collect the letters' correspondence metadata (correspDesc) into one CMIF file.",
                "CMIF is the Correspondence Metadata Interchange Format of the TEI Correspondence SIG."})
public final class CmifCommand implements Callable<Integer> {

    @Parameters(paramLabel = "PATH", arity = "1..*", description = "TEI files, or folders searched for *.xml.")
    List<Path> paths;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", required = true, description = "The CMIF file to write.")
    Path output;

    @Option(names = "--title", paramLabel = "TEXT", description = "Title of the CMIF file (default: Correspondence metadata).")
    String title;

    @Option(names = "--base-url", paramLabel = "URL",
            description = "Address under which the TEI files are published; letters' @ref values start with it (default: relative addresses).")
    String baseUrl;

    @Option(names = "--date", paramLabel = "YYYY-MM-DD", description = "Publication date to record (default: none, so the output is reproducible).")
    String date;

    @Option(names = "--licence", paramLabel = "URL", description = {"Licence of the metadata.", "Default: ${DEFAULT-VALUE}"},
            defaultValue = Cmif.CC_BY)
    String licence;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @picocli.CommandLine.Mixin
    ColorOption color;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        if (date != null && !date.matches("\\d{4}(-\\d{2}(-\\d{2})?)?")) {
            err.println("teikit: --date must be YYYY, YYYY-MM or YYYY-MM-DD, not '" + date + "'");
            return ExitCode.ERROR;
        }
        try {
            Cmif.Result r = Cmif.build(paths, new Cmif.Options(title, baseUrl, date, licence));
            AtomicFiles.write(output, r.toBytes());
            for (String s : r.skipped()) err.println("teikit: skipped " + s);
            err.println(r.letters() + (r.letters() == 1 ? " letter" : " letters") + " from " + r.files()
                    + (r.files() == 1 ? " TEI file → " : " TEI files → ") + output);
            return ExitCode.OK;
        } catch (CmifException e) {
            Failures.print(err, e);
            return ExitCode.ERROR;
        } catch (IOException e) {
            err.println("teikit: cannot read or write: " + e);
            return ExitCode.ERROR;
        }
    }
}
