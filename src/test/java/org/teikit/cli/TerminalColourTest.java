package org.teikit.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.*;

/**
 * The automatic choice on a real terminal: teikit run in a pseudo-terminal (util-linux's {@code script}) colours,
 * and does not when {@code NO_COLOR} is set, when its output is piped, or in the file its stderr is redirected to.
 */
class TerminalColourTest {
    /** A colour (SGR) sequence; the progress line's "erase line" (ESC [K) is not one. */
    private static final Pattern COLOUR = Pattern.compile("\033\\[[0-9;]*m");

    @TempDir Path dir;

    private static String quote(String s) {
        return "'" + s.replace("'", "'\\''") + "'";
    }

    /** What the terminal showed while {@code shell} ran in it, given teikit's arguments in place of {@code TEIKIT}. */
    private String onTerminal(Map<String, String> env, String shell) throws Exception {
        Path script = Path.of("/usr/bin/script");
        if (!Files.isExecutable(script)) {
            throw new AssertionError("the terminal test needs util-linux's script: install it with `apt-get install -y bsdutils`");
        }
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String teikit = quote(java) + " -XX:TieredStopAtLevel=1 -cp " + quote(System.getProperty("java.class.path")) + " "
                + TeikitCommand.class.getName();
        ProcessBuilder pb = new ProcessBuilder(script.toString(), "-qec", shell.replace("TEIKIT", teikit), "/dev/null")
                .redirectErrorStream(true).redirectInput(ProcessBuilder.Redirect.PIPE);
        pb.environment().remove("NO_COLOR");
        pb.environment().put("TERM", "xterm");
        pb.environment().putAll(env);
        Process p = pb.start();
        p.getOutputStream().close();
        String shown = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(120, TimeUnit.SECONDS), shown);
        return shown;
    }

    @Test
    void aTerminalGetsColourUnlessNoColorIsSetOrTheOutputIsPiped() throws Exception {
        Path bad = Files.writeString(dir.resolve("bad.xml"), "<TEI xmlns=\"http://www.tei-c.org/ns/1.0\"><nonsense/></TEI>\n");
        String validate = "TEIKIT validate --no-schematron " + quote(bad.toString());

        String terminal = onTerminal(Map.of(), validate);
        assertTrue(terminal.contains(": \033[1;31merror\033[0m: "), terminal);

        String noColor = onTerminal(Map.of("NO_COLOR", "1"), validate);
        assertTrue(noColor.contains(": error: "), noColor);
        assertFalse(COLOUR.matcher(noColor).find(), noColor);

        String piped = onTerminal(Map.of(), validate + " | cat");
        assertTrue(piped.contains(": error: "), piped);
        assertFalse(COLOUR.matcher(piped).find(), piped);
    }

    @Test
    void standardErrorRedirectedToAFileGetsNoColourWhileStandardOutputIsATerminal() throws Exception {
        Path notes = Files.writeString(dir.resolve("notes.txt"), "# Notes\n\nA word.[^7]\n");
        Path log = dir.resolve("err.log");
        onTerminal(Map.of(), "TEIKIT convert -o " + quote(dir.resolve("tei").toString()) + " " + quote(notes.toString())
                + " 2>" + quote(log.toString()));
        String logged = Files.readString(log);
        assertTrue(logged.contains("notes.txt:3: warning: note reference 7"), logged);
        assertFalse(logged.contains("\033"), logged);
    }
}
