package org.teikit.spark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.LocatedFileStatus;
import org.apache.hadoop.fs.RemoteIterator;
import org.teikit.validate.Batch;

/**
 * Lists a job's input files on the driver, in the order and with the names of the command line: a file as given, a
 * folder walked recursively for the wanted suffix in sorted order. Local paths follow teikit's own rule for folders
 * ({@link Batch#collect}); URLs ({@code hdfs://}, {@code s3a://}, {@code file:/} …) are listed through Hadoop's
 * {@link FileSystem}, the same way.
 */
final class Inputs {
    // a scheme of two letters or more, as Schemas reads schema locations: "C:\\x" stays a file name
    private static final Pattern URL_LIKE = Pattern.compile("[a-zA-Z][a-zA-Z0-9+.-]+:");

    private Inputs() {}

    /** @param suffix {@code .xml} for TEI (teikit's folder rule), {@code .txt} for transcriptions */
    static List<InputFile> list(List<String> arguments, String suffix, Configuration hadoop) throws IOException {
        List<InputFile> files = new ArrayList<>();
        for (String argument : arguments) {
            if (isUrl(argument)) listUrl(argument, suffix, hadoop, files);
            else listLocal(Path.of(argument), suffix, files);
        }
        return files;
    }

    static boolean isUrl(String argument) {
        return URL_LIKE.matcher(argument).lookingAt();
    }

    private static void listLocal(Path argument, String suffix, List<InputFile> out) throws IOException {
        List<Path> found = suffix.equals(".xml") ? Batch.collect(List.of(argument)) : walk(argument, suffix);
        for (Path p : found) {
            out.add(new InputFile(out.size(), p.toString(), p.toAbsolutePath().normalize().toUri().toString(), Files.size(p)));
        }
    }

    private static List<Path> walk(Path argument, String suffix) throws IOException {
        if (Files.isRegularFile(argument)) return List.of(argument);
        if (!Files.isDirectory(argument)) throw new NoSuchFileException(argument.toString(), null, "no such file or folder");
        try (Stream<Path> walk = Files.walk(argument)) {
            return walk.filter(f -> hasSuffix(f.getFileName().toString(), suffix)).filter(Files::isRegularFile)
                    .sorted().toList();
        }
    }

    private static void listUrl(String argument, String suffix, Configuration hadoop, List<InputFile> out)
            throws IOException {
        org.apache.hadoop.fs.Path path = new org.apache.hadoop.fs.Path(argument);
        FileSystem fs = path.getFileSystem(hadoop);
        FileStatus status;
        try {
            status = fs.getFileStatus(path);
        } catch (java.io.FileNotFoundException e) {
            throw new NoSuchFileException(argument, null, "no such file or folder");
        }
        List<FileStatus> found = new ArrayList<>();
        if (status.isDirectory()) {
            RemoteIterator<LocatedFileStatus> it = fs.listFiles(path, true);
            while (it.hasNext()) {
                LocatedFileStatus f = it.next();
                if (f.isFile() && hasSuffix(f.getPath().getName(), suffix)) found.add(f);
            }
            found.sort(Comparator.comparing(f -> f.getPath().toString()));
        } else {
            found.add(status);
        }
        for (FileStatus f : found) {
            out.add(new InputFile(out.size(), f.getPath().toString(), f.getPath().toUri().toString(), f.getLen()));
        }
    }

    private static boolean hasSuffix(String name, String suffix) {
        return name.toLowerCase(Locale.ROOT).endsWith(suffix);
    }
}
