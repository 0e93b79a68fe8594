package org.teikit.tei;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/** Writes a file completely or not at all: a temporary file beside it, then a rename. */
public final class AtomicFiles {
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
        Path tmp = Files.createTempFile(dir, "." + target.getFileName(), ".tmp");
        try {
            try (OutputStream out = Files.newOutputStream(tmp)) {
                content.writeTo(out);
            }
            try {
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(tmp);
        }
    }
}
