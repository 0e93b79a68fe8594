package org.teikit.tei;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.*;

class AtomicFilesTest {
    @TempDir Path dir;

    private long filesIn(Path d) throws IOException {
        try (Stream<Path> s = Files.list(d)) {
            return s.count();
        }
    }

    @Test
    void aFailureInTheMiddleOfWritingLeavesNoFileAndNoTemporary() throws Exception {
        Path target = dir.resolve("out.xml");
        IOException e = assertThrows(IOException.class, () -> AtomicFiles.write(target, out -> {
            out.write("<TEI><text>half".getBytes(StandardCharsets.UTF_8));
            throw new IOException("disk full");
        }));
        assertEquals("disk full", e.getMessage());
        assertFalse(Files.exists(target));
        assertEquals(0, filesIn(dir));
    }

    @Test
    void aFailureInTheMiddleOfReplacingKeepsTheOldFileWhole() throws Exception {
        Path target = Files.writeString(dir.resolve("out.xml"), "<old/>");
        assertThrows(IllegalStateException.class, () -> AtomicFiles.write(target, out -> {
            out.write("<new>".getBytes(StandardCharsets.UTF_8));
            throw new IllegalStateException("converter bug");
        }));
        assertEquals("<old/>", Files.readString(target));
        assertEquals(1, filesIn(dir));
    }

    @Test
    void aCompleteWriteReplacesTheFile() throws Exception {
        Path target = Files.writeString(dir.resolve("out.xml"), "<old/>");
        AtomicFiles.write(target, "<new/>".getBytes(StandardCharsets.UTF_8));
        assertEquals("<new/>", Files.readString(target));
        assertEquals(1, filesIn(dir));
    }

    @Test
    void aWrittenFileHasTheUsualPermissionsNotATemporarysOwnerOnlyOnes() throws Exception {
        Path usual = Files.createFile(dir.resolve("usual"));
        Path target = dir.resolve("out.xml");
        AtomicFiles.write(target, "<new/>".getBytes(StandardCharsets.UTF_8));
        assertEquals(Files.getPosixFilePermissions(usual), Files.getPosixFilePermissions(target));
    }

    @Test
    void aFolderIsWrittenWholeOrNotAtAll() throws Exception {
        Path target = dir.resolve("bag");
        IOException e = assertThrows(IOException.class, () -> AtomicFiles.writeFolder(target, AtomicFiles.Existing.REFUSE, folder -> {
            Files.writeString(folder.resolve("half.txt"), "half");
            assertFalse(Files.exists(target), "nothing at the target while the folder is written");
            throw new IOException("disk full");
        }));
        assertEquals("disk full", e.getMessage());
        assertEquals(0, filesIn(dir), "no folder, no temporary");

        Path usual = Files.createDirectory(dir.resolve("usual"));
        AtomicFiles.writeFolder(target, AtomicFiles.Existing.REFUSE, folder -> Files.writeString(folder.resolve("a.txt"), "a"));
        assertEquals("a", Files.readString(target.resolve("a.txt")));
        assertEquals(Files.getPosixFilePermissions(usual), Files.getPosixFilePermissions(target));
        assertEquals(2, filesIn(dir));
    }

    @Test
    void anExistingFolderIsRefusedOrReplacedOnlyOnceTheNewOneIsComplete() throws Exception {
        Path target = Files.createDirectory(dir.resolve("bag"));
        Files.writeString(target.resolve("old.txt"), "old");
        assertThrows(java.nio.file.FileAlreadyExistsException.class,
                () -> AtomicFiles.writeFolder(target, AtomicFiles.Existing.REFUSE, folder -> fail("nothing is written")));
        assertThrows(IOException.class, () -> AtomicFiles.writeFolder(target, AtomicFiles.Existing.REPLACE, folder -> {
            Files.writeString(folder.resolve("new.txt"), "new");
            throw new IOException("disk full");
        }));
        assertEquals("old", Files.readString(target.resolve("old.txt")));
        assertEquals(1, filesIn(dir));

        AtomicFiles.writeFolder(target, AtomicFiles.Existing.REPLACE, folder -> Files.writeString(folder.resolve("new.txt"), "new"));
        assertEquals(1, filesIn(target));
        assertEquals("new", Files.readString(target.resolve("new.txt")));
        assertEquals(1, filesIn(dir), "the old folder is gone");
    }
}
