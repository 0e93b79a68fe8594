package org.teikit.tei;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * The one input contract of every command: each argument a file, or a folder that stands for the files below it
 * with the command's extension ({@code .xml} for TEI, {@code .txt} for transcriptions), in name order.
 */
public final class InputFiles {
    private InputFiles() {}

    /** The files the arguments name; a missing one is refused, naming it. */
    public static List<Path> expand(List<Path> arguments, String extension) throws IOException {
        List<Path> files = new ArrayList<>();
        for (Path p : arguments) {
            if (Files.isDirectory(p)) files.addAll(under(p, extension));
            else if (Files.isRegularFile(p)) files.add(p);
            else throw new NoSuchFileException(p.toString(), null, "no such file or folder");
        }
        return files;
    }

    /** The files below {@code folder} (at any depth) whose names end with {@code extension}, in order. */
    public static List<Path> under(Path folder, String extension) throws IOException {
        String ext = extension.toLowerCase(Locale.ROOT);
        try (Stream<Path> walk = Files.walk(folder)) {
            return walk.filter(f -> f.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(ext))
                    .filter(f -> Files.isRegularFile(f) || Files.isSymbolicLink(f) && !Files.isDirectory(f))
                    .sorted()
                    .toList();
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }
}
