package org.teikit.cli;

import nu.xom.Document;
import nu.xom.ParsingException;
import org.teikit.convert.ConversionException;
import org.teikit.convert.Converter;
import org.teikit.edition.SpeakerReport;
import org.teikit.source.SourceDocument;
import org.teikit.source.SourceException;
import org.teikit.source.SourceText;
import org.teikit.tei.TeiReader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

@Command(name = "speakers",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:every file read", "2:usage or I/O error, a file that is not well-formed or cannot be converted"}, mixinStandardHelpOptions = true,
        description = {"Print, per division, each speaker with the number of turns and words.",
                "FILE is a TEI file (.xml), or a transcription, converted first as 'convert' would."})
public final class SpeakersCommand implements Callable<Integer> {

    @Parameters(paramLabel = "FILE", arity = "1..*", description = "TEI files or source transcriptions, or folders of TEI files (*.xml).")
    List<Path> files;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @picocli.CommandLine.Mixin
    ColorOption color;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        int status = ExitCode.OK;
        try {
            files = org.teikit.tei.InputFiles.expand(files, ".xml");            // a folder stands for its TEI files
        } catch (IOException e) {
            err.println("teikit speakers: " + Failures.io(e));
            return ExitCode.ERROR;
        }
        for (Path file : files) {
            try {
                Document tei = file.toString().endsWith(".xml")
                        ? TeiReader.read(file)
                        : Converter.standard().convert(SourceDocument.parse(SourceText.read(file))).tei().document();
                if (files.size() > 1) out.println("== " + file);
                SpeakerReport report = SpeakerReport.of(tei);
                if (report.divisions().isEmpty()) err.println("teikit: " + file + ": no speech turns (no sp element in a division)");
                out.print(report.format());
            } catch (ParsingException e) {
                err.println("teikit: " + TeiReader.describe(file, e));
                status = ExitCode.ERROR;
            } catch (SourceException e) {
                Failures.print(err, e);
                status = ExitCode.ERROR;
            } catch (ConversionException e) {
                err.println("teikit: " + file + ": " + e.getMessage());
                status = ExitCode.ERROR;
            } catch (IOException e) {
                err.println("teikit: " + file + ": cannot read: " + e);
                status = ExitCode.ERROR;
            }
        }
        out.flush();
        return status;
    }
}
