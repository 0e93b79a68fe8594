package org.teikit.cli;

import org.teikit.fidelity.Counts;
import org.teikit.fidelity.Difference;
import org.teikit.fidelity.Fidelity;
import org.teikit.fidelity.FidelityException;
import org.teikit.fidelity.FidelityReport;
import org.teikit.source.SourceDocument;
import org.teikit.source.SourceException;
import org.teikit.source.SourceText;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;

@Command(name = "diff", aliases = "check-fidelity", mixinStandardHelpOptions = true,
        description = {"Compare the words of a transcription with the words of its TEI file.",
                "Prints every word lost (in the source, not in the TEI), added (in the TEI, not in the source) and "
                        + "moved (a run of " + Fidelity.MIN_MOVE + " or more words found in both, elsewhere), with source and "
                        + "TEI line:column, then the word counts of both files by category (text, notes, furniture, editorial).",
                "Markdown syntax, layout characters, note-reference numbers and the bracket words [sic], [?], [unclear], "
                        + "[Orig. note] are conventions, not words; case and punctuation are ignored, numbers are not."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:no word lost or added (moves are allowed: the encoding guide permits moving a division deliberately)",
                "1:words lost or added",
                "2:a file cannot be read (unreadable source, TEI not well-formed)"})
public final class DiffCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "SOURCE", description = "The transcription.")
    Path source;

    @Parameters(index = "1", paramLabel = "TEI", description = "The TEI file made from it.")
    Path tei;

    @Mixin
    EncodingOption encoding;

    @Mixin
    FormatOption format;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Mixin
    ColorOption color;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        FidelityReport report;
        for (Path p : new Path[]{source, tei}) {
            if (java.nio.file.Files.isDirectory(p)) {
                err.println("teikit diff: " + p + ": is a folder; diff compares one SOURCE file with the one TEI file made from it");
                return ExitCode.ERROR;
            }
        }
        try {
            report = Fidelity.compare(SourceDocument.parse(SourceText.read(source, encoding.encoding)), tei);
        } catch (SourceException | FidelityException e) {
            Failures.print(err, e);
            return ExitCode.ERROR;
        } catch (IOException e) {
            String file = e instanceof java.nio.file.FileSystemException f && f.getFile() != null ? f.getFile() : tei.toString();
            err.println("teikit diff: " + file + ": cannot read: " + (e instanceof java.nio.file.NoSuchFileException ? "no such file"
                    : e instanceof java.nio.file.AccessDeniedException ? "permission denied" : e.getMessage()));
            return ExitCode.ERROR;
        }
        if (format.json()) return json(out, report);
        for (Difference d : report.differences()) {
            out.println(d.kind() + "\t" + source + ":" + d.source() + "\t" + tei + ":" + d.tei() + "\t"
                    + d.words().size() + (d.words().size() == 1 ? " word: " : " words: ") + shorten(d.text()));
        }
        out.println(counts("source", report.source()));
        out.println(counts("TEI   ", report.tei()));
        out.println(report.lostWords() + " words lost, " + report.addedWords() + " added, "
                + report.moved().stream().mapToInt(d -> d.words().size()).sum() + " moved");
        out.flush();
        return report.isFaithful() ? ExitCode.OK : ExitCode.INVALID;
    }

    /** The comparison as one JSON document (docs/cli-json.md). */
    private int json(PrintWriter out, FidelityReport report) {
        java.util.List<Object> differences = Json.array();
        for (Difference d : report.differences()) differences.add(JsonShapes.difference(d, source, tei));
        int status = report.isFaithful() ? ExitCode.OK : ExitCode.INVALID;
        out.println(JsonShapes.document("diff").put("source", JsonShapes.path(source)).put("tei", JsonShapes.path(tei))
                .put("differences", differences).put("summary", JsonShapes.fidelity(report)).put("exit", status));
        out.flush();
        return status;
    }

    private static String counts(String label, Counts c) {
        return label + " words: " + c.total() + " (text " + c.text() + ", notes " + c.notes() + ", furniture "
                + c.furniture() + ", editorial " + c.editorial() + ")";
    }

    private static String shorten(String s) {
        return s.length() <= 200 ? s : s.substring(0, 199) + "…";
    }
}
