package org.teikit.edition;

import org.teikit.convert.Converter;
import org.teikit.source.SourceDocument;
import org.teikit.tei.AtomicFiles;
import org.teikit.fidelity.Fidelity;
import org.teikit.fidelity.FidelityException;
import org.teikit.fidelity.FidelityReport;
import org.teikit.render.RenderException;
import org.teikit.render.Views;
import org.teikit.validate.Batch;
import org.teikit.validate.SchemaException;
import org.teikit.validate.Schemas;
import org.teikit.validate.Summary;
import org.teikit.validate.report.ReportWriter;

import java.io.IOException;
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

    /**
     * What a build tells as it goes, stage by stage; the wording is the caller's (the command line's, a test's).
     * Paths are as the layout gives them.
     */
    public interface Events {
        /** A temporary file left by an interrupted run, removed. */
        void swept(Path orphan);

        /** One source's conversion: created, updated, unchanged, kept (hand-edited) or failed. */
        void converted(Edition.Outcome outcome, Layout layout);

        /** A source's words compared with its TEI's; {@code edited} for a hand-corrected file (differences expected). */
        void compared(Path source, FidelityReport report, boolean edited);

        /** A source or TEI file that could not be compared. */
        void notCompared(Path source, Exception problem);

        /** A TEI file left out of the persons index and the views: teikit cannot read it. */
        void notIndexed(Path tei, nu.xom.ParsingException problem);

        /** The persons index written. */
        void indexed(Path persons);

        /** The project schema copied into the edition. */
        void schemaInstalled(Path written);

        /** Where the validation report goes (teikit validate's text report, say). */
        ReportWriter validationReport();

        /** A view not rendered. */
        void notRendered(RenderException problem);

        /** A page or text whose TEI file is gone, removed. */
        void staleRemoved(Path output);

        /** The views written. */
        void rendered(int pages, Path site, int texts, Path text);
    }

    private final Layout layout;
    private final Events events;

    public Build(Layout layout, Events events) {
        this.layout = layout;
        this.events = events;
    }

    public Result run() throws IOException, SchemaException {
        for (Path dir : List.of(layout.tei(), layout.site(), layout.text())) {
            for (Path orphan : AtomicFiles.sweep(dir)) events.swept(orphan);
        }
        List<Path> sources = sources();
        int converted = 0, failed = 0;
        // hand-corrected TEI files are kept, never overwritten; each source's words are compared with its TEI's
        // on its worker thread, from the document its conversion parsed
        List<Checked> checked = new Edition(Converter.standard()).convert(sources, layout.tei(), Edition.Options.defaults(),
                (o, document) -> o.ok() ? Checked.compare(o, document) : new Checked(o, null, null));
        for (Checked c : checked) {
            events.converted(c.outcome(), layout);
            if (!c.outcome().ok()) failed++;
            else if (c.outcome().status() != Edition.Status.SKIPPED_EDITED) converted++;
        }
        int unfaithful = 0;
        for (Checked c : checked) {
            if (c.outcome().ok()) unfaithful += fidelity(c) ? 0 : 1;
        }

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
                events.notIndexed(f, e);
            }
        }
        Path persons = layout.tei().resolve(PersonsIndex.FILE_NAME);
        AtomicFiles.write(persons, index.build().toBytes());
        events.indexed(persons);

        for (Path written : ProjectSchemaFiles.installMissing(layout.schema())) {
            events.schemaInstalled(written);
        }
        Summary summary = new Batch(Schemas.builder().build(), Runtime.getRuntime().availableProcessors(), 20)
                .run(teiFiles.contains(persons) ? teiFiles : Stream.concat(teiFiles.stream(), Stream.of(persons)).sorted().toList(),
                        events.validationReport(), (done, total) -> {});

        Views views = Views.compile();
        int pages = documents.size(), texts = documents.size();
        try {
            views.site(documents, persons, layout.site());
        } catch (RenderException e) {
            events.notRendered(e);
            failed++;
            pages -= 1 + e.getSuppressed().length;
        }
        List<RenderException> textFailures = views.textAll(documents, layout.text(), Views.DEFAULT_WIDTH);
        for (RenderException e : textFailures) events.notRendered(e);
        failed += textFailures.size();
        texts -= textFailures.size();
        Set<Path> pagesWritten = new HashSet<>(Views.outputNames(documents, layout.site().toAbsolutePath().normalize(), ".html").values());
        pagesWritten.add(layout.site().toAbsolutePath().normalize().resolve("index.html"));
        pagesWritten.add(layout.site().toAbsolutePath().normalize().resolve("persons.html"));
        Set<Path> textsWritten = new HashSet<>(Views.outputNames(documents, layout.text().toAbsolutePath().normalize(), ".txt").values());
        OutputManifest.replace(layout.site().toAbsolutePath().normalize(), pagesWritten).forEach(events::staleRemoved);
        OutputManifest.replace(layout.text().toAbsolutePath().normalize(), textsWritten).forEach(events::staleRemoved);
        events.rendered(pages, layout.site(), texts, layout.text());
        return new Result(converted, failed, unfaithful, summary, pages, texts);
    }

    /** A source's outcome, and the comparison of its words with its TEI's (the report, or why there is none). */
    private record Checked(Edition.Outcome outcome, FidelityReport report, Exception problem) {
        static Checked compare(Edition.Outcome o, SourceDocument document) {
            try {
                return new Checked(o, Fidelity.compare(document, o.tei()), null);
            } catch (IOException | FidelityException e) {
                return new Checked(o, null, e);
            }
        }
    }

    /**
     * Reports a comparison; false when a word was lost or added in a file teikit generated (a hand-corrected file
     * is expected to differ: its differences are reported, not counted).
     */
    private boolean fidelity(Checked c) throws IOException {
        Edition.Outcome o = c.outcome();
        if (c.problem() instanceof IOException e) throw e;
        if (c.problem() != null) {
            events.notCompared(o.source(), c.problem());
            return false;
        }
        boolean edited = o.status() == Edition.Status.SKIPPED_EDITED;
        events.compared(o.source(), c.report(), edited);
        return c.report().isFaithful() || edited;
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
