package org.teikit.cli;

import nu.xom.ParsingException;
import org.teikit.edition.Build;
import org.teikit.edition.Edition;
import org.teikit.fidelity.Difference;
import org.teikit.fidelity.FidelityReport;
import org.teikit.render.RenderException;
import org.teikit.validate.report.ReportFormat;
import org.teikit.validate.report.ReportWriter;

import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code teikit build --format json}: the build's events gathered stage by stage, then written as one document
 * (docs/cli-json.md) once the build's result, and so its exit status, is known.
 */
final class JsonBuildLog implements Build.Events {
    private final List<Object> cleaned = Json.array(), compared = Json.array(),
            skipped = Json.array(), schema = Json.array(), renderFailed = Json.array(), removed = Json.array();
    private final List<Edition.Outcome> outcomes = new ArrayList<>();
    private final Map<Path, Path> teiBySource = new LinkedHashMap<>();    // a comparison names the source only
    private final StringWriter validation = new StringWriter();
    private Path persons;
    private Json.Obj rendered = Json.object();

    @Override
    public void swept(Path orphan) {
        cleaned.add(JsonShapes.path(orphan));
    }

    @Override
    public void converted(Edition.Outcome o, Build.Layout layout) {
        teiBySource.put(o.source(), o.tei());
        outcomes.add(o);
    }

    @Override
    public void compared(Path source, FidelityReport r, boolean edited) {
        List<Object> differences = Json.array();
        Path tei = teiBySource.get(source);
        for (Difference d : r.differences()) differences.add(JsonShapes.difference(d, source, tei));
        compared.add(Json.object().put("source", JsonShapes.path(source)).put("tei", JsonShapes.path(tei)).put("edited", edited)
                .put("fidelity", JsonShapes.fidelity(r)).put("differences", differences));
    }

    @Override
    public void notCompared(Path source, Exception problem) {
        compared.add(Json.object().put("source", JsonShapes.path(source)).put("error", JsonShapes.problem(problem)));
    }

    @Override
    public void notIndexed(Path tei, ParsingException e) {
        skipped.add(Json.object().put("file", JsonShapes.path(tei)).put("line", e.getLineNumber()).put("column", e.getColumnNumber())
                .put("message", e.getMessage()));
    }

    @Override
    public void indexed(Path persons) {
        this.persons = persons;
    }

    @Override
    public void schemaInstalled(Path written) {
        schema.add(JsonShapes.path(written));
    }

    @Override
    public ReportWriter validationReport() {
        return ReportWriter.of(ReportFormat.JSON, validation);      // teikit validate --format json's document, as it is
    }

    @Override
    public void notRendered(RenderException e) {
        renderFailed.add(JsonShapes.problem(e));
    }

    @Override
    public void staleRemoved(Path output) {
        removed.add(JsonShapes.path(output));
    }

    @Override
    public void rendered(int pages, Path site, int texts, Path text) {
        rendered = Json.object().put("pages", pages).put("site", JsonShapes.path(site)).put("texts", texts).put("text", JsonShapes.path(text));
    }

    /** The whole document, with the build's exit status. */
    Json.Obj document(Build.Result result) {
        List<Object> converted = Json.array();
        for (Edition.Outcome o : outcomes) converted.add(JsonShapes.outcome(o, false));
        return JsonShapes.document("build")
                .put("cleaned", cleaned)
                .put("convert", Json.object().put("files", converted).put("summary", JsonShapes.statuses(outcomes)))
                .put("fidelity", Json.object().put("files", compared).put("unfaithful", result.unfaithful()))
                .put("index", Json.object().put("persons", JsonShapes.path(persons)).put("skipped", skipped))
                .put("schema", Json.object().put("installed", schema))
                .put("validate", validation.getBuffer().length() == 0 ? null : new Json.Raw(validation.toString()))
                .put("render", rendered.put("failed", renderFailed).put("removed", removed))
                .put("exit", result.exitCode());
    }
}
