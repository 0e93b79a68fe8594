package org.teikit.packaging;

import org.teikit.validate.report.JsonString;
import org.teikit.edition.Provenance;
import org.teikit.fidelity.Difference;
import org.teikit.fidelity.Fidelity;
import org.teikit.fidelity.FidelityException;
import org.teikit.fidelity.FidelityReport;
import org.teikit.source.SourceDocument;
import org.teikit.source.SourceException;
import org.teikit.source.SourceText;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * The words of each of an edition's sources ({@code sources/NAME.txt}) against those of its TEI
 * ({@code tei/NAME.xml}), by the rule {@code build} applies: a word lost or added in a file teikit generated breaks
 * faithfulness; a hand-corrected file (its content checksum no longer matches) is expected to differ, so its
 * differences are recorded, not held against it. A source without its TEI file has lost every word.
 */
final class FidelityRecord {
    /** One source and its TEI: the comparison, or why there is none ({@code problem}). */
    record Entry(String source, String tei, Provenance.State state, FidelityReport report, String problem) {
        boolean faithful() {
            return problem == null && (report.isFaithful() || state == Provenance.State.EDITED || state == Provenance.State.NOT_TEIKIT);
        }
    }

    private final List<Entry> entries;

    private FidelityRecord(List<Entry> entries) {
        this.entries = List.copyOf(entries);
    }

    static FidelityRecord of(Path edition) throws IOException {
        Path sources = edition.resolve("sources");
        List<Entry> entries = new ArrayList<>();
        if (!Files.isDirectory(sources)) return new FidelityRecord(entries);   // an edition of TEI alone: nothing to compare
        List<Path> files;
        try (Stream<Path> s = Files.list(sources)) {
            files = s.filter(p -> p.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".txt")).sorted().toList();
        }
        for (Path source : files) entries.add(compare(edition, source));
        return new FidelityRecord(entries);
    }

    private static Entry compare(Path edition, Path source) throws IOException {
        String name = source.getFileName().toString();
        String base = name.substring(0, name.length() - ".txt".length());
        Path tei = edition.resolve("tei").resolve(base + ".xml");
        String sourceName = "sources/" + name, teiName = "tei/" + base + ".xml";
        if (!Files.isRegularFile(tei)) return new Entry(sourceName, teiName, null, null, "no TEI file " + teiName + ": every word is lost");
        byte[] bytes = Files.readAllBytes(tei);
        Provenance.State state = Provenance.check(bytes).state();
        try {
            return new Entry(sourceName, teiName, state, Fidelity.compare(SourceDocument.parse(SourceText.read(source)), tei, bytes), null);
        } catch (SourceException | FidelityException e) {
            return new Entry(sourceName, teiName, state, null, e.getMessage());
        }
    }

    List<Entry> entries() {
        return entries;
    }

    List<Entry> unfaithful() {
        return entries.stream().filter(e -> !e.faithful()).toList();
    }

    /**
     * {@code {"files":[{"source","tei","state","faithful","problem"?,"lost","added","moved","words":{…},
     * "differences":[{"kind","words","source","tei","text"}]}],"summary":{"files","faithful","unfaithful"}}}; positions
     * as {@code line:column}, files relative to the edition (the bag's {@code data/}).
     */
    void writeJson(OutputStream stream) throws IOException {
        StringBuilder b = new StringBuilder("{\"files\":[");
        String sep = "\n";
        for (Entry e : entries) {
            b.append(sep).append("{\"source\":").append(JsonString.quote(e.source())).append(",\"tei\":").append(JsonString.quote(e.tei()))
                    .append(",\"state\":").append(e.state() == null ? "null" : JsonString.quote(e.state().name().toLowerCase(Locale.ROOT)))
                    .append(",\"faithful\":").append(e.faithful());
            if (e.problem() != null) b.append(",\"problem\":").append(JsonString.quote(e.problem()));
            if (e.report() != null) {
                FidelityReport r = e.report();
                b.append(",\"lost\":").append(r.lostWords()).append(",\"added\":").append(r.addedWords())
                        .append(",\"moved\":").append(r.moved().stream().mapToInt(d -> d.words().size()).sum())
                        .append(",\"words\":{\"source\":").append(r.source().total()).append(",\"tei\":").append(r.tei().total())
                        .append("},\"differences\":[");
                String dsep = "";
                for (Difference d : r.differences()) {
                    b.append(dsep).append("\n {\"kind\":").append(JsonString.quote(d.kind().name().toLowerCase(Locale.ROOT)))
                            .append(",\"words\":").append(d.words().size())
                            .append(",\"source\":").append(JsonString.quote(d.source().toString()))
                            .append(",\"tei\":").append(JsonString.quote(d.tei().toString()))
                            .append(",\"text\":").append(JsonString.quote(d.text())).append('}');
                    dsep = ",";
                }
                b.append(']');
            }
            b.append('}');
            sep = ",\n";
        }
        int unfaithful = unfaithful().size();
        b.append("\n],\"summary\":{\"files\":").append(entries.size()).append(",\"faithful\":").append(entries.size() - unfaithful)
                .append(",\"unfaithful\":").append(unfaithful).append("}}\n");
        stream.write(b.toString().getBytes(StandardCharsets.UTF_8));
    }
}
