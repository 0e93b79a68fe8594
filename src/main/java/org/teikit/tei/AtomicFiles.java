package org.teikit.tei;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Writes a file, or a whole folder, completely or not at all: a temporary one beside it, then a rename. The
 * temporaries are created with the permissions of any new file (the umask's), not {@code createTempFile}'s
 * owner-only ones, since they become the output; a replaced file keeps its own permissions. A temporary's name
 * carries its writer's process id, so a later run can sweep what a killed one left ({@link #sweep}).
 */
public final class AtomicFiles {
    private static final SecureRandom RANDOM = new SecureRandom();
    /** {@code .NAME.PID-RANDOM.tmp}: the temporary files this class makes. */
    private static final Pattern TEMPORARY = Pattern.compile("^\\.(.+)\\.(\\d+)-([0-9a-z]+)\\.tmp$");

    private AtomicFiles() {}

    /** Produces a file's content into a stream; may fail half-way (with {@code E} too), in which case nothing is written. */
    @FunctionalInterface
    public interface Content<E extends Exception> {
        void writeTo(OutputStream out) throws IOException, E;
    }

    /** Fills a new, empty folder; may fail half-way (with {@code E} too), in which case nothing is written. */
    @FunctionalInterface
    public interface FolderContent<E extends Exception> {
        void writeInto(Path folder) throws IOException, E;
    }

    /** What {@link #writeFolder} does with a folder already at the target. */
    public enum Existing { REFUSE, REPLACE }

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
        Path tmp = newSibling(target, ".tmp", false);
        try {
            try (OutputStream out = Files.newOutputStream(tmp, StandardOpenOption.WRITE)) {
                content.writeTo(out);
            }
            keepMode(target, tmp);
            move(tmp, target, true);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    /**
     * Fills a temporary folder beside {@code target} and renames it into place once complete, so that no one ever
     * sees a half-written folder at {@code target}. On any failure the temporary folder is removed and a folder
     * already at {@code target} is left as it was. An existing target is refused ({@link FileAlreadyExistsException},
     * before anything is written) or, with {@link Existing#REPLACE}, moved aside only once the new folder is
     * complete, then deleted.
     */
    public static <E extends Exception> void writeFolder(Path target, Existing existing, FolderContent<E> content)
            throws IOException, E {
        Path absolute = target.toAbsolutePath().normalize();
        if (existing == Existing.REFUSE && Files.exists(absolute, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
            throw new FileAlreadyExistsException(target.toString(), null, "already exists");
        }
        Files.createDirectories(absolute.getParent());
        Path tmp = newSibling(absolute, ".tmp", true);
        try {
            content.writeInto(tmp);
            if (existing == Existing.REPLACE && Files.exists(absolute, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
                replace(tmp, absolute);
            } else {
                move(tmp, absolute, false);
            }
        } finally {
            deleteTree(tmp);
        }
    }

    /** The old folder goes aside, the new one in; should the second rename fail, the old one comes back. */
    private static void replace(Path fresh, Path target) throws IOException {
        Path old = newSibling(target, ".old", true);
        Files.delete(old);
        move(target, old, false);
        try {
            move(fresh, target, false);
        } catch (IOException e) {
            move(old, target, false);
            throw e;
        }
        deleteTree(old);
    }

    private static void move(Path from, Path to, boolean replaceExisting) throws IOException {
        StandardCopyOption[] replacing = replaceExisting
                ? new StandardCopyOption[] {StandardCopyOption.REPLACE_EXISTING} : new StandardCopyOption[0];
        try {
            StandardCopyOption[] options = java.util.Arrays.copyOf(replacing, replacing.length + 1);
            options[replacing.length] = StandardCopyOption.ATOMIC_MOVE;
            Files.move(from, to, options);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, replacing);
        }
    }

    /** A new hidden file or folder beside {@code target}, named after it, created with the default permissions. */
    private static Path newSibling(Path target, String suffix, boolean folder) throws IOException {
        Path dir = target.toAbsolutePath().getParent();
        while (true) {
            Path candidate = dir.resolve("." + target.getFileName() + "." + ProcessHandle.current().pid() + "-"
                    + Long.toUnsignedString(RANDOM.nextLong(), 36) + suffix);
            try {
                return folder ? Files.createDirectory(candidate) : Files.createFile(candidate);
            } catch (FileAlreadyExistsException taken) {
                // another writer's temporary: draw again
            } catch (FileSystemException refused) {
                // the folder takes no new file (permission denied, read-only, full): name the folder, not the
                // temporary's made-up name, which the user never asked for
                String reason = refused.getReason() != null ? refused.getReason() : "cannot create a file there";
                throw refused instanceof AccessDeniedException ? new AccessDeniedException(dir.toString(), null, reason)
                        : new FileSystemException(dir.toString(), null, reason);
            }
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

    /** Deletes a folder and what it holds (links are removed, never followed); nothing when it is not there. */
    public static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root, java.nio.file.LinkOption.NOFOLLOW_LINKS)) return;
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) Files.deleteIfExists(p);
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }
}
