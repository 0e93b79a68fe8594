package org.teikit.tei;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;

import static org.junit.jupiter.api.Assertions.assertEquals;

class IoProblemsTest {
    @Test
    void namesThePathAndAReasonAUserCanActOn() {
        assertEquals("out/tei: permission denied", IoProblems.describe(new AccessDeniedException("out/tei")));
        assertEquals("in.txt: no such file or folder", IoProblems.describe(new NoSuchFileException("in.txt")));
        assertEquals("out: not a directory", IoProblems.describe(new FileSystemException("out", null, "Not a directory")));
        assertEquals("disk full", IoProblems.describe(new IOException("disk full")));
        assertEquals("IOException", IoProblems.reason(new IOException()));
    }
}
