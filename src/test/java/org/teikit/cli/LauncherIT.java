package org.teikit.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.*;

/** The ./teikit launcher: runs the jar, and rebuilds it (with Maven) only when it is missing or stale. */
class LauncherIT {
    static final Path ROOT = Path.of(System.getProperty("teikit.root", ".")).toAbsolutePath();

    record Result(int code, String out) {}

    static Result launch(Path root, Path fakeMavenDir, String... args) throws IOException, InterruptedException {
        List<String> cmd = new java.util.ArrayList<>(List.of(root.resolve("teikit").toString()));
        cmd.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true);
        if (fakeMavenDir != null) pb.environment().put("PATH", fakeMavenDir + ":" + System.getenv("PATH"));
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes());
        assertTrue(p.waitFor(120, TimeUnit.SECONDS));
        return new Result(p.exitValue(), out);
    }

    @Test
    void runsTheBuiltJar() throws Exception {
        Result r = launch(ROOT, null, "--version");
        assertEquals(0, r.code(), r.out());
        assertTrue(r.out().contains("teikit 0."), r.out());
    }

    /** `./teikit lsp`, as an editor starts it: a language server on stdio that validates and ends after exit with 0. */
    @Test
    void runsTheLanguageServer(@TempDir Path dir) throws Exception {
        try (var client = new org.teikit.lsp.LspTestClient(List.of(ROOT.resolve("teikit").toString(), "lsp"),
                dir.resolve("lsp.log"), true)) {
            String uri = dir.resolve("doc.xml").toUri().toString();
            client.open(uri, "<TEI xmlns=\"http://www.tei-c.org/ns/1.0\"><text><body><p>x</p></body></text></TEI>\n");
            var diagnostics = client.nextDiagnostics(uri, 120_000).getDiagnostics();
            assertTrue(diagnostics.stream().anyMatch(d -> d.getMessage().contains("teiHeader")), diagnostics.toString());
            client.server.shutdown().get(30, TimeUnit.SECONDS);
            client.server.exit();
            assertEquals(0, client.serverExit.get(30, TimeUnit.SECONDS));
        }
    }

    /** A copy of the launcher beside a copy of the jar; a stand-in `mvn` records whether a build was asked for. */
    @Test
    void rebuildsOnlyWhenTheJarIsMissingOrOlderThanTheSources(@TempDir Path dir) throws Exception {
        Path root = dir.resolve("repo");
        Files.createDirectories(root.resolve("src/main/java"));
        Files.createDirectories(root.resolve("schema"));
        Files.createDirectories(root.resolve("xslt"));
        Files.copy(ROOT.resolve("teikit"), root.resolve("teikit"));
        Files.writeString(root.resolve("teikit.pom.xml"), "<project/>");
        Path source = Files.writeString(root.resolve("src/main/java/A.java"), "class A {}");
        Path bin = Files.createDirectories(dir.resolve("bin"));
        Path log = dir.resolve("mvn.log");
        // the stand-in "build" copies the real (self-contained) jar into place
        Path fake = Files.writeString(bin.resolve("mvn"), "#!/bin/sh\necho build >> " + log + "\n"
                + "mkdir -p target && cp " + ROOT.resolve("target/teikit.jar") + " target/\n");
        fake.toFile().setExecutable(true);

        Result first = launch(root, bin, "--version");
        assertEquals(0, first.code(), first.out());
        assertEquals(1, Files.readAllLines(log).size(), "missing jar must be built");

        Result second = launch(root, bin, "--version");
        assertEquals(0, second.code(), second.out());
        assertEquals(1, Files.readAllLines(log).size(), "a fresh jar must not be rebuilt");

        Files.setLastModifiedTime(source, FileTime.fromMillis(System.currentTimeMillis() + 60_000));
        Result third = launch(root, bin, "--version");
        assertEquals(0, third.code(), third.out());
        assertEquals(2, Files.readAllLines(log).size(), "a source newer than the jar must trigger a build");
    }

    /** Maven's output reaches the user only when the build fails (a quiet build still printed terminal resets). */
    @Test
    void aFailedBuildShowsMavensOutputAndExits2ASuccessfulOneShowsNothingOfIt(@TempDir Path dir) throws Exception {
        Path root = dir.resolve("repo");
        Files.createDirectories(root.resolve("src/main/java"));
        Files.copy(ROOT.resolve("teikit"), root.resolve("teikit"));
        Files.writeString(root.resolve("teikit.pom.xml"), "<project/>");
        Path bin = Files.createDirectories(dir.resolve("bin"));
        Path fake = Files.writeString(bin.resolve("mvn"), "#!/bin/sh\necho 'COMPILATION ERROR: A.java:[1,1]'\nexit 1\n");
        fake.toFile().setExecutable(true);

        Result failed = launch(root, bin, "--version");
        assertEquals(2, failed.code(), failed.out());
        assertTrue(failed.out().contains("COMPILATION ERROR: A.java:[1,1]"), failed.out());
        assertTrue(failed.out().contains("the build of " + root.resolve("target/teikit.jar") + " failed"), failed.out());

        Files.writeString(fake, "#!/bin/sh\nprintf '\\033[0m\\033[0m'\nmkdir -p target && cp " + ROOT.resolve("target/teikit.jar") + " target/\n");
        Result built = launch(root, bin, "--version");
        assertEquals(0, built.code(), built.out());
        assertFalse(built.out().contains("\u001b"), built.out());
    }

    /** A stand-in `java` records the launcher's JVM options: C1 only, but for a render of a file over 16 MB. */
    @Test
    void aRenderOfAFileOver16MbRunsWithTheFullJitOtherCommandsWithC1Only(@TempDir Path dir) throws Exception {
        Path root = dir.resolve("repo");
        Files.createDirectories(root.resolve("target"));
        Files.copy(ROOT.resolve("teikit"), root.resolve("teikit"));
        Files.writeString(root.resolve("target/teikit.jar"), "stand-in");   // newer than any source: no build
        Path bin = Files.createDirectories(dir.resolve("bin"));
        Path log = dir.resolve("java.log");
        Path fake = Files.writeString(bin.resolve("java"), "#!/bin/sh\necho \"$*\" >> " + log + "\n");
        fake.toFile().setExecutable(true);
        Path small = Files.writeString(dir.resolve("small.xml"), "<TEI/>");
        Path large = dir.resolve("large.xml");
        try (var f = new java.io.RandomAccessFile(large.toFile(), "rw")) { f.setLength(17L << 20); }   // sparse

        ProcessBuilder pb = new ProcessBuilder();
        for (Path file : List.of(small, large)) {
            pb.command(root.resolve("teikit").toString(), "render", "--html", "-o", dir.resolve("out").toString(), file.toString());
            pb.environment().put("PATH", bin + ":" + System.getenv("PATH"));
            pb.environment().put("TEIKIT_CDS", "0");
            assertEquals(0, pb.start().waitFor());
        }
        List<String> runs = Files.readAllLines(log);
        assertEquals(2, runs.size(), runs.toString());
        assertTrue(runs.get(0).contains("-XX:TieredStopAtLevel=1"), runs.get(0));
        assertFalse(runs.get(1).contains("TieredStopAtLevel"), runs.get(1));
        assertTrue(runs.get(1).contains("render --html"), runs.get(1));
    }

    @Test
    void exitCodeOfTheCommandIsPassedThrough() throws Exception {
        Result r = launch(ROOT, null, "convert", "/nonexistent/file.txt");
        assertEquals(2, r.code(), r.out());
    }
}
