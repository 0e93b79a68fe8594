package org.teikit.schema;

import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The expectations an invalid fixture states about itself in leading comments, e.g.
 * {@code <!-- rejects: div/@type -->}, {@code <!-- expect: value of attribute "type" is invalid -->},
 * {@code <!-- tei_all: valid -->}.
 */
record FixtureComments(String rejects, String expect, boolean teiAllValid) {

    private static final Pattern COMMENT = Pattern.compile("<!--\\s*(rejects|expect|tei_all|fires):\\s*(.*?)\\s*-->");

    static FixtureComments of(Path fixture) {
        String rejects = null, expect = null, teiAll = null;
        Matcher m = COMMENT.matcher(read(fixture));
        while (m.find()) {
            switch (m.group(1)) {
                case "rejects", "fires" -> rejects = m.group(2);
                case "expect" -> expect = m.group(2);
                case "tei_all" -> teiAll = m.group(2);
                default -> { }
            }
        }
        assertNotNull(rejects, fixture + " must say what it rejects or fires");
        assertNotNull(expect, fixture + " must state the expected message fragment");
        return new FixtureComments(rejects, expect, "valid".equals(teiAll));
    }

    private static String read(Path fixture) {
        try {
            return Files.readString(fixture);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
