package org.teikit.cli;

import org.teikit.validate.Severity;
import org.teikit.validate.TextStyle;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * Whether a stream's severity and verdict words are coloured, and the colours. The one decision, in this order:
 * {@code --no-color} or {@code --color=never} (never), {@code --color=always} (always), a non-empty {@code NO_COLOR}
 * variable (never, https://no-color.org), {@code TERM=dumb} (never), else colour only when the stream is a terminal.
 * An explicit option beats the variable, as no-color.org allows; "never" beats "always" when both are given.
 */
final class Colour implements TextStyle {
    enum When { AUTO, ALWAYS, NEVER }

    static final Colour PLAIN = new Colour(false);

    private static final String RESET = "\033[0m", RED = "\033[31m", BOLD_RED = "\033[1;31m", YELLOW = "\033[33m", GREEN = "\033[32m";

    private final boolean on;

    private Colour(boolean on) {
        this.on = on;
    }

    /** The decision for one stream, from the option, the environment and whether the stream is a terminal. */
    static Colour decide(When when, Map<String, String> env, boolean terminal) {
        return switch (when) {
            case NEVER -> PLAIN;
            case ALWAYS -> new Colour(true);
            case AUTO -> {
                String noColor = env.get("NO_COLOR");
                boolean off = noColor != null && !noColor.isEmpty() || "dumb".equals(env.get("TERM"));
                yield off || !terminal ? PLAIN : new Colour(true);
            }
        };
    }

    boolean on() {
        return on;
    }

    @Override
    public String severity(Severity severity, String word) {
        return paint(severity == Severity.WARNING ? YELLOW : BOLD_RED, word);
    }

    @Override
    public String verdict(boolean valid, int count, String words) {
        return count == 0 ? words : paint(valid ? GREEN : RED, words);   // "0 invalid" is no news
    }

    /** {@code FAILED}, {@code invalid}: something went wrong. */
    String failure(String word) {
        return paint(BOLD_RED, word);
    }

    /** {@code warning}, {@code KEPT}: worth a look, not a failure. */
    String warning(String word) {
        return paint(YELLOW, word);
    }

    private String paint(String colour, String word) {
        return on ? colour + word + RESET : word;
    }

    /**
     * Whether standard output (fd 1) or standard error (fd 2) is a terminal. Java tells only that stdin and stdout
     * both are ({@link System#console()}); for stderr, Linux's /proc/self/fd says where it goes, and without /proc
     * the console's answer stands.
     */
    static boolean terminal(int fd) {
        if (System.console() == null) return false;
        if (fd == 1) return true;
        try {
            String target = Files.readSymbolicLink(Path.of("/proc/self/fd/" + fd)).toString();
            return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty");
        } catch (IOException | UnsupportedOperationException | SecurityException e) {
            return true;
        }
    }
}
