package org.teikit.edition;

import org.teikit.convert.Converter;
import org.teikit.source.SourceDocument;
import org.teikit.source.SourceException;
import org.teikit.source.SourceText;
import org.teikit.tei.AtomicFiles;
import org.teikit.fidelity.Counts;
import org.teikit.fidelity.Fidelity;
import org.teikit.fidelity.FidelityException;
import org.teikit.fidelity.FidelityReport;
import org.teikit.render.RenderException;
import org.teikit.render.Views;
import org.teikit.validate.Batch;
import org.teikit.validate.SchemaException;
import org.teikit.validate.Schemas;
import org.teikit.validate.Summary;
import org.teikit.validate.report.ReportFormat;
import org.teikit.validate.report.ReportWriter;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * The whole pipeline for an edition folder: {@code sources/*.txt} → {@code tei/*.xml} (plus the persons
 * index) → validated against the project schema → rendered to {@code build/site} and {@code build/text}.
 * Each stage's expensive parts (converter, schemas, stylesheets) are built once per run.
 */
public final class Build {

    /** Where things are, relative to the edition's root folder. */
    public record Layout(Path sources, Path tei, Path schema, Path site, Path text) {
        public static Layout of(Path root) {
            return new Layout(root.resolve("sources"), root.resolve("tei"), root.resolve("schema"),
                    root.resolve("build/site"), root.resolve("build/text"));
        }
    }

    /** What a build did; {@link #exitCode()} follows the CLI convention. */
    public record Result(int converted, int failed, int unfaithful, Summary validation, int pages, int texts) {
        public int exitCode() {
            if (failed > 0) return 2;
            return validation != null && validation.allValid() && unfaithful == 0 ? 0 : 1;
        }
    }

    private final Layout layout;
    private final PrintWriter log;

    public Build(Layout layout, PrintWriter log) {
        this.layout = layout;
        this.log = log;
    }

    public Result run() throws IOException, SchemaException {
        for (Path dir : List.of(layout.tei(), layout.site(), layout.text())) {
            for (Path orphan : AtomicFiles.sweep(dir)) log.println("clean    " + orphan + " (left by an interrupted run)");
        }
        List<Path> sources = sources();
        int converted = 0, failed = 0;
        List<Edition.Outcome> checked = new ArrayList<>();
        // hand-corrected TEI files are kept, never overwritten
        for (Edition.Outcome o : new Edition(Converter.standard()).convert(sources, layout.tei(), Edition.Options.defaults())) {
            switch (o.status()) {
                case FAILED -> {
                    log.println("convert  FAILED " + o.message());
                    failed++;
                }
                case SKIPPED_EDITED -> {
                    log.println("convert  KEPT " + o.message());
                    checked.add(o);
                }
                default -> {
                    checked.add(o);
                    converted++;
                    log.println("convert  " + o.source().getFileName() + " → " + layout.tei().relativize(o.tei()) + " ("
                            + o.family() + ", " + o.status().name().toLowerCase(Locale.ROOT) + ")");
                }
            }
        }
        int unfaithful = 0;
        for (Edition.Outcome o : checked) unfaithful += fidelity(o) ? 0 : 1;

        // Every TEI file of the edition (kept, hand-added or converted) is indexed, validated and rendered. One teikit
        // cannot read (no longer well-formed, or given a DOCTYPE) is left out of the index and the views, validation
        // reports it with its position, and the rest of the edition is still built.
        List<Path> teiFiles = Batch.collect(List.of(layout.tei()));
        List<Path> documents = new ArrayList<>();
        PersonsIndex index = new PersonsIndex();
        for (Path f : teiFiles) {
            if (f.getFileName().toString().equals(PersonsIndex.FILE_NAME)) continue;   // the site shows it as persons.html
            try {
                index.add(f);
                documents.add(f);
            } catch (nu.xom.ParsingException e) {
                log.println("index    SKIPPED " + f + ":" + e.getLineNumber() + ":" + e.getColumnNumber() + ": " + e.getMessage());
            }
        }
        Path persons = layout.tei().resolve(PersonsIndex.FILE_NAME);
        AtomicFiles.write(persons, index.build().toBytes());
        log.println("index    " + layout.tei().relativize(persons));

        for (Path written : ProjectSchemaFiles.installMissing(layout.schema())) {
            log.println("schema   " + written + " (the project schema, which the TEI files name)");
        }
        Summary summary = new Batch(Schemas.builder().build(), Runtime.getRuntime().availableProcessors(), 20)
                .run(teiFiles.contains(persons) ? teiFiles : Stream.concat(teiFiles.stream(), Stream.of(persons)).sorted().toList(),
                        ReportWriter.of(ReportFormat.TEXT, log), (done, total) -> {});
        log.flush();

        Views views = Views.compile();
        int pages = documents.size(), texts = documents.size();
        try {
            views.site(documents, layout.site());
        } catch (RenderException e) {
            log.println("render   FAILED " + e.getMessage());
            failed++;
            pages -= 1 + e.getSuppressed().length;
        }
        List<RenderException> textFailures = views.textAll(documents, layout.text(), Views.DEFAULT_WIDTH);
        for (RenderException e : textFailures) log.println("render   FAILED " + e.getMessage());
        failed += textFailures.size();
        texts -= textFailures.size();
        Set<Path> pagesWritten = new HashSet<>(Views.outputNames(documents, layout.site().toAbsolutePath().normalize(), ".html").values());
        pagesWritten.add(layout.site().toAbsolutePath().normalize().resolve("index.html"));
        pagesWritten.add(layout.site().toAbsolutePath().normalize().resolve("persons.html"));
        Set<Path> textsWritten = new HashSet<>(Views.outputNames(documents, layout.text().toAbsolutePath().normalize(), ".txt").values());
        for (Path stale : OutputManifest.replace(layout.site().toAbsolutePath().normalize(), pagesWritten)) {
            log.println("clean    " + stale + " (its TEI file is gone)");
        }
        for (Path stale : OutputManifest.replace(layout.text().toAbsolutePath().normalize(), textsWritten)) {
            log.println("clean    " + stale + " (its TEI file is gone)");
        }
        log.println("render   " + count(pages, "page") + " + index.html, persons.html → " + layout.site() + "; "
                + count(texts, "text") + " → " + layout.text());
        log.flush();
        return new Result(converted, failed, unfaithful, summary, pages, texts);
    }

    /**
     * Compares a source's words with its TEI's and logs the counts; false when a word was lost or added
     * in a file teikit generated (a hand-corrected file is expected to differ: its differences are shown,
     * not counted).
     */
    private boolean fidelity(Edition.Outcome o) throws IOException {
        String name = o.source().getFileName().toString();
        try {
            FidelityReport r = Fidelity.compare(SourceDocument.parse(SourceText.read(o.source())), o.tei());
            boolean edited = o.status() == Edition.Status.SKIPPED_EDITED;
            Counts t = r.tei();
            log.println("fidelity " + name + ": " + t.total() + " words (text " + t.text() + ", notes " + t.notes()
                    + ", furniture " + t.furniture() + ", editorial " + t.editorial() + "); "
                    + r.lostWords() + " lost, " + r.addedWords() + " added, " + r.moved().size() + " moved"
                    + (edited && !r.isFaithful() ? " (hand-corrected file: differences expected)" : ""));
            if (!r.isFaithful() && !edited) r.lost().forEach(d -> log.println("fidelity   " + d));
            if (!r.isFaithful() && !edited) r.added().forEach(d -> log.println("fidelity   " + d));
            return r.isFaithful() || edited;
        } catch (SourceException | FidelityException e) {
            log.println("fidelity " + name + ": FAILED " + e.getMessage());
            return false;
        }
    }

    private static String count(int n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }

    private List<Path> sources() throws IOException {
        if (!Files.isDirectory(layout.sources())) {
            throw new java.nio.file.NoSuchFileException(layout.sources().toString(), null, "no sources folder");
        }
        try (Stream<Path> s = Files.list(layout.sources())) {
            return s.filter(p -> p.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".txt")).sorted().toList();
        }
    }
}
