package org.teikit.tei;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;

/**
 * What went wrong with a file, in words a user can act on: the path the system names and its reason
 * ("permission denied", "not a directory"), never an exception's class name.
 */
public final class IoProblems {
    private IoProblems() {}

    /** The path the problem concerns, then its reason: {@code out/tei: permission denied}. */
    public static String describe(IOException e) {
        if (e instanceof FileSystemException f && f.getFile() != null) return f.getFile() + ": " + reason(e);
        return reason(e);
    }

    /** The reason alone: {@code permission denied}, {@code no such file or folder}, the system's own wording. */
    public static String reason(IOException e) {
        if (e instanceof NoSuchFileException) return "no such file or folder";
        if (e instanceof AccessDeniedException) return "permission denied";
        if (e instanceof FileAlreadyExistsException) return "already exists (and is not a folder)";
        if (e instanceof FileSystemException f && f.getReason() != null) return f.getReason().toLowerCase(java.util.Locale.ROOT);
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }
}
