package org.teikit.cli;

import org.teikit.Teikit;
import org.teikit.convert.conventions.Explanation;
import org.teikit.edition.Edition;
import org.teikit.fidelity.Counts;
import org.teikit.fidelity.Difference;
import org.teikit.fidelity.FidelityReport;
import org.teikit.fidelity.Position;
import org.teikit.source.Located;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * The JSON shapes the commands share (docs/cli-json.md): a document's head, one conversion, one comparison of
 * words, one difference, one problem. Paths are as the command was given them, normalized.
 */
final class JsonShapes {
    private JsonShapes() {}

    /** {@code {"teikit":VERSION,"command":NAME}}, the start of every document; the caller adds the rest. */
    static Json.Obj document(String command) {
        return Json.object().put("teikit", Teikit.VERSION).put("command", command);
    }

    /** The word for a conversion's status: created, updated, unchanged, kept, failed. */
    static String status(Edition.Status s) {
        return s == Edition.Status.SKIPPED_EDITED ? "kept" : s.name().toLowerCase(Locale.ROOT);
    }

    /**
     * One source's conversion: source, tei, family (null when it failed), status, message (the family's reason; for
     * kept and failed, why, as the text output words it), line and column of a located failure, changes (a dry run's
     * changed lines), warnings, and with {@code explain} the decisions.
     */
    static Json.Obj outcome(Edition.Outcome o, boolean explain) {
        Json.Obj j = Json.object().put("source", path(o.source())).put("tei", path(o.tei()))
                .put("family", o.family().isEmpty() ? null : o.family()).put("status", status(o.status()))
                .put("message", o.ok() && o.status() != Edition.Status.SKIPPED_EDITED ? o.message() : Failures.text(o));
        if (o.failure() instanceof Located l) j.put("line", l.line() > 0 ? l.line() : null).put("column", l.column() > 0 ? l.column() : null);
        j.put("changes", o.changes());
        List<Object> warnings = Json.array(), decisions = Json.array();
        for (Explanation.Entry e : o.explanation().entries()) {
            Json.Obj entry = Json.object().put("line", e.line() > 0 ? e.line() : null).put("topic", e.topic()).put("message", e.text());
            if (e.warning()) warnings.add(entry);
            else decisions.add(entry);
        }
        j.put("warnings", warnings);
        if (explain) j.put("decisions", decisions);
        return j;
    }

    /** {@code {"files":N,"created":…,"updated":…,"unchanged":…,"kept":…,"failed":…}}: how many conversions had each status. */
    static Json.Obj statuses(List<Edition.Outcome> outcomes) {
        Json.Obj j = Json.object().put("files", outcomes.size());
        for (Edition.Status s : Edition.Status.values()) {
            j.put(status(s), (int) outcomes.stream().filter(o -> o.status() == s).count());
        }
        return j;
    }

    /** Word counts and what differs: faithful, sourceWords and teiWords (by category), lost, added, moved (words). */
    static Json.Obj fidelity(FidelityReport r) {
        return Json.object().put("faithful", r.isFaithful())
                .put("sourceWords", counts(r.source())).put("teiWords", counts(r.tei()))
                .put("lost", r.lostWords()).put("added", r.addedWords())
                .put("moved", r.moved().stream().mapToInt(d -> d.words().size()).sum());
    }

    /** {@code {"total","text","notes","furniture","editorial"}}. */
    static Json.Obj counts(Counts c) {
        return Json.object().put("total", c.total()).put("text", c.text()).put("notes", c.notes())
                .put("furniture", c.furniture()).put("editorial", c.editorial());
    }

    /** One difference: kind (lost, added, moved, merged), words (how many), text, and where in either file. */
    static Json.Obj difference(Difference d, Path source, Path tei) {
        return Json.object().put("kind", d.kind().name().toLowerCase(Locale.ROOT)).put("words", d.words().size())
                .put("text", d.text()).put("source", place(source, d.source())).put("tei", place(tei, d.tei()));
    }

    /** A problem: its message as the text output words it, and file, line, column when it is located. */
    static Json.Obj problem(Exception e) {
        Json.Obj j = Json.object();
        if (e instanceof Located l) {
            j.put("file", path(l.file())).put("line", l.line() > 0 ? l.line() : null).put("column", l.column() > 0 ? l.column() : null);
        }
        return j.put("message", Failures.text(e));
    }

    private static Json.Obj place(Path file, Position p) {
        boolean known = p.line() > 0;
        return Json.object().put("file", path(file)).put("line", known ? p.line() : null)
                .put("column", known && p.column() > 0 ? p.column() : null);
    }

    static String path(Path p) {
        return p == null ? null : p.normalize().toString();
    }
}
