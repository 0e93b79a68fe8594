package org.teikit.tei;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Writes a file completely or not at all: a temporary file beside it, then a rename. The file gets the
 * permissions an ordinary write would give it (the umask's), or keeps those of the file it replaces. The
 * temporary file's name carries the writer's process id, so a later run can sweep what a killed one left.
 */
public final class AtomicFiles {
    /** {@code .NAME.PID-RANDOM.tmp}: the temporary files this class makes. */
    private static final Pattern TEMPORARY = Pattern.compile("^\\.(.+)\\.(\\d+)-([0-9a-z]+)\\.tmp$");

    private AtomicFiles() {}

    /** Produces a file's content into a stream; may fail half-way (with {@code E} too), in which case nothing is written. */
    @FunctionalInterface
    public interface Content<E extends Exception> {
        void writeTo(OutputStream out) throws IOException, E;
    }

    public static void write(Path target, byte[] content) throws IOException {
        AtomicFiles.<RuntimeException>write(target, out -> out.write(content));
    }

    /**
     * Streams content into a temporary file beside {@code target} and renames it into place once
     * complete; on any failure (an exception from {@code content} included) the target is untouched
     * and the temporary file removed.
     */
    public static <E extends Exception> void write(Path target, Content<E> content) throws IOException, E {
        Path dir = target.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        Path tmp = null;
        try {
            OutputStream created = null;
            while (created == null) {                       // an ordinary create: the umask sets the mode, not 0600
                tmp = dir.resolve("." + target.getFileName() + "." + ProcessHandle.current().pid() + "-"
                        + Long.toString(ThreadLocalRandom.current().nextLong() & Long.MAX_VALUE, 36) + ".tmp");
                try {
                    created = Files.newOutputStream(tmp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
                } catch (FileAlreadyExistsException taken) {
                    tmp = null;
                }
            }
            try (OutputStream out = created) {
                content.writeTo(out);
            }
            keepMode(target, tmp);
            try {
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            if (tmp != null) Files.deleteIfExists(tmp);
        }
    }

    /** A replaced file keeps its permissions. */
    private static void keepMode(Path target, Path tmp) throws IOException {
        PosixFileAttributeView old = Files.getFileAttributeView(target, PosixFileAttributeView.class);
        if (old == null || !Files.exists(target)) return;
        Files.getFileAttributeView(tmp, PosixFileAttributeView.class).setPermissions(old.readAttributes().permissions());
    }

    /**
     * Removes the temporary files in {@code dir} that a writer which is no longer running left behind (a run
     * killed half-way), and returns them. Files of a running process, and every other file, are kept.
     */
    public static List<Path> sweep(Path dir) throws IOException {
        List<Path> removed = new ArrayList<>();
        if (!Files.isDirectory(dir)) return removed;
        try (DirectoryStream<Path> files = Files.newDirectoryStream(dir, ".*.tmp")) {
            for (Path f : files) {
                Matcher m = TEMPORARY.matcher(f.getFileName().toString());
                if (!m.matches() || !Files.isRegularFile(f)) continue;
                long pid = Long.parseLong(m.group(2));
                if (ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false)) continue;
                if (Files.deleteIfExists(f)) removed.add(f);
            }
        }
        return removed;
    }
}
