package org.teikit.cli;

import nu.xom.ParsingException;
import org.teikit.edition.Build;
import org.teikit.edition.Edition;
import org.teikit.fidelity.Counts;
import org.teikit.fidelity.FidelityReport;
import org.teikit.render.RenderException;
import org.teikit.validate.report.ReportWriter;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;

/** The wording of {@code teikit build}: one line per event, its stage first ({@code convert}, {@code fidelity}, …). */
public final class BuildLog implements Build.Events {
    private final PrintWriter out;
    private final boolean quiet;
    private final Colour colour;

    public BuildLog(PrintWriter out) {
        this(out, false, Colour.PLAIN);
    }

    /**
     * {@code quiet}: only what went wrong or was kept, and the validation's messages; no line for work done.
     * {@code colour}: how FAILED, KEPT and the validation's severities are set off.
     */
    BuildLog(PrintWriter out, boolean quiet, Colour colour) {
        this.out = out;
        this.quiet = quiet;
        this.colour = colour;
    }

    @Override
    public void swept(Path orphan) {
        out.println("clean    " + orphan + " (left by an interrupted run)");
    }

    @Override
    public void converted(Edition.Outcome o, Build.Layout layout) {
        switch (o.status()) {
            case FAILED -> out.println("convert  " + colour.failure("FAILED") + " " + Failures.text(o));
            case SKIPPED_EDITED -> out.println("convert  " + colour.warning("KEPT") + " " + Failures.kept(o));
            default -> {
                if (!quiet) out.println("convert  " + o.source().getFileName() + " → " + layout.tei().relativize(o.tei()) + " ("
                    + o.family() + ", " + o.status().name().toLowerCase(Locale.ROOT) + ")");
            }
        }
    }

    @Override
    public void compared(Path source, FidelityReport r, boolean edited) {
        if (quiet && (r.isFaithful() || edited)) return;
        Counts t = r.tei();
        out.println("fidelity " + source.getFileName() + ": " + t.total() + " words (text " + t.text() + ", notes " + t.notes()
                + ", furniture " + t.furniture() + ", editorial " + t.editorial() + "); "
                + r.lostWords() + " lost, " + r.addedWords() + " added, " + r.moved().size() + " moved"
                + (edited && !r.isFaithful() ? " (hand-corrected file: differences expected)" : ""));
        if (!r.isFaithful() && !edited) {
            r.lost().forEach(d -> out.println("fidelity   " + d));
            r.added().forEach(d -> out.println("fidelity   " + d));
        }
    }

    @Override
    public void notCompared(Path source, Exception problem) {
        out.println("fidelity " + source.getFileName() + ": " + colour.failure("FAILED") + " " + Failures.text(problem));
    }

    @Override
    public void notIndexed(Path tei, ParsingException e) {
        out.println("index    " + colour.warning("SKIPPED") + " " + tei + ":" + e.getLineNumber() + ":" + e.getColumnNumber() + ": " + e.getMessage());
    }

    @Override
    public void indexed(Path persons) {
        if (!quiet) out.println("index    " + persons.getParent().relativize(persons));
    }

    @Override
    public void schemaInstalled(Path written) {
        if (!quiet) out.println("schema   " + written + " (the project schema, which the TEI files name)");
    }

    @Override
    public ReportWriter validationReport() {
        return ReportWriter.text(out, colour);
    }

    @Override
    public void notRendered(RenderException e) {
        out.println("render   " + colour.failure("FAILED") + " " + Failures.text(e));
    }

    @Override
    public void staleRemoved(Path output) {
        out.println("clean    " + output + " (its TEI file is gone)");
    }

    @Override
    public void rendered(int pages, Path site, int texts, Path text) {
        if (!quiet) out.println("render   " + count(pages, "page") + " + index.html, persons.html → " + site + "; "
                + count(texts, "text") + " → " + text);
        out.flush();
    }

    private static String count(int n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }
}
