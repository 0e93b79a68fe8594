package org.teikit.cli;

import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.TypeConversionException;

import java.util.Locale;

/** {@code --color=auto|always|never} and {@code --no-color}, on every command; {@link Colour} decides. */
final class ColorOption {
    @Option(names = "--color", paramLabel = "WHEN", defaultValue = "auto", converter = WhenConverter.class,
            description = "Colour error, warning, valid and invalid: auto (on a terminal, unless NO_COLOR is set), always or never (default: ${DEFAULT-VALUE}).")
    Colour.When when = Colour.When.AUTO;

    @Option(names = "--no-color", description = "No colour, whatever --color says.")
    boolean noColor;

    /** The colouring of standard output. */
    Colour out() {
        return decide(1);
    }

    /** The colouring of standard error. */
    Colour err() {
        return decide(2);
    }

    private Colour decide(int fd) {
        Colour.When w = noColor ? Colour.When.NEVER : when;
        // the terminal is looked at only when it matters: --color=always and never need no system call
        return Colour.decide(w, System.getenv(), w == Colour.When.AUTO && Colour.terminal(fd));
    }

    static final class WhenConverter implements ITypeConverter<Colour.When> {
        @Override
        public Colour.When convert(String value) {
            try {
                return Colour.When.valueOf(value.toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new TypeConversionException("'" + value + "' is not auto, always or never");
            }
        }
    }
}
