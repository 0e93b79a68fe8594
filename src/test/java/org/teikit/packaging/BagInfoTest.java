package org.teikit.packaging;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.*;

/** The bag-info fields: from options, else from the edition's package.properties. */
class BagInfoTest {
    @TempDir Path dir;

    @Test
    void anEditionWithoutTheFileHasNone() throws Exception {
        assertEquals(BagInfo.NONE, BagInfo.readFrom(dir));
    }

    @Test
    void theFileIsKeyedByTheBagInfoLabels() throws Exception {
        Files.writeString(dir.resolve(BagInfo.FILE_NAME), "Source-Organization = Édition Office\nBagging-Date = 2025-12-31\n");
        assertEquals(new BagInfo("Édition Office", null, null, LocalDate.of(2025, 12, 31)), BagInfo.readFrom(dir), "read as UTF-8");
    }

    @Test
    void eachFieldGivenWinsOverTheFallbackAndAbsentOnesAreTakenFromIt() {
        BagInfo given = new BagInfo(null, "Given", null, null);
        BagInfo file = new BagInfo("From file", "From file", "From file", LocalDate.of(2020, 1, 1));
        assertEquals(new BagInfo("From file", "Given", "From file", LocalDate.of(2020, 1, 1)), given.or(file));
    }

    @Test
    void aValueIsOneLineSinceALineBreakWouldStartAMalformedField() {
        BagInfo info = new BagInfo("  two\nlines\r\n\tand a tab ", " ", null, null);
        assertEquals(Map.of("Source-Organization", "two lines and a tab"), info.fields(), "blank is absent");
    }

    @Test
    void anUnknownLabelOrAMalformedDateIsRefusedNamingTheFile() throws Exception {
        Path file = Files.writeString(dir.resolve(BagInfo.FILE_NAME), "Contact-name = lower-case n\n");
        BagException e = assertThrows(BagException.class, () -> BagInfo.readFrom(dir));
        assertTrue(e.getMessage().startsWith(file + ": unknown field 'Contact-name'"), e.getMessage());
        Files.writeString(file, "Bagging-Date = 31/12/2025\n");
        e = assertThrows(BagException.class, () -> BagInfo.readFrom(dir));
        assertEquals(file + ": Bagging-Date must be a date as YYYY-MM-DD, not '31/12/2025'", e.getMessage());
    }
}
