package org.teikit.validate;

import java.time.Duration;

/**
 * Totals of a batch. {@code errors} counts fatal errors and errors shown; {@code warnings} the warnings shown;
 * {@code unchecked} the files that got no verdict because a schema they name could not be used; {@code time} is the
 * batch's wall time (schemas compiled before the batch are not in it).
 */
public record Summary(int files, int valid, int invalid, int unchecked, long errors, long warnings, Duration time) {

    public static final Summary EMPTY = new Summary(0, 0, 0, 0, 0, 0, Duration.ZERO);

    public Summary(int files, int valid, int invalid, long errors, long warnings, Duration time) {
        this(files, valid, invalid, 0, errors, warnings, time);
    }

    public Summary plus(FileResult r) {
        boolean none = r.unchecked();
        return new Summary(files + 1, valid + (r.valid() ? 1 : 0), invalid + (r.valid() || none ? 0 : 1),
                unchecked + (none ? 1 : 0), errors + r.errorCount(), warnings + r.warningCount(), time);
    }

    public Summary withTime(Duration t) {
        return new Summary(files, valid, invalid, unchecked, errors, warnings, t);
    }

    /** Every file checked and valid. */
    public boolean allValid() {
        return invalid == 0 && unchecked == 0;
    }

    /** {@code 3 files: 1 valid, 2 invalid; 4 errors, 1 warning; 0.52 s} (and {@code , 1 without a verdict}). */
    @Override
    public String toString() {
        return toString(TextStyle.PLAIN);
    }

    /** As {@link #toString()}, the valid and invalid counts set off by {@code style}. */
    public String toString(TextStyle style) {
        return String.format(java.util.Locale.ROOT, "%d %s: %s, %s%s; %d %s, %d %s; %.2f s",
                files, files == 1 ? "file" : "files", style.verdict(true, valid, valid + " valid"),
                style.verdict(false, invalid, invalid + " invalid"),
                unchecked == 0 ? "" : ", " + unchecked + " without a verdict (a schema it names, or a file it includes, cannot be used)",
                errors, errors == 1 ? "error" : "errors",
                warnings, warnings == 1 ? "warning" : "warnings", time.toMillis() / 1000.0);
    }
}
