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
    void aNewFileGetsTheModeOfAnOrdinaryWriteAndAReplacedOneKeepsItsOwn() throws Exception {
        Path ordinary = dir.resolve("ordinary.txt");
        Files.write(ordinary, new byte[]{1});                      // the umask decides this one's mode
        Path target = dir.resolve("page.html");
        AtomicFiles.write(target, new byte[]{2});
        assertEquals(Files.getPosixFilePermissions(ordinary), Files.getPosixFilePermissions(target));

        var mode = java.nio.file.attribute.PosixFilePermissions.fromString("rw-r-----");
        Files.setPosixFilePermissions(target, mode);
        AtomicFiles.write(target, new byte[]{3});
        assertEquals(mode, Files.getPosixFilePermissions(target));
    }

    @Test
    void sweepRemovesOnlyTheTemporariesOfWritersThatNoLongerRun() throws Exception {
        Process p = new ProcessBuilder("true").start();
        p.waitFor();
        Path dead = Files.writeString(dir.resolve(".out.xml." + p.pid() + "-abc.tmp"), "half");
        Path alive = Files.writeString(dir.resolve(".out.xml." + ProcessHandle.current().pid() + "-def.tmp"), "writing");
        Path other = Files.writeString(dir.resolve(".somebody-elses.tmp"), "theirs");
        assertEquals(java.util.List.of(dead), AtomicFiles.sweep(dir));
        assertTrue(Files.exists(alive));
        assertTrue(Files.exists(other));
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

    @Test
    void aFolderThatTakesNoNewFileIsNamedNotTheTemporary() {
        // /proc takes no new file, even for root: the error names the folder and its reason
        java.nio.file.FileSystemException e = org.junit.jupiter.api.Assertions.assertThrows(java.nio.file.FileSystemException.class,
                () -> AtomicFiles.write(java.nio.file.Path.of("/proc/teikit-atomic-test.xml"), new byte[] {1}));
        org.junit.jupiter.api.Assertions.assertEquals("/proc", e.getFile());
        org.junit.jupiter.api.Assertions.assertFalse(org.teikit.tei.IoProblems.describe(e).contains(".tmp"), IoProblems.describe(e));
        org.junit.jupiter.api.Assertions.assertFalse(IoProblems.describe(e).contains("Exception"), IoProblems.describe(e));
    }
}
