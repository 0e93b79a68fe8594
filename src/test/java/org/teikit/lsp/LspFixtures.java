package org.teikit.lsp;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.eclipse.lsp4j.Diagnostic;
import org.teikit.validate.FileResult;
import org.teikit.validate.Message;
import org.teikit.testing.TeiAll;
import org.teikit.validate.Schemas;

/** An edition folder for the LSP tests (tei/, a copy of the project schema/), and comparisons with validate. */
final class LspFixtures {
    private LspFixtures() {}

    /** {@code root/schema/} with the project's schema files, {@code root/tei/} to write documents in. */
    static Path edition(Path root) {
        try {
            Files.createDirectories(root.resolve("tei"));
            Files.createDirectories(root.resolve("schema"));
            for (String f : List.of("teikit.rnc", "teikit.sch", "catalog.xml")) {
                Files.copy(Path.of("schema", f), root.resolve("schema").resolve(f),
                        java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            }
            return root;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Path write(Path file, String text) {
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, text);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Path teiAll() {
        return TeiAll.rng();
    }

    static String teiAllModel() {
        return "<?xml-model href=\"" + teiAll().toUri() + "\" type=\"application/xml\""
                + " schematypens=\"http://relaxng.org/ns/structure/1.0\"?>\n";
    }

    /** What teikit validate says of the file: "line:column: text" per message. */
    static List<String> validateMessages(Path file) throws Exception {
        FileResult r = Schemas.builder().build().newValidator().validate(file);
        return r.messages().stream().map(m -> m.line() + ":" + m.column() + ": " + m.text()).toList();
    }

    /** The same form for diagnostics: the range's end is the point validate names (1-based line and column). */
    static List<String> asValidateMessages(List<Diagnostic> diagnostics) {
        return diagnostics.stream().map(d -> (d.getRange().getEnd().getLine() + 1) + ":"
                + (d.getRange().getEnd().getCharacter() + 1) + ": " + d.getMessage()).toList();
    }

    static String uri(Path file) {
        return file.toUri().toString();
    }
}
