package org.teikit.validate;

import java.time.Duration;

/** Totals of a batch. {@code errors} counts fatal errors and errors shown; {@code warnings} the warnings shown. */
public record Summary(int files, int valid, int invalid, long errors, long warnings, Duration time) {

    public static Summary of(Iterable<FileResult> results, Duration time) {
        Summary s = new Summary(0, 0, 0, 0, 0, time);
        for (FileResult r : results) s = s.plus(r);
        return s;
    }

    public Summary plus(FileResult r) {
        return new Summary(files + 1, valid + (r.valid() ? 1 : 0), invalid + (r.valid() ? 0 : 1),
                errors + r.errorCount(), warnings + r.warningCount(), time);
    }

    public Summary withTime(Duration t) {
        return new Summary(files, valid, invalid, errors, warnings, t);
    }

    public boolean allValid() {
        return invalid == 0;
    }

    /** {@code 3 files: 1 valid, 2 invalid; 4 errors, 1 warning; 0.52 s}. */
    @Override
    public String toString() {
        return String.format(java.util.Locale.ROOT, "%d %s: %d valid, %d invalid; %d %s, %d %s; %.2f s",
                files, files == 1 ? "file" : "files", valid, invalid, errors, errors == 1 ? "error" : "errors",
                warnings, warnings == 1 ? "warning" : "warnings", time.toMillis() / 1000.0);
    }
}
