package org.teikit.cli;

import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.TypeConversionException;

/** {@code --format text|json}, for the commands whose results a program may read (validate has its own, with junit). */
final class FormatOption {
    enum Format { TEXT, JSON }

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text", converter = FormatConverter.class,
            description = "text (lines for people; the default) or json (one JSON document on standard output, nothing"
                    + " else there; its shape: docs/cli-json.md).")
    Format format = Format.TEXT;

    boolean json() {
        return format == Format.JSON;
    }

    static final class FormatConverter implements ITypeConverter<Format> {
        @Override
        public Format convert(String value) {
            return switch (value) {
                case "text" -> Format.TEXT;
                case "json" -> Format.JSON;
                default -> throw new TypeConversionException("'" + value + "' is not an output format (text, json)");
            };
        }
    }
}
