package org.teikit.cli;

import org.teikit.edition.Edition;
import org.teikit.source.Located;
import org.teikit.source.SourceException;

import java.io.IOException;
import org.teikit.tei.IoProblems;
import java.io.PrintWriter;

/**
 * The one wording of a failure on the command line: {@code teikit: file:line:column: problem} for a
 * {@link Located} one, with the option that remedies it when there is one (the library names no option).
 */
final class Failures {
    private Failures() {}

    /** The line printed for this failure. */
    static String describe(Exception e) {
        return "teikit: " + text(e);
    }

    /** The failure's text, without the program's name: {@code file:line:column: problem (remedy)}. */
    static String text(Exception e) {
        if (e instanceof Located l) return Located.describe(l.file(), l.line(), l.column(), l.problem() + remedy(e));
        return e.getMessage();
    }

    /** A file or folder that cannot be read or written, said plainly: {@code path: no such file or folder}. */
    static String io(IOException e) {
        return IoProblems.describe(e);
    }

    static void print(PrintWriter err, Exception e) {
        err.println(describe(e));
    }

    /** The line printed for a conversion that failed or a file kept. */
    static String describe(Edition.Outcome o) {
        return "teikit: " + text(o);
    }

    /** Why a conversion failed or a file was kept, without the program's name. */
    static String text(Edition.Outcome o) {
        if (o.failure() != null) return text(o.failure());
        if (o.status() == Edition.Status.SKIPPED_EDITED) return kept(o);
        return o.message();
    }

    /** Why a hand-edited TEI file was kept, and how to overwrite it. */
    static String kept(Edition.Outcome o) {
        return o.message() + "; use --force to overwrite it";
    }

    private static String remedy(Exception e) {
        return e instanceof SourceException s && s.kind() == SourceException.Kind.UNDECODABLE
                ? " (is the file Latin-1 or Windows-1252? convert it, or pass --encoding)" : "";
    }
}
