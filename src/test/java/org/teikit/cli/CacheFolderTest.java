package org.teikit.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CacheFolderTest {
    private static final Path HOME_CACHE = Path.of(System.getProperty("user.home"), ".cache", "teikit");

    @Test
    void teikitsOwnVariableComesFirstAndOffTurnsCachingOff() {
        assertEquals(Optional.of(Path.of("/srv/cache")),
                CacheFolder.locate(Map.of("TEIKIT_CACHE", "/srv/cache", "XDG_CACHE_HOME", "/x")));
        assertEquals(Optional.empty(), CacheFolder.locate(Map.of("TEIKIT_CACHE", "off", "XDG_CACHE_HOME", "/x")));
    }

    @Test
    void thenTheXdgCacheHomeThenTheHomeFolder() {
        assertEquals(Optional.of(Path.of("/x/teikit")), CacheFolder.locate(Map.of("XDG_CACHE_HOME", "/x")));
        assertEquals(Optional.of(HOME_CACHE), CacheFolder.locate(Map.of("XDG_CACHE_HOME", "relative/ignored")),
                "the XDG specification ignores relative paths");
        assertEquals(Optional.of(HOME_CACHE), CacheFolder.locate(Map.of()));
    }
}
