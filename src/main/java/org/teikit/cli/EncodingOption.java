package org.teikit.cli;

import picocli.CommandLine.Option;

import java.nio.charset.Charset;

/** {@code --encoding CHARSET}, shared by the commands that read transcriptions. */
final class EncodingOption {
    @Option(names = "--encoding", paramLabel = "CHARSET", defaultValue = "UTF-8",
            description = "Character encoding of the sources (default: ${DEFAULT-VALUE}).")
    Charset encoding;
}
