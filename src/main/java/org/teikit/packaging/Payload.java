package org.teikit.packaging;

import nu.xom.ParsingException;
import org.teikit.edition.Cmif;
import org.teikit.edition.CmifException;
import org.teikit.edition.PersonsIndex;
import org.teikit.render.RenderException;
import org.teikit.render.Views;
import org.teikit.tei.AtomicFiles;
import org.teikit.validate.report.ReportFormat;
import org.teikit.validate.report.ReportWriter;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * What goes into a bag's {@code data/}, laid out as the edition is (so the TEI's {@code ../schema/} still resolves):
 * <pre>
 *   tei/*.xml, tei/persons.xml   the TEI, as in the edition
 *   schema/                      the schema the TEI names, so the bag can be validated on its own
 *   sources/*.txt                the transcriptions the fidelity report compares
 *   corpus.xml                   a teiCorpus listing the documents ({@link CorpusFile})
 *   cmif.xml                     the letters' correspondence metadata (CMIF)
 *   reports/validation.json, reports/validation.junit.xml, reports/fidelity.json
 *   site/                        the HTML pages, when asked for
 * </pre>
 */
final class Payload {
    static final String VALIDATION_JSON = "reports/validation.json", VALIDATION_JUNIT = "reports/validation.junit.xml",
            FIDELITY_JSON = "reports/fidelity.json", CORPUS = "corpus.xml", CMIF = "cmif.xml";

    private final Path edition;
    private final List<Path> teiFiles;
    private final ValidationRecord validation;
    private final FidelityRecord fidelity;

    Payload(Path edition, List<Path> teiFiles, ValidationRecord validation, FidelityRecord fidelity) {
        this.edition = edition;
        this.teiFiles = List.copyOf(teiFiles);
        this.validation = validation;
        this.fidelity = fidelity;
    }

    /** The edition's files that the payload copies, relative to the edition. */
    List<Path> copied() throws IOException {
        List<Path> files = new ArrayList<>();
        for (Path f : teiFiles) files.add(edition.relativize(f));
        for (String folder : List.of("schema", "sources")) {
            Path dir = edition.resolve(folder);
            if (!Files.isDirectory(dir)) continue;
            try (Stream<Path> walk = Files.walk(dir)) {
                walk.filter(Files::isRegularFile).filter(p -> !p.getFileName().toString().startsWith(".")).sorted()
                        .forEach(p -> files.add(edition.relativize(p)));
            } catch (UncheckedIOException e) {
                throw e.getCause();
            }
        }
        return files;
    }

    /** Writes the payload into {@code folder} (which becomes the bag's {@code data/}). */
    void writeInto(Path folder, boolean withSite, String corpusTitle) throws IOException, BagException {
        for (Path f : copied()) AtomicFiles.write(folder.resolve(f.toString()), out -> Files.copy(edition.resolve(f), out));
        List<Path> readable = new ArrayList<>();
        AtomicFiles.write(folder.resolve(CORPUS), CorpusFile.build(corpusTitle, members(readable)));
        try {
            AtomicFiles.write(folder.resolve(CMIF), Cmif.build(readable, new Cmif.Options(corpusTitle, "tei/", null, null)).toBytes());
        } catch (CmifException e) {
            throw new BagException(e.getMessage(), e);
        }
        report(folder.resolve(VALIDATION_JSON), ReportFormat.JSON);
        report(folder.resolve(VALIDATION_JUNIT), ReportFormat.JUNIT);
        AtomicFiles.write(folder.resolve(FIDELITY_JSON), fidelity::writeJson);
        if (withSite) {
            try {
                Views.compile().site(readable, folder.resolve("site"));
            } catch (RenderException e) {
                throw new BagException("the HTML site cannot be rendered: " + e.getMessage(), e);
            }
        }
    }

    private void report(Path target, ReportFormat format) throws IOException {
        AtomicFiles.write(target, stream -> {
            Writer w = new BufferedWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8));
            validation.replay(ReportWriter.of(format, w));
            w.flush();
        });
    }

    /** The documents: the TEI files but the persons index. */
    private List<Path> documents() {
        return teiFiles.stream().filter(f -> !f.getFileName().toString().equals(PersonsIndex.FILE_NAME)).toList();
    }

    /**
     * The corpus's entries, every document's; those that can be read are added to {@code readable}. One that cannot
     * (packaged although invalid) is listed by its file name, and left out of the CMIF file and the site, as
     * {@code build} leaves it out of the views; the validation report says why.
     */
    private List<CorpusFile.Member> members(List<Path> readable) throws IOException {
        List<CorpusFile.Member> members = new ArrayList<>();
        for (Path f : documents()) {
            String href = PayloadNames.of(edition.relativize(f));
            try {
                members.add(CorpusFile.member(f, href));
                readable.add(f);
            } catch (ParsingException e) {
                members.add(new CorpusFile.Member(href, href));
            }
        }
        return members;
    }
}
