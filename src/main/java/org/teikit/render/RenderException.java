package org.teikit.render;

import org.teikit.source.LocatedException;

import java.nio.file.Path;

/** A document could not be rendered: not well-formed, unreadable, or unwritable. The message names the file (and line:column when known). */
public final class RenderException extends LocatedException {
    /** A line or column below 1 is not known (then 0). */
    RenderException(Path file, int line, int column, String problem, Throwable cause) {
        super(file, line, column, problem, cause);
    }
}
