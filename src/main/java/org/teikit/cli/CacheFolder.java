package org.teikit.cli;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/** Where the command line keeps what it may reuse between runs (the XDG base directory convention). */
final class CacheFolder {
    private CacheFolder() {}

    /** $TEIKIT_CACHE, else $XDG_CACHE_HOME/teikit, else ~/.cache/teikit; none when $TEIKIT_CACHE is "off" or no home. */
    static Optional<Path> locate(Map<String, String> env) {
        try {
            String own = env.get("TEIKIT_CACHE");
            if (own != null && !own.isBlank()) return own.equals("off") ? Optional.empty() : Optional.of(Path.of(own));
            String xdg = env.get("XDG_CACHE_HOME");
            if (xdg != null && !xdg.isBlank() && Path.of(xdg).isAbsolute()) return Optional.of(Path.of(xdg, "teikit"));
            String home = System.getProperty("user.home");
            if (home == null || home.isBlank() || home.equals("?")) return Optional.empty();
            return Optional.of(Path.of(home, ".cache", "teikit"));
        } catch (InvalidPathException e) {
            return Optional.empty();
        }
    }
}
