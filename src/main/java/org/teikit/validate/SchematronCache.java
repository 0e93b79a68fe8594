package org.teikit.validate;

import org.teikit.digest.Sha256;
import org.teikit.tei.AtomicFiles;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Optional;

/**
 * SchXslt's output for a schema, kept on disk between runs so that a run only compiles the resulting XSLT. Turning
 * tei_all's embedded Schematron into XSLT takes about a second, most of it compiling SchXslt itself; that second
 * would otherwise be paid on every save in an editor.
 *
 * <p>An entry is named by a SHA-256 of the schema's bytes and of the recipe (SchXslt's stylesheet, teikit's
 * extraction stylesheet and transpiler parameters), so a changed schema or a new teikit never meets a stale entry.
 * Schemas that pull in other files at compile time ({@code sch:include}, {@code sch:extends href},
 * {@code xsl:include}/{@code xsl:import}) are not cached: their bytes alone do not say what they compile to.
 * Entries are written atomically; an unreadable or unwritable folder only means no caching. The folder can be
 * deleted at any time.
 */
final class SchematronCache {
    private static final String NONE_SUFFIX = ".none";   // the schema embeds no Schematron
    private static final String XSL_SUFFIX = ".xsl";

    private final Path dir;

    private SchematronCache(Path dir) {
        this.dir = dir;
    }

    /** No caching. */
    static final SchematronCache OFF = new SchematronCache(null);

    static SchematronCache in(Path dir) {
        return new SchematronCache(dir.toAbsolutePath().normalize());
    }

    /** A cached entry: the transpiled stylesheet, or the knowledge that there is no Schematron. */
    record Entry(Optional<byte[]> stylesheet) {}

    /** The key of a schema's bytes under the current recipe (null when caching is off). */
    String key(byte[] schema, String recipe) {
        if (dir == null) return null;
        MessageDigest sha = Sha256.newDigest();
        sha.update(recipe.getBytes(StandardCharsets.UTF_8));
        sha.update((byte) 0);
        sha.update(schema);
        return HexFormat.of().formatHex(sha.digest());
    }

    Optional<Entry> get(String key) {
        if (key == null) return Optional.empty();
        try {
            if (Files.exists(dir.resolve(key + NONE_SUFFIX))) return Optional.of(new Entry(Optional.empty()));
            Path xsl = dir.resolve(key + XSL_SUFFIX);
            if (Files.isRegularFile(xsl)) return Optional.of(new Entry(Optional.of(Files.readAllBytes(xsl))));
        } catch (IOException | SecurityException e) {
            // unreadable: compile as if uncached
        }
        return Optional.empty();
    }

    /** Stores a stylesheet (or, for empty, "no Schematron"); failures are ignored. */
    void put(String key, Optional<byte[]> stylesheet) {
        if (key == null) return;
        try {
            AtomicFiles.write(dir.resolve(key + (stylesheet.isPresent() ? XSL_SUFFIX : NONE_SUFFIX)), stylesheet.orElse(new byte[0]));
        } catch (IOException | SecurityException | UnsupportedOperationException e) {
            // read-only home, full disk: the run goes on uncached
        }
    }

    /** A digest of the resources and settings that turn a schema into XSLT. */
    static String recipe(String settings, URL... resources) {
        MessageDigest sha = Sha256.newDigest();
        sha.update(settings.getBytes(StandardCharsets.UTF_8));
        for (URL url : resources) {
            try (InputStream in = url.openStream()) {
                sha.update(in.readAllBytes());
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + url, e);
            }
        }
        return HexFormat.of().formatHex(sha.digest());
    }
}
